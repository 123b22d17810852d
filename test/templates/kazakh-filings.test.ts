/**
 * Golden checks on the Kazakh texts of the filings that were Russian-only (issue 18.3): what the
 * reader sees, in order, in the PDF and in the DOCX — the addressee, the title, the law in its
 * Kazakh wording (the cite table's kk text), the computed deadlines in Kazakh, СҰРАЙМЫН: and the
 * requests, Қосымша:, the signature, and the client's name with its Kazakh case ending. The
 * Kazakh samples (`samples/*.kk.json`) are rendered; list numbers are left out of the fragments
 * because the DOCX numbers its lists itself.
 */
import { describe, expect, it } from 'vitest';
import { expectInOrder, renderBoth, sampleFile, unverifiedCites } from '../helpers/golden.ts';

const kk = (id: string, name: string, answers: Record<string, unknown> = {}, today?: string) =>
  renderBoth(
    id,
    { ...sampleFile(`templates/${id}/samples/${name}.kk.json`), ...answers },
    { lang: 'kk', ...(today ? { today } : {}) },
  );

/** Nothing of the Russian text's fixed wording leaks into the Kazakh one. */
function expectNoRussianFrame(text: string): void {
  expect(text).not.toMatch(
    /ПРОШУ|Приложение:|ЖАЛОБА|ХОДАТАЙСТВО|УПК РК|АППК РК|КоАП РК|\[не проверено\]/,
  );
}

describe('extradition-objection in Kazakh', () => {
  const ID = 'extradition-objection';

  it('complex sample: defender, extradition arrest, every ground the sample takes', async () => {
    const { pdf, docx, preflight } = await kk(ID, 'complex');
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Қазақстан Республикасының Бас Прокурорына',
        'өтінішхат беруші: қорғаушы — адвокат Нуртаева Гульмира Сериковна, Алматы қалалық адвокаттар алқасы',
        'Белова Наталья Викторовнаның мүддесінде, туған күні: 22.04.1990, азаматтығы: Ресей Федерациясы',
        'күзетпен ұсталуда (хат',
        'ұстау орнының әкімшілігі арқылы: Алматы қаласындағы ЛА-155/18 мекемесі',
        'ӨТІНІШХАТ',
        'Белова Наталья Викторовнаға қатысты ұстап беруден (экстрадициядан) бас тарту және оны күзеттен босату туралы',
        'сұрау салушы органның (Ресей Федерациясының Бас прокуратурасы) 2026 жылғы 20 қазандағы Белова Наталья Викторовнаның',
        'Белова Н. В. 2026 жылғы 1 қазанда ұсталды; оған қатысты экстрадициялық қамауға алу қолданылды',
        'ҚР ҚПК 589-бабының 7-бөлігі',
        'Мән-жайлар',
        'Ұстап беруге жол берілмейді',
        'ҚР ҚПК 590-бабының 1-бөлігі бойынша онда аталған мән-жайлардың ең болмағанда біреуі',
        'Саяси себептер бойынша қудалау',
        'ҚР ҚПК 590-бабы 1-бөлігінің 7) тармағы бойынша',
        'Азаптау мен қатыгез қарым-қатынастың нақты қаупі',
        'Босқын мәртебесін беру туралы өтінішхат қаралып біткен жоқ',
        'пана іздеген адам',
        'ҚР ҚПК 590-бабы 1-бөлігінің 4) тармағы бойынша ұстап беруден бас тартуға берілген пана негіз болады',
        'Әрекет Қазақстан Республикасында қылмыс болып табылмайды',
        'ҚР ҚПК 590-бабы 1-бөлігінің 2) тармағы',
        'БҰҰ комитетінің уақытша шаралары',
        'Тексерудің толықтығы',
        'ҚР ҚПК 586-бабының 6) тармағы',
        'Баяндалғанның негізінде, ҚР ҚПК 590-бабының 1-бөлігі бойынша',
        'СҰРАЙМЫН:',
        'сұрау салушы органның (Ресей Федерациясының Бас прокуратурасы) Белова Наталья Викторовнаның ұстап берілуі (экстрадициясы) туралы сұрау салуын қанағаттандырудан бас тартуды;',
        'Белова Наталья Викторовнаның экстрадициялық қамаудан босатылуы туралы қаулы шығаруды (ҚР ҚПК 589-бабының 10-бөлігі)',
        'қорғау тарапын ұстап беру туралы сұрау салудың және экстрадициялық тексерудің материалдарымен таныстыруды;',
        'қабылданған шешім туралы қорғаушыға және Белова Наталья Викторовнаға хабарлауды',
        'ҚР ҚПК 591-бабының 3-бөлігі',
        'хабарламаның қаралу барысы туралы мәліметтер сұратуды.',
        'Қосымша:',
        'Адвокаттың ордері.',
        '— 6 парақ',
        '2026 жылғы 25 қараша',
        'Алматы қ.',
        'Қорғаушы, адвокат',
        'Г. С. Нуртаева',
      ]);
      expectNoRussianFrame(text);
    }
    // The same cites as the Russian text, through the same cite table.
    expect(unverifiedCites(preflight)).toEqual(['cat-gc-4', 'refugees-law-1-1'].sort());
    expect(
      preflight.notices.some(
        (n) =>
          n.kind === 'autoDeclined' && 'text' in n && n.text === 'Белова Наталья Викторовнаның',
      ),
    ).toBe(true);
  });

  it('simple sample: the person files, free, no release asked', async () => {
    const { pdf, docx } = await kk(ID, 'simple');
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'Қазақстан Республикасының Бас Прокурорына',
        'өтінішхат беруші: Зайцев Павел Олегович, туған күні: 01.12.1988, азаматтығы: Ресей Федерациясы',
        'ӨТІНІШХАТ',
        'Зайцев Павел Олеговичке қатысты ұстап беруден (экстрадициядан) бас тарту туралы',
        'Зайцев Павел Олеговичтің РФ ҚК 282.3-бабының 1-бөлігі (экстремистік әрекетті қаржыландыру) бойынша',
        'СҰРАЙМЫН:',
        'мені ұстап беру туралы сұрау салудың',
        'Өтінішхат беруші',
        'П. О. Зайцев',
      ]);
      expect(text).not.toContain('күзеттен босату');
      expect(text).not.toContain('Қосымша:');
      expectNoRussianFrame(text);
    }
  });

  it('temporary detention: release under Art. 588(8)(3), the order in brackets', async () => {
    const { pdf, docx } = await kk(ID, 'complex', { custody: 'temporary' });
    for (const text of [pdf, docx]) {
      expectInOrder(text, [
        'оған қатысты уақытша күзетпен ұстау қолданылды (Алматы қаласының мамандандырылған тергеу сотының тергеу судьясының 30.10.2026 ж. қаулысы; ҚР ҚПК 588-бабының 1-бөлігі)',
        'СҰРАЙМЫН:',
        'Белова Наталья Викторовнаның уақытша күзетпен ұсталуын тоқтатуды және оның босатылуын қамтамасыз етуді',
        'ҚР ҚПК 588-бабы 8-бөлігінің 3) тармағы',
      ]);
    }
  });
});
