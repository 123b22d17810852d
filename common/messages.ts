/**
 * Validation messages in ru/kk/en. Every message a person sees about their answers comes from here.
 */
import type { Lang } from './manifest.ts';
import { plural } from './plural.ts';

type Params = Record<string, string | number>;
type Message = string | ((p: Params, lang: Lang) => string);

const entries = (n: number): string =>
  `${n} ${plural(n, { one: 'entry', other: 'entries' }, 'en')}`;

const CATALOGUE: Readonly<Record<string, Readonly<Record<Lang, Message>>>> = {
  required: { ru: 'Обязательное поле', kk: 'Міндетті өріс', en: 'Required' },
  latinNameRequired: {
    ru: 'Документ на английском: укажите имя латиницей, как в паспорте',
    kk: 'Құжат ағылшын тілінде: атын паспорттағыдай латын әріптерімен жазыңыз',
    en: 'The document is in English: give the name as the passport spells it',
  },
  tooLong: {
    ru: 'Слишком длинно: не более {max} знаков',
    kk: 'Тым ұзын: {max} таңбадан аспауы керек',
    en: 'Too long: at most {max} characters',
  },
  pattern: { ru: 'Неверный формат: {hint}', kk: 'Пішімі қате: {hint}', en: 'Wrong format: {hint}' },
  invalidDate: {
    ru: 'Неверная дата: введите ДД.ММ.ГГГГ',
    kk: 'Күн қате: КК.АА.ЖЖЖЖ түрінде енгізіңіз',
    en: 'Invalid date: use DD.MM.YYYY',
  },
  noSuchDay: {
    ru: 'Такого дня нет в календаре: {date}',
    kk: 'Күнтізбеде мұндай күн жоқ: {date}',
    en: 'There is no such day in the calendar: {date}',
  },
  dateBefore: {
    ru: 'Дата не может быть раньше {date}',
    kk: 'Күн {date} күнінен ерте болмауы керек',
    en: 'The date cannot be before {date}',
  },
  dateAfter: {
    ru: 'Дата не может быть позже {date}',
    kk: 'Күн {date} күнінен кеш болмауы керек',
    en: 'The date cannot be after {date}',
  },
  notANumber: { ru: 'Введите число', kk: 'Сан енгізіңіз', en: 'Enter a number' },
  notAnInteger: {
    ru: 'Введите целое число',
    kk: 'Бүтін сан енгізіңіз',
    en: 'Enter a whole number',
  },
  numberRange: {
    ru: 'Число должно быть от {min} до {max}',
    kk: 'Сан {min} мен {max} аралығында болуы керек',
    en: 'The number must be between {min} and {max}',
  },
  invalidOption: {
    ru: 'Выберите значение из списка',
    kk: 'Тізімнен мән таңдаңыз',
    en: 'Choose a value from the list',
  },
  iinFormat: { ru: 'ИИН — это 12 цифр', kk: 'ЖСН — 12 цифр', en: 'An IIN is 12 digits' },
  iinChecksum: {
    ru: 'ИИН с ошибкой: не сходится контрольная цифра',
    kk: 'ЖСН қате: бақылау цифры сәйкес келмейді',
    en: 'IIN has a typo: the check digit does not match',
  },
  iinDate: {
    ru: 'ИИН с ошибкой: первые цифры не образуют дату рождения',
    kk: 'ЖСН қате: алғашқы цифрлар туған күнді құрамайды',
    en: 'IIN has a typo: the first digits are not a birth date',
  },
  iinBirthDateMismatch: {
    ru: 'ИИН принадлежит человеку, родившемуся {iinDate}, а в поле «{field}» указано {date}: проверьте ИИН и дату рождения',
    kk: 'ЖСН {iinDate} туған адамға тиесілі, ал «{field}» өрісінде {date} көрсетілген: ЖСН мен туған күнді тексеріңіз',
    en: 'This IIN belongs to someone born on {iinDate}, but “{field}” says {date}: check the IIN and the birth date',
  },
  iinSexMismatch: {
    ru: (p) =>
      `ИИН выдан ${p.sex === 'male' ? 'мужчине' : 'женщине'}, а в поле «${p.field}» указан ${p.sex === 'male' ? 'женский' : 'мужской'} пол: проверьте ИИН и пол`,
    kk: (p) =>
      `ЖСН ${p.sex === 'male' ? 'ер адамға' : 'әйелге'} берілген, ал «${p.field}» өрісінде ${p.sex === 'male' ? 'әйел' : 'ер'} жынысы көрсетілген: ЖСН мен жынысты тексеріңіз`,
    en: (p) =>
      `This IIN was issued to a ${p.sex === 'male' ? 'man' : 'woman'}, but “${p.field}” gives the other sex: check the IIN and the sex`,
  },
  foreignLanguage: {
    ru: 'Ответ не на языке документа (документ на {doc} языке): «{fragment}»',
    kk: 'Жауап құжат тілінде емес (құжат {doc} тілінде): «{fragment}»',
    en: 'This answer is not in the document’s language (the document is in {doc}): “{fragment}”',
  },
  lookalikeFixed: {
    ru: 'Латинские буквы внутри слова на кириллице заменены: «{from}» → «{to}». Проверьте написание',
    kk: 'Кирилл сөзіндегі латын әріптері ауыстырылды: «{from}» → «{to}». Жазылуын тексеріңіз',
    en: 'Latin letters inside a Cyrillic word were replaced: “{from}” → “{to}”. Check the spelling',
  },
  // «Минимум записей: 2» needs no agreement of the noun with the number, whatever the number.
  tooFewItems: {
    ru: 'Минимум записей: {min}',
    kk: 'Кемінде {min} жазба қажет',
    en: (p) => `At least ${entries(Number(p.min))} needed`,
  },
  tooManyItems: {
    ru: 'Максимум записей: {max}',
    kk: '{max} жазбадан аспауы керек',
    en: (p) => `At most ${entries(Number(p.max))}`,
  },
  unknownField: {
    ru: 'Неизвестное поле «{field}»',
    kk: '«{field}» деген өріс жоқ',
    en: 'Unknown field "{field}"',
  },
  notABoolean: {
    ru: 'Ответьте «да» или «нет»',
    kk: '«Иә» немесе «жоқ» деп жауап беріңіз',
    en: 'Answer yes or no',
  },
  notText: { ru: 'Ожидается текст', kk: 'Мәтін күтіледі', en: 'Text expected' },
  notAList: { ru: 'Ожидается список', kk: 'Тізім күтіледі', en: 'A list expected' },
  notAnObject: {
    ru: 'Ожидается набор полей',
    kk: 'Өрістер жиыны күтіледі',
    en: 'A set of fields expected',
  },
  notAPerson: {
    ru: 'Ожидаются фамилия, имя и пол',
    kk: 'Тегі, аты және жынысы күтіледі',
    en: 'Last name, first name and sex expected',
  },
  personNameMissing: {
    ru: 'Укажите и фамилию, и имя',
    kk: 'Тегін де, атын да көрсетіңіз',
    en: 'Give both the last and the first name',
  },
  personSexMissing: {
    ru: 'Укажите пол (нужен для склонения)',
    kk: 'Жынысын көрсетіңіз (септеу үшін қажет)',
    en: 'Give the sex (needed for declension)',
  },
  holidaysUnverified: {
    en: 'Holidays for {year}: day-off transfers or movable holidays are not verified in the table — check the deadline against the official calendar',
    ru: 'Праздники {year} года: переносы выходных или подвижные праздники в таблице не проверены — сверьте срок с официальным календарём',
    kk: '{year} жылғы мерекелер: демалыс күндерін ауыстыру немесе жылжымалы мерекелер кестеде тексерілмеген — мерзімді ресми күнтізбемен салыстырыңыз',
  },
  holidaysUnknown: {
    en: 'Holidays for {year} are unknown — verify the deadline',
    ru: 'Праздничные дни {year} года неизвестны — проверьте срок',
    kk: '{year} жылғы мереке күндері белгісіз — мерзімді тексеріңіз',
  },
  renderCrashed: {
    ru: 'Документ не подготовлен: сбой обработки (например, не хватило памяти на очень длинный текст); остальные строки не затронуты. {detail}',
    kk: 'Құжат дайындалмады: өңдеу ақауы (мысалы, өте ұзын мәтінге жад жетпеді); басқа жолдарға әсер етпеді. {detail}',
    en: 'The filing was not made: processing failed (for example, out of memory on a very long text); other rows are unaffected. {detail}',
  },
  renderFailed: {
    ru: 'Документ не подготовлен: {detail}',
    kk: 'Құжат дайындалмады: {detail}',
    en: 'The filing was not made: {detail}',
  },
  // Courts by region (common/courts.ts, templates/courts.json).
  courtUnverified: {
    ru: 'Название суда не сверено — проверьте: «{name}» взято из списка судов, не сверенного с официальным',
    kk: 'Сот атауы салыстырылмаған — тексеріңіз: «{name}» ресми тізіммен салыстырылмаған соттар тізімінен алынды',
    en: 'The court’s name is not verified — check it: “{name}” comes from a list of courts not checked against an official one',
  },
  regionNotChosen: {
    ru: 'Регион не выбран: «{value}» — значение по умолчанию (Алматы). Выберите регион дела или проверьте поле',
    kk: 'Өңір таңдалмаған: «{value}» — әдепкі мән (Алматы). Істің өңірін таңдаңыз немесе өрісті тексеріңіз',
    en: 'No region chosen: “{value}” is the default (Almaty). Choose the matter’s region or check the field',
  },
  unknownRegion: {
    ru: 'Неизвестный регион «{region}». Возможные значения: {known}',
    kk: 'Белгісіз өңір «{region}». Мүмкін мәндер: {known}',
    en: 'Unknown region “{region}”. Known: {known}',
  },
};

export type MessageKey =
  | 'required'
  | 'latinNameRequired'
  | 'tooLong'
  | 'pattern'
  | 'invalidDate'
  | 'noSuchDay'
  | 'dateBefore'
  | 'dateAfter'
  | 'notANumber'
  | 'notAnInteger'
  | 'numberRange'
  | 'invalidOption'
  | 'iinFormat'
  | 'iinChecksum'
  | 'iinDate'
  | 'iinBirthDateMismatch'
  | 'iinSexMismatch'
  | 'lookalikeFixed'
  | 'foreignLanguage'
  | 'tooFewItems'
  | 'tooManyItems'
  | 'unknownField'
  | 'notABoolean'
  | 'notText'
  | 'notAList'
  | 'notAnObject'
  | 'notAPerson'
  | 'personNameMissing'
  | 'personSexMissing'
  | 'holidaysUnverified'
  | 'holidaysUnknown'
  | 'renderCrashed'
  | 'renderFailed'
  | 'courtUnverified'
  | 'regionNotChosen'
  | 'unknownRegion';

/** «{name}» placeholders filled from params; an unknown one is left as written. */
export function fillPlaceholders(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(params, name) && params[name] !== undefined ? String(params[name]) : m,
  );
}

export function formatMessage(key: MessageKey, lang: Lang, params: Params = {}): string {
  const message = CATALOGUE[key]?.[lang];
  if (message === undefined) return key;
  if (typeof message === 'function') return message(params, lang);
  return fillPlaceholders(message, params);
}

export const MESSAGE_KEYS = Object.keys(CATALOGUE) as MessageKey[];
