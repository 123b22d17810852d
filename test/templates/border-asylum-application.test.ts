/**
 * Golden checks for the refugee application at the border (issue 18 item 2; docs/legal/verification.md
 * row 10f): the addressee as typed (the Border Service unit by default), the crossing point, the
 * refusal of entry as the lawyer described it, and for a detained person the authorities' days
 * under Закон «О беженцах» ст. 10 п. 4 — computed in calendar days from the filing's own dates
 * and printed. What the reader sees: PDF text and DOCX paragraphs, Russian and Kazakh.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sample, sampleFile } from '../helpers/golden.ts';

const ID = 'border-asylum-application';
const simple = sample(ID, 'simple');
const complex = sample(ID, 'complex');
const kk = (name: string) => sampleFile(`templates/${ID}/samples/${name}.kk.json`);

describe(`${ID}: at the border after entry was refused`, () => {
  it('to the Border Service unit at the crossing point, the refusal as described, no term of the applicant', async () => {
    const { pdf, docx, preflight } = await renderBoth(ID, simple);
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В структурное подразделение территориального подразделения Пограничной службы Комитета национальной безопасности Республики Казахстан (пункт пропуска «Аэропорт Алматы»)',
        'от Гусева Павла Андреевича (GUSEV Pavel), 11.03.1994 г.р., гражданина Российской Федерации',
        'место нахождения: в транзитной зоне международного аэропорта г. Алматы',
        'ХОДАТАЙСТВО',
        '24 ноября 2026 года я прибыл в пункт пропуска «Аэропорт Алматы». 24 ноября 2026 года мне отказано во въезде в Республику Казахстан со ссылкой на следующее основание: «по соображениям национальной безопасности», без письменного решения.',
        'Отказ во въезде не лишает меня права обратиться с ходатайством о присвоении статуса беженца при пересечении границы',
        'В соответствии с п. 3 ст. 10 Закона РК «О беженцах» при пересечении Государственной границы Республики Казахстан лицо подаёт письменное ходатайство в структурное подразделение территориального подразделения Пограничной службы',
        'ПРОШУ:',
        'принять настоящее ходатайство, выдать мне копию с отметкой о дате и времени приёма и незамедлительно передать его в местный исполнительный орган для регистрации (п. 3 ст. 10 Закона РК «О беженцах»);',
        'уведомить о моём ходатайстве Представительство Управления Верховного комиссара ООН по делам беженцев',
      ]);
      expect(text).not.toContain('задержан');
      expect(text).not.toContain('п. 4 ст. 10');
    }
    expect(preflight.deadlines).toEqual([]);
  });

  it('at the border without a refusal; a written refusal is said to be written; an unnamed ground is said to be unnamed', async () => {
    const border = await renderBoth(ID, { ...simple, claimRoute: 'border' });
    for (const text of [border.pdf, border.docx]) {
      expect(text).toContain(
        'я прибыл в пункт пропуска «Аэропорт Алматы» и обращаюсь с настоящим ходатайством при пересечении Государственной границы Республики Казахстан',
      );
      expect(text).not.toContain('отказано во въезде');
    }
    const written = await renderBoth(ID, {
      ...simple,
      refusalOfEntryWritten: true,
      refusalOfEntryGround: '',
    });
    expect(written.docx).toContain(
      'мне письменно отказано во въезде в Республику Казахстан; основание отказа мне не названо.',
    );
  });
});

describe(`${ID}: detained for illegal entry (ст. 10 п. 4)`, () => {
  it('prints the day to notify and the latest day to register, counted in calendar days from the detention', async () => {
    // Detained 26.11.2026 (Thursday): notice by 27.11 (Friday), registration by 29.11 (Sunday) —
    // calendar days, a Sunday is not carried over.
    const { pdf, docx, preflight } = await renderBoth(ID, complex, { today: '2026-11-27' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'В Департамент полиции Костанайской области',
        '26 ноября 2026 года я задержана пограничным нарядом и сотрудниками Департамента полиции Костанайской области за незаконный въезд на территорию Республики Казахстан',
        'компетентные органы извещают местный исполнительный орган в течение одного дня с момента задержания',
        'местный исполнительный орган должен быть извещён по 27.11.2026 (пятница) включительно, а ходатайство зарегистрировано — не позднее чем через два календарных дня после извещения, то есть в любом случае по 29.11.2026 (воскресенье) включительно.',
        'ПРОШУ:',
        'известить местный исполнительный орган о моём ходатайстве по 27.11.2026 (пятница) включительно и обеспечить его регистрацию в течение двух календарных дней (п. 4 ст. 10 Закона РК «О беженцах»);',
        'допустить ко мне защитника и представителя УВКБ ООН',
      ]);
      expect(text).not.toContain('пункт пропуска');
    }
    expect(preflight.deadlines).toMatchObject([
      { id: 'authorityNotice', lastDay: '2026-11-27', missed: false },
      { id: 'authorityRegistrationLatest', lastDay: '2026-11-29', missed: false },
    ]);
  });

  it('counts the two days from the notice when the lawyer knows it', async () => {
    const { pdf, preflight } = await renderBoth(
      ID,
      { ...complex, notificationDate: '2026-11-26' },
      { today: '2026-11-27' },
    );
    expect(pdf).toContain(
      'он извещён 26 ноября 2026 года, и ходатайство должно быть зарегистрировано по 28.11.2026 (суббота) включительно.',
    );
    expect(pdf).not.toContain('в любом случае');
    expect(preflight.deadlines.map((d) => d.id)).toEqual([
      'authorityNotice',
      'authorityRegistration',
    ]);
  });
});

describe(`${ID} (kk)`, () => {
  it('refused entry: the Border Service unit, the transit zone, the request to accept', async () => {
    const { pdf, docx } = await renderBoth(ID, kk('simple'), { lang: 'kk' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Қазақстан Республикасы Ұлттық қауіпсіздік комитеті Шекара қызметінің аумақтық бөлімшесінің құрылымдық бөлімшесіне («Аэропорт Алматы» өткізу пункті)',
        'қазір болатын жері: Алматы халықаралық әуежайының транзиттік аймағында',
        'ӨТІНІШХАТ',
        'маған Қазақстан Республикасына кіруден бас тартылды, негізі:',
        '«Босқындар туралы» ҚР Заңының 10-бабының 3-тармағы бойынша',
        'СҰРАЙМЫН:',
        'пана іздеген адамның куәлігін',
      ]);
    }
  });

  it('detained: the authorities’ days printed', async () => {
    const { pdf, docx } = await renderBoth(ID, kk('complex'), { lang: 'kk', today: '2026-11-27' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        '«Босқындар туралы» ҚР Заңының 10-бабының 4-тармағы бойынша',
        'жергілікті атқарушы органға 27.11.2026',
        'кез келген жағдайда 29.11.2026',
        'СҰРАЙМЫН:',
      ]);
    }
  });
});
