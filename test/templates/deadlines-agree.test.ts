/**
 * One filing, one set of deadlines (issue 20): the form's banner, the pre-flight list and the
 * matter page show the same deadlines — the same ids, labels, last days and passed-or-not — for
 * every filing and every shipped sample, in each document language, on the sample's own day and
 * on the test day; and for a draft pinned to an older filing version all three follow that
 * version, not the newest installed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, rmSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { prepareAnswers, type Answers } from '../../common/answers.ts';
import { formatInclusiveLastDay } from '../../common/dates.ts';
import type { Lang, Manifest } from '../../common/manifest.ts';
import { splitSample } from '../../common/samples.ts';
import { formatMessage } from '../../common/messages.ts';
import type { PreflightView } from '../../main/api.ts';
import { preflightView } from '../../main/ipc/handlers.ts';
import { installPack } from '../../main/packs/store.ts';
import { getServices } from '../../main/services.ts';
import { matterDeadlines } from '../../main/app/deadlines.ts';
import { templateView } from '../../main/app/filings.ts';
import { createI18n } from '../../renderer/src/i18n.ts';
import { DeadlineBanner } from '../../renderer/src/screens/review.tsx';
import { testDay } from '../helpers/clock.ts';
import { sampleOn } from '../helpers/golden.ts';
import { oneDraftMatter } from '../helpers/matter.ts';
import { baseTemplates, pack, packOptions, tempDir, v2Templates } from '../packs/helpers.ts';

const TEMPLATES = new URL('../../templates/', import.meta.url).pathname;
/** The template library the front doors use (its cite table is what they print). */
type Engine = ReturnType<typeof getServices>['engine'];
const UI_LANGS: readonly Lang[] = ['ru', 'kk', 'en'];
/** A day in a year the holiday table does not know (as the date sweep's last day). */
const UNKNOWN_YEAR_DAY = '2031-06-21';

/** What one screen shows of one deadline. */
interface Shown {
  readonly id: string;
  readonly label: string;
  readonly lastDay: string;
  /** Passed on every reading, passed on the safe count only, or still running. */
  readonly state: 'passed' | 'arguable' | 'open';
  /** The later readings beside it, «возможно, по …», cites in words. */
  readonly later: readonly string[];
}

/** A deadline of the pre-flight or the matter page as the page prints it. */
function shown(
  d: {
    id: string;
    label: string;
    lastDay: string;
    missed: boolean;
    arguable: boolean;
    later: readonly string[];
  },
  uiLang: Lang,
): Shown {
  return {
    id: d.id,
    label: d.label,
    lastDay: formatInclusiveLastDay(d.lastDay, uiLang),
    state: d.arguable ? 'arguable' : d.missed ? 'passed' : 'open',
    later: d.later,
  };
}

/** The form holds the saved answers over their prepared form, as the filing screen loads them. */
function formAnswers(manifest: Manifest, saved: Answers, uiLang: Lang, today: string): Answers {
  return { ...prepareAnswers(manifest, saved, { lang: uiLang, today }).answers, ...saved };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" };
const decode = (html: string): string =>
  html.replace(/&(amp|lt|gt|quot|#x27);/g, (_, e: string) => ENTITIES[e] ?? e);

/** The banner above the form, as the page prints it, from what the filing screen loads. */
function banner(
  engine: Engine,
  manifest: Manifest,
  answers: Answers,
  today: string,
  uiLang: Lang,
  docLang: Lang,
): Shown[] {
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: createI18n(uiLang) },
      createElement(DeadlineBanner, {
        manifest,
        answers,
        today,
        uiLang,
        docLang,
        deadlineCites: templateView(engine, manifest.id, manifest.version).deadlineCites,
      }),
    ),
  );
  const rows = html.matchAll(
    /<li class="deadline-([\w-]+)" data-deadline="([^"]+)"><strong>(.*?)<\/strong>: <span class="last-day">(.*?)<\/span>(.*?)<\/li>/g,
  );
  return [...rows].map(([, state, id, label, lastDay, rest]) => ({
    id: id!,
    label: decode(label!),
    lastDay: decode(lastDay!),
    // Another step's term passed is worded as that (never as this filing's lateness): passed.
    state:
      state === 'passed' || state === 'related-passed'
        ? 'passed'
        : state === 'arguable'
          ? 'arguable'
          : 'open',
    later: [...rest!.matchAll(/<div class="later-reading">(.*?)<\/div>/g)].map(([, l]) =>
      decode(l!),
    ),
  }));
}

/** The pre-flight list's deadlines: what the render (in its worker) reports, as the IPC shows it. */
function preflight(
  engine: Engine,
  manifest: Manifest,
  answers: Answers,
  today: string,
  uiLang: Lang,
  docLang: Lang,
): { deadlines: Shown[]; warnings: string[] } {
  const built = engine.build({
    templateId: manifest.id,
    templateVersion: manifest.version,
    answers,
    lang: docLang,
    messagesLang: uiLang,
    today,
    allowIncomplete: true,
  });
  const view: PreflightView = preflightView(built.preflight, manifest, uiLang, engine.cites);
  return {
    deadlines: view.deadlines.map((d) => shown(d, uiLang)),
    warnings: view.holidayWarnings.map((w) => formatMessage(w.code, uiLang, { year: w.year })),
  };
}

/** The matter page of a matter holding this one draft, saved on `manifest`'s version. */
function matterPage(
  engine: Engine,
  manifest: Manifest,
  answers: Answers,
  today: string,
  uiLang: Lang,
  docLang: Lang,
): { deadlines: Shown[]; warnings: string[] } {
  const matter = oneDraftMatter(manifest, answers, docLang, today);
  // The matter page lists soonest first; the others keep the manifest's order.
  const order = manifest.deadlines.map((s) => s.id);
  const rows = matterDeadlines(matter, engine, engine.cites, uiLang, today);
  return {
    deadlines: rows
      .map((d) => shown(d, uiLang))
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
    warnings: [...new Set(rows.flatMap((d) => d.warnings))],
  };
}

function allThree(
  engine: Engine,
  manifest: Manifest,
  saved: Answers,
  today: string,
  uiLang: Lang,
  docLang: Lang,
): { form: Shown[]; preflight: Shown[]; matter: Shown[] } {
  return {
    form: banner(
      engine,
      manifest,
      formAnswers(manifest, saved, uiLang, today),
      today,
      uiLang,
      docLang,
    ),
    preflight: preflight(engine, manifest, saved, today, uiLang, docLang).deadlines,
    matter: matterPage(engine, manifest, saved, today, uiLang, docLang).deadlines,
  };
}

/** The holiday-table warnings the pre-flight lists and the matter page shows beside its rows. */
function warningsOf(
  engine: Engine,
  manifest: Manifest,
  saved: Answers,
  today: string,
  uiLang: Lang,
  docLang: Lang,
): { preflight: string[]; matter: string[] } {
  return {
    preflight: preflight(engine, manifest, saved, today, uiLang, docLang).warnings,
    matter: matterPage(engine, manifest, saved, today, uiLang, docLang).warnings,
  };
}

describe('every filing: the form, the pre-flight and the matter page show the same deadlines', () => {
  const { engine } = getServices();
  let n = 0;
  let warnings = 0;
  for (const { manifest } of engine.templates) {
    const dir = join(TEMPLATES, manifest.id, 'samples');
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      it(`${manifest.id}/${file}`, () => {
        const { answers, sample } = splitSample(JSON.parse(readFileSync(join(dir, file), 'utf8')));
        const saved = answers as Answers;
        // Its own day, the test day, and the story moved to a year whose holidays are unknown.
        const days: [string, Answers][] = [
          [sample?.asOf ?? testDay(), saved],
          [testDay(), saved],
          [UNKNOWN_YEAR_DAY, sampleOn(join(dir, file), UNKNOWN_YEAR_DAY) as Answers],
        ];
        let computed = 0;
        for (const [today, saved] of days)
          for (const docLang of manifest.languages) {
            const uiLang = UI_LANGS[n++ % UI_LANGS.length]!;
            const shown = allThree(engine, manifest, saved, today, uiLang, docLang);
            const warned = warningsOf(engine, manifest, saved, today, uiLang, docLang);
            expect(warned.preflight, `${today} ${docLang}/${uiLang}: warnings`).toEqual(
              warned.matter,
            );
            warnings += warned.preflight.length;
            expect(shown.preflight, `${today} ${docLang}/${uiLang}: form`).toEqual(shown.form);
            // A term that only gates the filing's text is not one to keep: off the matter page.
            const unlisted = new Set(
              manifest.deadlines.filter((s) => s.listed === false).map((s) => s.id),
            );
            expect(
              shown.preflight.filter((d) => !unlisted.has(d.id)),
              `${today} ${docLang}/${uiLang}: matter`,
            ).toEqual(shown.matter);
            computed += shown.preflight.length;
          }
        // A filing with deadlines shows them for its samples: the comparison is not of nothing.
        if (manifest.deadlines.some((d) => !d.when)) expect(computed).toBeGreaterThan(0);
      });
    }
  }

  it('a safe day passed while a later reading runs is arguable on all three, not passed', () => {
    const manifest = engine.template('expulsion-appeal').manifest;
    const { answers } = splitSample(
      JSON.parse(readFileSync(join(TEMPLATES, 'expulsion-appeal/samples/simple.json'), 'utf8')),
    );
    // Served Wed 28.01.2026: 10 суток end Sat 07.02; in working days, Wed 11.02.
    const saved = { ...(answers as Answers), rulingServedDate: '2026-01-28' };
    for (const uiLang of UI_LANGS) {
      const shown = allThree(engine, manifest, saved, '2026-02-09', uiLang, 'ru');
      expect(shown.form.map((d) => d.state)).toEqual(['arguable']);
      // The later reading that keeps it arguable is worded on all three, its cite in words.
      expect(shown.form[0]?.later.join(' ')).toMatch(/739/);
      expect(shown.preflight).toEqual(shown.form);
      expect(shown.matter).toEqual(shown.form);
    }
  });

  it('warns of the unknown holiday year somewhere: the warnings compared are not all empty', () => {
    expect(warnings).toBeGreaterThan(0);
  });
});

describe('a draft pinned to an older filing version', () => {
  // 1.0.0 counts 10 days from the copy; 1.1.0, installed from a pack, 15.
  const base = baseTemplates();
  const later = v2Templates(base, { complaintDays: 15 });
  const packsDir = join(tempDir('pinned-deadlines'), 'packs');
  const packs = packOptions(packsDir);
  installPack(pack(later, 2), packsDir, packs.trustedKeys);
  const { engine } = getServices(base, packs);
  afterAll(() => {
    for (const dir of [dirname(packsDir), dirname(base), dirname(later)])
      rmSync(dir, { recursive: true, force: true });
  });

  it('all three count by 1.0.0 while 1.1.0 is the newest', () => {
    const today = '2026-12-01';
    const { answers } = splitSample(
      JSON.parse(
        readFileSync(join(base, 'supreme-court-complaint', 'samples', 'complex.json'), 'utf8'),
      ),
    );
    const saved = { ...(answers as Answers), copyReceivedDate: '2026-11-30' };
    const pinned = engine.template('supreme-court-complaint', '1.0.0').manifest;
    const newest = engine.template('supreme-court-complaint').manifest;
    expect(newest.version).toBe('1.1.0');
    const shown = allThree(engine, pinned, saved, today, 'ru', 'ru');
    expect(shown.form.map((d) => d.lastDay)).toEqual([formatInclusiveLastDay('2026-12-10', 'ru')]);
    expect(shown.preflight).toEqual(shown.form);
    expect(shown.matter).toEqual(shown.form);
    // The newest version would say otherwise: the agreement above is about the pinned one.
    expect(allThree(engine, newest, saved, today, 'ru', 'ru').form).not.toEqual(shown.form);
  });
});
