/** The CLI's own words, in the user's language (LANG / REFUGE_LANG). */
import type { Lang } from '../../common/lang.ts';
import { fillPlaceholders } from '../../common/messages.ts';

const TEXTS = {
  usage: {
    en: `Usage: refuge <command>
  templates [--json]                         list the filings
  describe <id> [--json]                     print a filing's manifest
  validate <id> <answers.json> [--json]      check answers (exit 2 with every error)
  render <id> <answers.json> -o <file.pdf|file.docx> [--lang ru|kk|en]
         [--pdfa]                            PDF/A-2b for archives and e-filing
  blank <id> -o <file.pdf|file.docx> [--lang ru|kk|en] [--choices answers.json]
                                             a blank form to fill in by hand
  family-applications <answers.json> -o <dir>
                                             a refugee application for each adult family member,
                                             prefilled from this one
  triage --place … --decision … [--decision-date D] [--detention-date D] [--asylum-pending]
         [--matter <id>]                     what happened: every filing that applies, soonest first
  deadlines [--ics <file.ics>] [--names]     open deadlines of every matter; --ics: a calendar
                                             (client names only with --names)
  batch-template <id> -o <file.xlsx|file.csv>
                                             a spreadsheet to fill in, one client a row
  batch <id> <rows.csv|xlsx> -o <dir> [--format pdf,docx] [--jobs N] [--name "…"]
         [--force] [--pdfa]                  a filing for every row; report.csv beside them
  vault init|list|passwd [--keep-key]|export <file> [--matter <id>]|import <file>|wipe
                                             the encrypted vault (asks for the passphrase)
  matter new <id> <answers.json> | show <id> | draft <id> <templateId> <answers.json>
         | attach <id> <file>… | files <id> | detach <id> <fileId>
                                             matters in the vault: drafts, deadlines, files
  bundle <matter> <filing> -o <bundle.pdf> [--index] [--dpi 150]
                                             the filing with its annexes, numbered, in one PDF
  lint [templates-dir]                       check templates against their manifests
  cites [<id>] [--unverified] [--markdown]   the cites filings print, verified or not, and where
  pack inspect|import <file.refugepack>      verify a template update, show what changes, install
  pack status | keygen -o <dir> | build <dir> --key <private.pem> -o <file>   (see docs/template-packs.md)
  bench [--json]                             measure against pdfmake and docxtemplater
Any command: --today YYYY-MM-DD (or REFUGE_TODAY) computes as of that day instead of today.`,
    ru: `Использование: refuge <команда>
  templates [--json]                         список документов
  describe <id> [--json]                     описание (манифест) документа
  validate <id> <answers.json> [--json]      проверить ответы (код 2 и все ошибки)
  render <id> <answers.json> -o <файл.pdf|файл.docx> [--lang ru|kk|en]
         [--pdfa]                            PDF/A-2b для архива и электронной подачи
  blank <id> -o <файл.pdf|файл.docx> [--lang ru|kk|en] [--choices answers.json]
                                             пустой бланк для заполнения от руки
  family-applications <answers.json> -o <папка>
                                             ходатайство о статусе беженца для каждого
                                             совершеннолетнего члена семьи, заполненное из этого
  triage --place … --decision … [--decision-date Д] [--detention-date Д] [--asylum-pending]
         [--matter <id>]                     что случилось: все подходящие документы, ближайший срок первым
  deadlines [--ics <файл.ics>] [--names]     открытые сроки всех дел; --ics — календарь
                                             (имена клиентов — только с --names)
  batch-template <id> -o <файл.xlsx|файл.csv>
                                             таблица для заполнения: клиент — строка
  batch <id> <строки.csv|xlsx> -o <папка> [--format pdf,docx] [--jobs N] [--name "…"]
         [--force] [--pdfa]                  документ на каждую строку; рядом report.csv
  vault init|list|passwd [--keep-key]|export <файл> [--matter <id>]|import <файл>|wipe
                                             зашифрованное хранилище (спросит пароль)
  matter new <id> <answers.json> | show <id> | draft <id> <шаблон> <answers.json>
         | attach <id> <файл>… | files <id> | detach <id> <fileId>
                                             дела в хранилище: черновики, сроки, файлы
  bundle <дело> <документ> -o <пакет.pdf> [--index] [--dpi 150]
                                             документ с пронумерованными приложениями в одном PDF
  lint [папка-шаблонов]                      проверить шаблоны по манифестам
  cites [<id>] [--unverified] [--markdown]   ссылки на нормы: проверены ли и где используются
  pack inspect|import <файл.refugepack>      проверить обновление шаблонов, показать изменения, установить
  pack status | keygen -o <папка> | build <папка> --key <private.pem> -o <файл>
  bench [--json]                             замеры в сравнении с pdfmake и docxtemplater
Любая команда: --today ГГГГ-ММ-ДД (или REFUGE_TODAY) — считать на этот день, а не на сегодня.`,
    kk: `Қолданылуы: refuge <команда>
  templates [--json]                         құжаттар тізімі
  describe <id> [--json]                     құжаттың сипаттамасы (манифест)
  validate <id> <answers.json> [--json]      жауаптарды тексеру (2-код және барлық қателер)
  render <id> <answers.json> -o <файл.pdf|файл.docx> [--lang ru|kk|en]
         [--pdfa]                            мұрағат пен электрондық беруге арналған PDF/A-2b
  blank <id> -o <файл.pdf|файл.docx> [--lang ru|kk|en] [--choices answers.json]
                                             қолмен толтыруға арналған бос бланк
  family-applications <answers.json> -o <қалта>
                                             кәмелетке толған әр отбасы мүшесіне осыдан
                                             толтырылған босқын мәртебесі туралы өтінішхат
  triage --place … --decision … [--decision-date К] [--detention-date К] [--asylum-pending]
         [--matter <id>]                     не болды: сәйкес барлық құжаттар, ең жақын мерзім бірінші
  deadlines [--ics <файл.ics>] [--names]     барлық істердің ашық мерзімдері; --ics — күнтізбе
                                             (клиенттердің аты тек --names арқылы)
  batch-template <id> -o <файл.xlsx|файл.csv>
                                             толтыруға арналған кесте: бір клиент — бір жол
  batch <id> <жолдар.csv|xlsx> -o <қалта> [--format pdf,docx] [--jobs N] [--name "…"]
         [--force] [--pdfa]                  әр жолға құжат; қасында report.csv
  vault init|list|passwd [--keep-key]|export <файл> [--matter <id>]|import <файл>|wipe
                                             шифрланған қойма (құпиясөзді сұрайды)
  matter new <id> <answers.json> | show <id> | draft <id> <үлгі> <answers.json>
         | attach <id> <файл>… | files <id> | detach <id> <fileId>
                                             қоймадағы істер: жобалар, мерзімдер, файлдар
  bundle <іс> <құжат> -o <пакет.pdf> [--index] [--dpi 150]
                                             нөмірленген қосымшалары бар құжат бір PDF-те
  lint [үлгілер-қалтасы]                     үлгілерді манифестерімен тексеру
  cites [<id>] [--unverified] [--markdown]   нормаларға сілтемелер: тексерілгені және қай жерде
  pack inspect|import <файл.refugepack>      үлгілер жаңартуын тексеру, өзгерістерді көрсету, орнату
  pack status | keygen -o <қалта> | build <қалта> --key <private.pem> -o <файл>
  bench [--json]                             pdfmake және docxtemplater-мен салыстырмалы өлшеу
Кез келген команда: --today ЖЖЖЖ-АА-КК (немесе REFUGE_TODAY) — бүгін емес, сол күн бойынша есептеу.`,
  },
  unprintable: {
    en: 'CHECK: the font has no glyph for {chars} — they print as empty boxes; replace them',
    ru: 'ПРОВЕРЬТЕ: в шрифте нет знаков {chars} — в PDF это пустые квадраты; замените их',
    kk: 'ТЕКСЕРІҢІЗ: қаріпте {chars} таңбалары жоқ — PDF-те бос шаршылар; оларды ауыстырыңыз',
  },
  datePinned: {
    en: 'Date pinned: today is taken as {date} (--today / REFUGE_TODAY).',
    ru: 'Дата зафиксирована: сегодняшним днём считается {date} (--today / REFUGE_TODAY).',
    kk: 'Күн бекітілді: бүгін {date} деп есептеледі (--today / REFUGE_TODAY).',
  },
  badToday: {
    en: '--today / REFUGE_TODAY must be a date YYYY-MM-DD, not «{value}»',
    ru: '--today / REFUGE_TODAY — дата в виде ГГГГ-ММ-ДД, а не «{value}»',
    kk: '--today / REFUGE_TODAY — ЖЖЖЖ-АА-КК түріндегі күн болуы керек, «{value}» емес',
  },
  sampleAsOf: {
    en: 'A sample written for {date}: dates and deadlines are computed as of that day.',
    ru: 'Образец составлен на {date}: даты и сроки рассчитаны на этот день.',
    kk: 'Үлгі {date} күнге жасалған: күндер мен мерзімдер сол күн бойынша есептелді.',
  },
  noAdultFamily: {
    en: 'No adult family member is listed (adultFamily): nothing written.',
    ru: 'Совершеннолетние члены семьи (adultFamily) не указаны: ничего не создано.',
    kk: 'Кәмелетке толған отбасы мүшелері (adultFamily) көрсетілмеген: ештеңе жасалмады.',
  },
  citeVerified: { en: 'verified  ', ru: 'проверено ', kk: 'тексерілді' },
  citeUnverified: { en: 'UNVERIFIED', ru: 'НЕ ПРОВЕРЕНО', kk: 'ТЕКСЕРІЛМЕГЕН' },
  citeWhyUnverified: {
    en: 'why it cannot be checked offline',
    ru: 'почему нельзя проверить без сети',
    kk: 'желісіз неге тексеруге болмайды',
  },
  valid: {
    en: 'Answers are valid.',
    ru: 'Ответы заполнены верно.',
    kk: 'Жауаптар дұрыс толтырылған.',
  },
  written: {
    en: 'Written: {file} ({bytes} bytes)',
    ru: 'Сохранено: {file} ({bytes} байт)',
    kk: 'Сақталды: {file} ({bytes} байт)',
  },
  invalidAnswers: {
    en: 'The answers have errors:',
    ru: 'В ответах есть ошибки:',
    kk: 'Жауаптарда қателер бар:',
  },
  usageError: { en: 'Wrong usage', ru: 'Неверный вызов', kk: 'Қате шақыру' },
  unknownCommand: {
    en: 'unknown command "{command}"',
    ru: 'неизвестная команда «{command}»',
    kk: '«{command}» деген команда жоқ',
  },
  unknownTemplate: {
    en: 'No filing "{id}". See: refuge templates',
    ru: 'Нет документа «{id}». Список: refuge templates',
    kk: '«{id}» құжаты жоқ. Тізім: refuge templates',
  },
  noLanguage: {
    en: 'Filing "{id}" has no "{lang}" version.',
    ru: 'У документа «{id}» нет версии на языке «{lang}».',
    kk: '«{id}» құжатының «{lang}» тіліндегі нұсқасы жоқ.',
  },
  badJson: {
    en: 'The answers file is not valid JSON: {detail}',
    ru: 'Файл ответов — не корректный JSON: {detail}',
    kk: 'Жауаптар файлы дұрыс JSON емес: {detail}',
  },
  pdfaNeedsPdf: {
    en: '--pdfa makes a PDF/A file: the output must end in .pdf, not {file}',
    ru: '--pdfa создаёт файл PDF/A: выходной файл должен оканчиваться на .pdf, а не {file}',
    kk: '--pdfa PDF/A файлын жасайды: шығыс файл .pdf болуы керек, {file} емес',
  },
  badExtension: {
    en: 'the output must end in .pdf or .docx: {file}',
    ru: 'выходной файл должен оканчиваться на .pdf или .docx: {file}',
    kk: 'шығыс файл .pdf немесе .docx болуы керек: {file}',
  },
  fileError: {
    en: 'File problem ({code}): {detail}',
    ru: 'Ошибка файла ({code}): {detail}',
    kk: 'Файл қатесі ({code}): {detail}',
  },
  templateBroken: {
    en: 'The template is broken: {detail}',
    ru: 'Ошибка в шаблоне: {detail}',
    kk: 'Үлгіде қате бар: {detail}',
  },
  internalError: {
    en: 'Could not produce the document: {detail}',
    ru: 'Не удалось сформировать документ: {detail}',
    kk: 'Құжатты жасау мүмкін болмады: {detail}',
  },
  unverifiedCite: {
    en: 'CHECK: unverified cite "{text}" ({key}) — confirm it against the official text before filing',
    ru: 'ПРОВЕРЬТЕ: непроверенная ссылка «{text}» ({key}) — сверьте с официальным текстом до подачи',
    kk: 'ТЕКСЕРІҢІЗ: тексерілмеген сілтеме «{text}» ({key}) — берер алдында ресми мәтінмен салыстырыңыз',
  },
  autoDeclined: {
    en: 'CHECK: "{name}" was declined automatically as "{text}"',
    ru: 'ПРОВЕРЬТЕ: «{name}» просклонено автоматически: «{text}»',
    kk: 'ТЕКСЕРІҢІЗ: «{name}» автоматты түрде септелді: «{text}»',
  },
  undeclined: {
    en: 'CHECK: "{name}" could not be declined and is printed as is',
    ru: 'ПРОВЕРЬТЕ: «{name}» не удалось просклонять, напечатано без изменений',
    kk: 'ТЕКСЕРІҢІЗ: «{name}» септелмеді, өзгеріссіз басылды',
  },
  deadlineLine: {
    en: 'Deadline: {id} — {date}',
    ru: 'Срок: {id} — {date}',
    kk: 'Мерзім: {id} — {date}',
  },
  deadlinePassed: {
    en: 'DEADLINE PASSED: {id} ended on {date}',
    ru: 'СРОК ИСТЁК: {id} — последний день {date}',
    kk: 'МЕРЗІМ ӨТІП КЕТТІ: {id} — соңғы күні {date}',
  },
  lintClean: {
    en: 'All templates pass.',
    ru: 'Все шаблоны в порядке.',
    kk: 'Барлық үлгілер дұрыс.',
  },
  bundleWritten: {
    en: '{file}: {pages} pages (filing {filing}, annexes {annexes}), {size}',
    ru: '{file}: {pages} стр. (документ {filing}, приложения {annexes}), {size}',
    kk: '{file}: {pages} бет (құжат {filing}, қосымшалар {annexes}), {size}',
  },
  bundleNoDraft: {
    en: 'The matter has no draft of {id}',
    ru: 'В деле нет черновика документа {id}',
    kk: 'Істе {id} құжатының жобасы жоқ',
  },
  attached: {
    en: '{id}  {name}  {pages} sheet(s), {size}',
    ru: '{id}  {name}  {pages} л., {size}',
    kk: '{id}  {name}  {pages} парақ, {size}',
  },
  noAttachments: {
    en: 'No files attached.',
    ru: 'Файлов нет.',
    kk: 'Файлдар жоқ.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type CliKey = keyof typeof TEXTS;

export function cliText(
  key: CliKey,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return fillPlaceholders(TEXTS[key][lang], params);
}

/** REFUGE_LANG, else the locale of LANG/LC_ALL; English when neither is ru or kk. */
export function detectUiLang(env: NodeJS.ProcessEnv): Lang {
  const raw = (env.REFUGE_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').toLowerCase();
  if (raw.startsWith('ru')) return 'ru';
  if (raw.startsWith('kk')) return 'kk';
  return 'en';
}
