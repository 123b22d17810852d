/**
 * Blank forms: every filing, in each of its languages, prints with lines to write on and the
 * label of what goes there — and nothing of any client.
 */
import { describe, expect, it } from 'vitest';
import { getServices } from '../../main/services.ts';
import { BlankNeedsChoices } from '../../main/engine/index.ts';
import { layoutDocument } from '../../main/engine/layout/layout.ts';
import { createFontSet } from '../../main/engine/fonts/faces.ts';
import { loadHyphenator } from '../../main/engine/hyphenation/index.ts';
import { PAGE } from '../../main/engine/style.ts';
import { loadFontBytes } from '../../main/fonts.ts';
import { docxParagraphs, docxXml, pdfText } from '../helpers/extract.ts';
import { flat, sample } from '../helpers/golden.ts';
import type { Lang } from '../../common/lang.ts';
import type { Field } from '../../common/manifest.ts';
import { prepareAnswers, resetUnasked } from '../../common/answers.ts';

const { engine, loaded } = getServices();
const cases = loaded.templates.flatMap((t) =>
  t.manifest.languages.map((lang) => [t.manifest.id, lang] as const),
);

/** The answers with every person's sex (top level and in group rows) taken out. */
function withoutSex(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSex);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'sex')
      .map(([key, v]) => [key, withoutSex(v)]),
  );
}

async function blank(templateId: string, lang: Lang, answers: unknown = {}) {
  const request = { templateId, answers, lang, today: '2026-11-25', blank: true };
  const pdf = await engine.render(request, 'pdf');
  const docx = await engine.render(request, 'docx');
  return {
    pdf: flat(pdfText(pdf.bytes, true)),
    docx: flat(docxParagraphs(docx.bytes).join('\n')),
    preflight: pdf.preflight,
  };
}

describe('blank forms', () => {
  it.each(cases)(
    '%s (%s): lines with labels in PDF and DOCX, no placeholder leaks',
    async (id, lang) => {
      // The simple sample's answers only pick the branches: the choices a blank needs.
      const { pdf, docx, preflight } = await blank(id, lang, sample(id, 'simple'));
      for (const text of [pdf, docx]) {
        expect(text).toMatch(/_{10,}/);
        expect(text).not.toMatch(/[\uE000\uE001]/);
        // No century printed ahead: a birth year is 19.. (the refugee application's «… года рождения»).
        expect(text).not.toContain('20____');
      }
      // The declension notices would be about placeholders; only the law's own checks remain.
      expect(preflight.notices.every((n) => n.kind === 'unverifiedCite')).toBe(true);
      expect(preflight.issues).toEqual([]);
    },
  );

  it.each(cases)(
    '%s (%s): no line for an answer the chosen branch does not ask',
    async (id, lang) => {
      for (const variant of ['simple', 'complex'] as const) {
        const choices = sample(id, variant) as Record<string, unknown>;
        const { docx } = await blank(id, lang, choices);
        const { manifest } = engine.template(id);
        const prepared = prepareAnswers(manifest, choices, {
          lang,
          today: '2026-11-25',
          docLang: lang,
        });
        const hidden = resetUnasked(manifest, { ...prepared.answers }, new Set(), lang);
        const written = (f: Field): boolean =>
          ['text', 'multiline', 'number', 'iin', 'person'].includes(f.type);
        const shownLabels = manifest.fields
          .filter((f) => !hidden.has(f.key))
          .flatMap((f) => [f, ...(f.type === 'group' ? f.fields : [])])
          .map((f) => f.label[lang].toLocaleLowerCase());
        for (const f of manifest.fields.filter((x) => hidden.has(x.key) && written(x))) {
          const label = f.label[lang].toLocaleLowerCase();
          // A label another, asked field shares (or contains) cannot tell the two apart.
          if (shownLabels.some((l) => l.includes(label))) continue;
          const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          expect(docx.toLocaleLowerCase(), `${variant}: ${f.key}`).not.toMatch(
            new RegExp(`\\(${escaped}[),\\s]`, 'u'),
          );
        }
      }
    },
  );

  it('a blank for the border post is addressed to the unit the Law names, not to a line', async () => {
    const choices = {
      ...(sample('refugee-application', 'simple') as object),
      claimRoute: 'border',
    };
    const { pdf } = await blank('refugee-application', 'ru', choices);
    expect(pdf).toContain(
      'В структурное подразделение территориального подразделения Пограничной службы',
    );
    expect(pdf).not.toContain('(точное название подразделения');
  });

  it('a refugee application still pending is not printed as refused on the blank', async () => {
    const choices = {
      custody: 'arrest',
      detained: true,
      grounds: ['refugeeApplication'],
      refugeeApplicationStage: 'pending',
    };
    const { pdf, docx } = await blank('extradition-objection', 'ru', choices);
    for (const text of [pdf, docx]) {
      expect(text).toContain('Ходатайство о присвоении статуса беженца не рассмотрено');
      expect(text).toContain('такое решение не принято');
      expect(text).not.toContain('отказано');
    }
  });

  it('the supreme-court complaint asks for each answer by its label, in the document language', async () => {
    const choices = { grounds: ['tortureRisk'] };
    const { pdf, docx } = await blank('supreme-court-complaint', 'ru', choices);
    for (const text of [pdf, docx]) {
      expect(text).toContain('В Верховный Суд Республики Казахстан');
      expect(text).toContain('ЖАЛОБА');
      expect(text).toContain('(защитник: ФИО, в родительном падеже)');
      expect(text).toContain('«____» ______________ ________ года');
      // A birth year is 19.. for every adult client: the whole year is left to write.
      expect(text).toContain('____.____.________ г.р.');
      expect(text).not.toContain('.20____ г.р.');
      expect(text).toContain('(обстоятельства дела)');
      expect(text).toContain('ПРОШУ:');
    }
  });

  it('choices the lawyer made pick the branch; written answers never reach the form', async () => {
    const answers = sample('supreme-court-complaint', 'complex');
    const { pdf } = await blank('supreme-court-complaint', 'ru', answers);
    // The complex sample chose the torture ground and detention: those blocks are on the form…
    expect(pdf).toContain('Реальный риск пыток');
    expect(pdf).toContain('через администрацию');
    // …but not one name, date or number the sample typed.
    for (const typed of ['Волков', 'Ахметов', 'ЛА-155/18', '06.11.2026', '6 ноября 2026']) {
      expect(pdf).not.toContain(typed);
    }
  });

  it('a person’s sex is a choice the blank keeps: it decides the Russian endings', async () => {
    const female = await blank('supreme-court-complaint', 'ru', {
      grounds: ['tortureRisk'],
      person: { sex: 'female' },
    });
    const male = await blank('supreme-court-complaint', 'ru', {
      grounds: ['tortureRisk'],
      person: { sex: 'male' },
    });
    const unchosen = await blank('supreme-court-complaint', 'ru', { grounds: ['tortureRisk'] });
    expect(female.pdf).toContain('г.р., гражданки ____');
    expect(male.pdf).toContain('г.р., гражданина ____');
    // Not chosen (a client not yet met): both forms to underline, never a man by default.
    for (const text of [unchosen.pdf, unchosen.docx]) {
      expect(text).toContain('г.р., гражданина/гражданки ____');
      expect(text).not.toMatch(/г\.р\., гражданина ____/);
    }
  });

  it.each(cases.filter(([, lang]) => lang !== 'kk'))(
    '%s (%s): with no sex chosen, no sentence is worded for one sex only',
    async (id, lang) => {
      const choices = sample(id, 'simple') as Record<string, unknown>;
      const { pdf } = await blank(id, lang, withoutSex(choices));
      const oneSex =
        lang === 'ru'
          ? /(?<![(/а-яё])(гражданина|гражданки|гражданину|гражданке|задержана?|прибыла?|осуждённ(ого|ой))(?![(/а-яё])/iu
          : /(?<![/a-z])(he|she|his|him)(?![/a-z])/iu;
      expect(pdf).not.toMatch(oneSex);
    },
  );

  it('the objection, filed while the extradition check runs, labels its person by that stage', async () => {
    const { pdf, docx } = await blank(
      'extradition-objection',
      'ru',
      sample('extradition-objection', 'simple'),
    );
    for (const text of [pdf, docx]) {
      expect(text).toContain('(лицо, в отношении которого проводится экстрадиционная проверка');
      // No decision exists yet: the label the Supreme Court complaint uses would say one does.
      expect(text).not.toContain('принято решение о выдаче');
    }
  });

  it('a computed last day is a line to write the date on, and the restoration request says the term expired', async () => {
    const choices = { procedure: 'criminal', criminalFiling: 'complaint592', detained: false };
    const { pdf, docx } = await blank('deadline-restoration', 'ru', choices);
    for (const text of [pdf, docx]) {
      expect(text).toContain(
        'Срок исчислялся с «____» ______________ ________ года и истёк «____» ______________ ________ года.',
      );
      expect(text).toContain('Срок пропущен по уважительным причинам:');
      // Not the running term's hedge: a blank request is for a term already missed.
      expect(text).not.toContain('истекает');
      expect(text).not.toContain('На день подачи срок не истёк');
    }
    const kk = await blank('deadline-restoration', 'kk', choices);
    expect(kk.pdf).toContain('аяқталды');
    expect(kk.pdf).not.toContain('аяқталады');
  });

  it('the Supreme Court complaint gives its ten days a line for the last day', async () => {
    const { pdf } = await blank('supreme-court-complaint', 'ru', { grounds: ['tortureRisk'] });
    expect(pdf).toContain(
      'десять суток с момента получения копии постановления (ч. 1 ст. 592 УПК РК), то есть ____.____.________. Жалоба подаётся в пределах этого срока.',
    );
  });

  it('refuses without the choices that decide its text, naming each with its options', async () => {
    const request = {
      templateId: 'un-interim-measures',
      answers: { removalType: 'deportation' },
      lang: 'en' as const,
      messagesLang: 'ru' as const,
      today: '2026-11-25',
      blank: true,
    };
    const refused = await engine.render(request, 'pdf').then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(BlankNeedsChoices);
    const { issues, example } = refused as BlankNeedsChoices;
    // The form of removal is chosen: the committee and the stage are not (the articles, several
    // choices, may stay empty: a form may list them all).
    expect(issues.map((i) => i.path)).toEqual(['unCommittee', 'removalStage']);
    expect(issues[0]?.message).toMatch(/^варианты: cat \(Комитет против пыток .*\); hrc \(/);
    expect(example).toEqual({ unCommittee: 'cat', removalStage: 'checkUnderway' });
  });

  it('the signer’s name line stays inside the page, and a list item with a line is set ragged', async () => {
    const choices = {
      unCommittee: 'hrc',
      removalType: 'deportation',
      removalStage: 'decisionTaken',
      iccprArticles: ['7'],
    };
    const request = { templateId: 'un-interim-measures', answers: choices, lang: 'en' as const };
    const built = engine.build({ ...request, today: '2026-11-25', blank: true });
    const pages = layoutDocument(built.document, {
      fonts: createFontSet(loadFontBytes()),
      breaker: await loadHyphenator('en'),
    }).pages;
    for (const line of pages.flatMap((p) => p.lines)) {
      expect(line.x).toBeGreaterThanOrEqual(PAGE.marginLeft - 0.01);
      expect(line.x + line.width).toBeLessThanOrEqual(PAGE.width - PAGE.marginRight + 0.01);
    }
    const docx = await engine.render({ ...request, today: '2026-11-25', blank: true }, 'docx');
    const xml = docxXml(docx.bytes);
    // The request to refrain from deporting carries a line for the name: left, not justified.
    expect(xml).toMatch(
      /<w:jc w:val="left"\/><\/w:pPr><w:r><w:t xml:space="preserve">to request the /,
    );
  });
});
