/**
 * Main's and common's messages are looked up in the one table per language the window shows:
 * the same text object, placeholders filled, plural forms chosen, and what a person typed
 * inserted literally.
 */
import { describe, expect, it } from 'vitest';
import { localize, LOCALES, textsOf } from '../../common/locales/index.ts';
import { fillPlaceholders, formatMessage, MESSAGE_KEYS } from '../../common/messages.ts';
import { cliText } from '../../main/cli/messages.ts';
import { PACK_LOAD_WARNING, packMessage } from '../../main/packs/messages.ts';
import { describeRepair } from '../../main/vault/repairs.ts';
import { buildMenuTemplate } from '../../main/electron/menu.ts';
import { bundleWarningText } from '../../main/bundle/messages.ts';

describe('one table per language', () => {
  it("main's message modules print the table's text", () => {
    expect(cliText('usageError', 'kk')).toBe(LOCALES.kk.cli.usageError);
    expect(packMessage('malformed', 'en')).toBe(LOCALES.en.packErrors.malformed);
    expect(formatMessage('required', 'ru')).toBe(LOCALES.ru.validation.required);
    const menu = buildMenuTemplate('kk', { lock: () => undefined }, 'linux');
    expect(menu[0]?.label).toBe(LOCALES.kk.menu.file);
  });

  it('fills the placeholders, and leaves an unknown one as written', () => {
    expect(cliText('written', 'ru', { file: 'жалоба.pdf', bytes: 1024 })).toBe(
      'Сохранено: жалоба.pdf (1024 байт)',
    );
    expect(localize('en', 'cli.written', { file: 'a.pdf' })).toBe(
      'Written: a.pdf ({{bytes}} bytes)',
    );
    expect(describeRepair({ kind: 'migrated', from: 1, to: 2 }, 'en')).toBe(
      'The vault was updated to format 2 (was 1); nothing was lost',
    );
    expect(
      bundleWarningText(
        { kind: 'pageMismatch', number: 3, title: 'Паспорт', stated: 2, actual: 4 },
        'ru',
      ),
    ).toBe(
      'Прил. 3 «Паспорт»: в документе «на 2 л.», в файле 4 — проверьте, совпадает ли бумажный оригинал',
    );
  });

  it('inserts what a person typed literally, never as a placeholder or a nested key', () => {
    const typed = '{{file}} $t(cli.usageError) <b>&amp;';
    expect(cliText('noAdultFamily', 'en')).not.toContain('{{');
    expect(localize('ru', 'validation.pattern', { hint: typed })).toBe(`Неверный формат: ${typed}`);
  });

  it('takes a placeholder named like an i18next option as a placeholder', () => {
    expect(localize('en', 'validation.pattern', { hint: 'x', lng: 'ru', context: 'y' })).toBe(
      'Wrong format: x',
    );
  });

  it('chooses plural forms as each language needs them', () => {
    expect(formatMessage('tooFewItems', 'en', { min: 1 })).toBe('At least 1 entry needed');
    expect(formatMessage('tooFewItems', 'en', { min: 3 })).toBe('At least 3 entries needed');
    expect(formatMessage('tooManyItems', 'en', { max: 1 })).toBe('At most 1 entry');
    expect(formatMessage('tooManyItems', 'kk', { max: 5 })).toBe('5 жазбадан аспауы керек');
    expect(localize('ru', 'deadlineText.passed', { count: 5 })).toBe('срок истёк 5 дней назад');
    expect(localize('ru', 'deadlineText.passed', { count: 3 })).toBe('срок истёк 3 дня назад');
  });

  it('says the sex of an IIN as a whole sentence in each language', () => {
    expect(formatMessage('iinSexMismatch', 'ru', { sex: 'female', field: 'Пол' })).toBe(
      'ИИН выдан женщине, а в поле «Пол» указан мужской пол: проверьте ИИН и пол',
    );
    expect(formatMessage('iinSexMismatch', 'kk', { sex: 'male', field: 'Жынысы' })).toContain(
      'ер адамға',
    );
  });

  it('has a text for every validation message in every language', () => {
    for (const lang of ['ru', 'kk', 'en'] as const)
      for (const key of MESSAGE_KEYS) {
        const text = formatMessage(key, lang, { sex: 'male', min: 1, max: 2 });
        expect(text, `${lang} ${key}`).not.toBe(key);
        expect(text, `${lang} ${key}`).not.toMatch(/^validation\./);
      }
  });

  it('keeps the per-language records and {name} filling of the old modules working', () => {
    expect(PACK_LOAD_WARNING).toEqual(textsOf('packErrors.loadWarning'));
    expect(fillPlaceholders(PACK_LOAD_WARNING.en, { version: '7' })).toContain('pack 7 failed');
    expect(fillPlaceholders('{a} and {{b}}, {c}', { a: 1, b: 'два' })).toBe('1 and два, {c}');
  });
});
