/** Kazakh texts of main and common: part of the one kk table (common/locales/kk.ts). */
import type { MessageStrings } from '../shape.ts';

const messages: MessageStrings = {
  validation: {
    docLanguageRu: 'орыс',
    docLanguageKk: 'қазақ',
    docLanguageEn: 'ағылшын',
    required: 'Міндетті өріс',
    latinNameRequired: 'Құжат ағылшын тілінде: атын паспорттағыдай латын әріптерімен жазыңыз',
    tooLong: 'Тым ұзын: {{max}} таңбадан аспауы керек',
    pattern: 'Пішімі қате: {{hint}}',
    invalidDate: 'Күн қате: КК.АА.ЖЖЖЖ түрінде енгізіңіз',
    noSuchDay: 'Күнтізбеде мұндай күн жоқ: {{date}}',
    dateBefore: 'Күн {{date}} күнінен ерте болмауы керек',
    dateAfter: 'Күн {{date}} күнінен кеш болмауы керек',
    notANumber: 'Сан енгізіңіз',
    notAnInteger: 'Бүтін сан енгізіңіз',
    numberRange: 'Сан {{min}} мен {{max}} аралығында болуы керек',
    invalidOption: 'Тізімнен мән таңдаңыз',
    iinFormat: 'ЖСН — 12 цифр',
    iinChecksum: 'ЖСН қате: бақылау цифры сәйкес келмейді',
    iinDate: 'ЖСН қате: алғашқы цифрлар туған күнді құрамайды',
    iinBirthDateMismatch:
      'ЖСН {{iinDate}} туған адамға тиесілі, ал «{{field}}» өрісінде {{date}} көрсетілген: ЖСН мен туған күнді тексеріңіз',
    iinSexMismatchMale:
      'ЖСН ер адамға берілген, ал «{{field}}» өрісінде әйел жынысы көрсетілген: ЖСН мен жынысты тексеріңіз',
    iinSexMismatchFemale:
      'ЖСН әйелге берілген, ал «{{field}}» өрісінде ер жынысы көрсетілген: ЖСН мен жынысты тексеріңіз',
    foreignLanguage: 'Жауап құжат тілінде емес (құжат {{doc}} тілінде): «{{fragment}}»',
    lookalikeFixed:
      'Кирилл сөзіндегі латын әріптері ауыстырылды: «{{from}}» → «{{to}}». Жазылуын тексеріңіз',
    tooFewItems_one: 'Кемінде {{count}} жазба қажет',
    tooFewItems_other: 'Кемінде {{count}} жазба қажет',
    tooManyItems_one: '{{count}} жазбадан аспауы керек',
    tooManyItems_other: '{{count}} жазбадан аспауы керек',
    unknownField: '«{{field}}» деген өріс жоқ',
    notABoolean: '«Иә» немесе «жоқ» деп жауап беріңіз',
    notText: 'Мәтін күтіледі',
    notAList: 'Тізім күтіледі',
    notAnObject: 'Өрістер жиыны күтіледі',
    notAPerson: 'Тегі, аты және жынысы күтіледі',
    personNameMissing: 'Тегін де, атын да көрсетіңіз',
    personSexMissing: 'Жынысын көрсетіңіз (септеу үшін қажет)',
    holidaysUnverified:
      '{{year}} жылғы мерекелер: демалыс күндерін ауыстыру немесе жылжымалы мерекелер кестеде тексерілмеген — мерзімді ресми күнтізбемен салыстырыңыз',
    holidaysUnknown: '{{year}} жылғы мереке күндері белгісіз — мерзімді тексеріңіз',
    renderCrashed:
      'Құжат дайындалмады: өңдеу ақауы (мысалы, өте ұзын мәтінге жад жетпеді); басқа жолдарға әсер етпеді. {{detail}}',
    renderFailed: 'Құжат дайындалмады: {{detail}}',
    courtUnverified:
      'Сот атауы салыстырылмаған — тексеріңіз: «{{name}}» ресми тізіммен салыстырылмаған соттар тізімінен алынды',
    regionNotChosen:
      'Өңір таңдалмаған: «{{value}}» — әдепкі мән (Алматы). Істің өңірін таңдаңыз немесе өрісті тексеріңіз',
    unknownRegion: 'Белгісіз өңір «{{region}}». Мүмкін мәндер: {{known}}',
    regionDefaultMismatch:
      'Басқа өңірдің әдепкі мәні қалды: «{{value}}», ал істің өңірі — {{region}}. Осы өңірдің органын көрсетіңіз',
  },
  cli: {
    usage:
      'Қолданылуы: refuge <команда>\n  templates [--json]                         құжаттар тізімі\n  describe <id> [--json]                     құжаттың сипаттамасы (манифест)\n  validate <id> <answers.json> [--json]      жауаптарды тексеру (2-код және барлық қателер)\n  render <id> <answers.json> -o <файл.pdf|файл.docx> [--lang ru|kk|en]\n         [--pdfa]                            мұрағат пен электрондық беруге арналған PDF/A-2b\n  blank <id> -o <файл.pdf|файл.docx> [--lang ru|kk|en] [--choices answers.json]\n                                             қолмен толтыруға арналған бос бланк\n  family-applications <answers.json> -o <қалта>\n                                             кәмелетке толған әр отбасы мүшесіне осыдан\n                                             толтырылған босқын мәртебесі туралы өтінішхат\n  triage --place … --decision … [--decision-date К] [--detention-date К] [--asylum-pending]\n         [--matter <id>]                     не болды: сәйкес барлық құжаттар, ең жақын мерзім бірінші\n  deadlines [--ics <файл.ics>] [--names]     барлық істердің ашық мерзімдері; --ics — күнтізбе\n                                             (клиенттердің аты тек --names арқылы)\n  batch-template <id> -o <файл.xlsx|файл.csv>\n                                             толтыруға арналған кесте: бір клиент — бір жол\n  batch <id> <жолдар.csv|xlsx> -o <қалта> [--format pdf,docx] [--jobs N] [--name "…"]\n         [--force] [--pdfa]                  әр жолға құжат; қасында report.csv\n  vault init|list|passwd [--keep-key]|export <файл> [--matter <id>]|import <файл>|wipe\n                                             шифрланған қойма (құпиясөзді сұрайды)\n  matter new <id> <answers.json> | show <id> | draft <id> <үлгі> <answers.json>\n         | attach <id> <файл>… | files <id> | detach <id> <fileId>\n                                             қоймадағы істер: жобалар, мерзімдер, файлдар\n  bundle <іс> <құжат> -o <пакет.pdf> [--index] [--dpi 150]\n                                             нөмірленген қосымшалары бар құжат бір PDF-те\n  lint [үлгілер-қалтасы]                     үлгілерді манифестерімен тексеру\n  cites [<id>] [--unverified] [--markdown]   нормаларға сілтемелер: тексерілгені және қай жерде\n  pack inspect|import <файл.refugepack>      үлгілер жаңартуын тексеру, өзгерістерді көрсету, орнату\n  pack status | keygen -o <қалта> | build <қалта> --key <private.pem> -o <файл>\n  bench [--json]                             pdfmake және docxtemplater-мен салыстырмалы өлшеу\nКез келген команда: --today ЖЖЖЖ-АА-КК (немесе REFUGE_TODAY) — бүгін емес, сол күн бойынша есептеу.',
    unprintable:
      'ТЕКСЕРІҢІЗ: қаріпте {{chars}} таңбалары жоқ — PDF-те бос шаршылар; оларды ауыстырыңыз',
    datePinned: 'Күн бекітілді: бүгін {{date}} деп есептеледі (--today / REFUGE_TODAY).',
    badToday: '--today / REFUGE_TODAY — ЖЖЖЖ-АА-КК түріндегі күн болуы керек, «{{value}}» емес',
    sampleAsOf: 'Үлгі {{date}} күнге жасалған: күндер мен мерзімдер сол күн бойынша есептелді.',
    noAdultFamily:
      'Кәмелетке толған отбасы мүшелері (adultFamily) көрсетілмеген: ештеңе жасалмады.',
    citeVerified: 'тексерілді',
    citeUnverified: 'ТЕКСЕРІЛМЕГЕН',
    citeWhyUnverified: 'желісіз неге тексеруге болмайды',
    valid: 'Жауаптар дұрыс толтырылған.',
    written: 'Сақталды: {{file}} ({{bytes}} байт)',
    invalidAnswers: 'Жауаптарда қателер бар:',
    usageError: 'Қате шақыру',
    unknownCommand: '«{{command}}» деген команда жоқ',
    unknownTemplate: '«{{id}}» құжаты жоқ. Тізім: refuge templates',
    noLanguage: '«{{id}}» құжатының «{{lang}}» тіліндегі нұсқасы жоқ.',
    badJson: 'Жауаптар файлы дұрыс JSON емес: {{detail}}',
    pdfaNeedsPdf: '--pdfa PDF/A файлын жасайды: шығыс файл .pdf болуы керек, {{file}} емес',
    badExtension: 'шығыс файл .pdf немесе .docx болуы керек: {{file}}',
    fileError: 'Файл қатесі ({{code}}): {{detail}}',
    templateBroken: 'Үлгіде қате бар: {{detail}}',
    internalError: 'Құжатты жасау мүмкін болмады: {{detail}}',
    unverifiedCite:
      'ТЕКСЕРІҢІЗ: тексерілмеген сілтеме «{{text}}» ({{key}}) — берер алдында ресми мәтінмен салыстырыңыз',
    autoDeclined: 'ТЕКСЕРІҢІЗ: «{{name}}» автоматты түрде септелді: «{{text}}»',
    undeclined: 'ТЕКСЕРІҢІЗ: «{{name}}» септелмеді, өзгеріссіз басылды',
    deadlineLine: 'Мерзім: {{id}} — {{date}}',
    deadlinePassed: 'МЕРЗІМ ӨТІП КЕТТІ: {{id}} — соңғы күні {{date}}',
    lintClean: 'Барлық үлгілер дұрыс.',
    bundleWritten: '{{file}}: {{pages}} бет (құжат {{filing}}, қосымшалар {{annexes}}), {{size}}',
    bundleNoDraft: 'Істе {{id}} құжатының жобасы жоқ',
    attached: '{{id}}  {{name}}  {{pages}} парақ, {{size}}',
    noAttachments: 'Файлдар жоқ.',
  },
  cliTriage: {
    triageUsage:
      'refuge triage --place {{place}} --decision {{decision}} [--decision-date КК.АА.ЖЖЖЖ] [--detention-date КК.АА.ЖЖЖЖ] [--asylum-pending] [--matter <id>] [--json]',
    badValue: '{{flag}}: «{{value}}» мәні жарамсыз; мүмкін мәндер: {{allowed}}',
    badDate: '{{flag}}: «{{value}}» — күн емес (КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК)',
    noTriage: '{{id}} ісі: «Не болды?» жауаптары әлі жоқ — --place және --decision көрсетіңіз',
    noTable: '«Не болды?» кестесі (triage.json) үлгілер арасында жоқ',
    nothing: 'Бұл жауаптар бойынша бірде-бір құжат сәйкес келмейді.',
    why: 'Неге',
    noTerm: 'мерзім жауаптардан есептелмейді — мүмкіндігінше тез беріңіз',
    passed: 'МЕРЗІМ ӨТТІ',
    arguable: 'қауіпсіз күн өтті, бірақ кейінгі түсіндіру бойынша мерзім әлі жүріп жатыр',
    wrongStage: 'ҚОЛДАНЫЛМАЙДЫ',
    wayOut: 'Шешім',
    noDeadlines: 'Ашық мерзімдер жоқ.',
    icsWritten: 'Күнтізбе жазылды: {{file}} (оқиғалар: {{count}}){{names}}',
    icsNoNames: '; онда клиенттердің аты жоқ (қосу үшін --names)',
    deadlinesUsage: 'refuge deadlines [--ics <файл.ics>] [--names] [--passphrase-stdin]',
  },
  cliPack: {
    keygen:
      '{{id}} кілті: {{dir}}/private.pem (желісіз сақтаңыз, ешқашан коммиттемеңіз) және {{dir}}/public.pem',
    built:
      '{{version}} пакеті {{id}} кілтімен қол қойылды: {{file}} ({{files}} файл, {{bytes}} байт)',
    verified:
      '{{date}} күнгі {{version}} пакеті, қол қойған: {{holder}} ({{id}}). Қазір орнатылғаны: {{installed}}.',
    none: 'жоқ (кірістірілген үлгілер)',
    filingAdded: 'Жаңа құжат: {{title}} {{version}}',
    filingChanged: 'Құжат жаңартылды: {{title}} {{from}} → {{to}}',
    filingOlder: 'Пакетте ескі нұсқа, қолданылмайды: {{title}} {{to}} (қолданыстағы {{from}})',
    citeAdded: 'Жаңа сілтеме {{key}}: {{text}}',
    citeText: 'Сілтеме түзетілді {{key}}: {{text}}',
    citeVerified: '{{key}} сілтемесі: тексерілген {{from}} → {{to}}',
    partial: 'Ортақ блок {{name}}: {{change}}',
    added: 'қосылды',
    changed: 'өзгертілді',
    removed: 'жойылды',
    yes: 'иә',
    no: 'жоқ',
    noChanges: 'Құжаттар, сілтемелер және ортақ блоктар өзгермейді.',
    installed:
      '{{version}} пакеті орнатылды. Жаңа жобалар соны қолданады; бұрынғылары ауыстырылғанша өз нұсқасын сақтайды.',
    exists: '{{file}} бар: ештеңе қайта жазылмады',
  },
  packErrors: {
    malformed: 'Файл Refuge үлгілер пакеті емес немесе бүлінген. Ештеңе өзгертілмеді.',
    unsigned:
      'Үлгілер пакетіне қол қойылмаған. Тек Refuge әзірлеушілері қол қойған пакеттер орнатылады. Ештеңе өзгертілмеді.',
    tampered:
      'Үлгілер пакеті қол қойылғаннан кейін өзгертілген (қолтаңба немесе бақылау сомасы сәйкес емес). Оны орнатпаңыз. Ештеңе өзгертілмеді.',
    unknownKey:
      'Пакетке Refuge әзірлеушілерінің емес, белгісіз кілтпен қол қойылған. Ештеңе өзгертілмеді.',
    replayed:
      'Бұл үлгілер пакеті орнатылғаннан жаңа емес (пакет {{version}}, орнатылғаны {{installed}}). Ештеңе өзгертілмеді.',
    badTemplates:
      'Пакеттегі үлгілерде қателер бар, оларды қолдануға болмайды. Ештеңе өзгертілмеді.',
    stateLost:
      'Орнатылған үлгілер пакеттері туралы мәліметтер жойылған немесе ауыстырылған: қойма {{floor}} пакетін есте сақтаған, ал пакеттер қалтасында — {{installed}}. Бұл жаңа орнату емес, араласуға ұқсайды; ештеңе өзгертілмеді. {{floor}} немесе жаңарақ пакетті орнатыңыз.',
    packMissing:
      'Орнатылған {{floor}} үлгілер пакеті пакеттер қалтасынан жойылған: жаңа құжаттар ескі үлгілермен жасалар еді: {{older}}. Бұл араласуға ұқсайды. {{floor}} немесе жаңарақ пакетті орнатып, ол жойылғаннан кейін жасалған құжаттарды тексеріңіз.',
    tooLarge: 'Файл үлгілер пакеті үшін тым үлкен. Ештеңе өзгертілмеді.',
    olderBuiltIn: 'бағдарламаның кірістірілген үлгілері',
    olderPack: '{{installed}} пакеті',
    loadWarning:
      'Орнатылған {{version}} үлгілер пакеті қолтаңба тексеруінен өтпеді және қолданылмайды: кірістірілген үлгілер қолданылады. Пакетті қайта орнатыңыз.',
  },
  attachments: {
    empty: '«{{place}}»: файл бос',
    tooLarge:
      '«{{place}}»: файл {{limit}} МБ-тан үлкен — сканның ажыратымдылығын азайтыңыз немесе файлды бөліңіз',
    unsupportedType: '«{{place}}»: бұл PDF, JPEG немесе PNG емес (атауы емес, мазмұны тексерілді)',
    pdfEncrypted:
      '«{{place}}»: PDF құпия сөзбен қорғалған — қорғаусыз көшірмесін сақтап, соны тіркеңіз',
    pdfBroken: '«{{place}}»: PDF бүлінген немесе оқылмайды',
    imageBroken: '«{{place}}»: сурет бүлінген немесе оқылмайды',
    imageTooLarge:
      '«{{place}}»: {{width}}×{{height}} пиксель сурет рұқсат етілгеннен үлкен ({{megapixels}} Мп, жағы 16384-тен аспауы керек) — оны кішірейтіңіз немесе төменірек ажыратымдылықпен сканерлеңіз',
    imageTruncated:
      '«{{place}}»: JPEG файлы қиылған (соңына дейін көшірілмеген) — бастапқы файлды қайта алыңыз',
    annexNotListed:
      '«{{place}}» қосымшасы файлмен байланысты, бірақ құжаттың «Қосымша:» тізімінде жоқ',
    annexMissing: '«{{place}}» қосымшасы: файл істен жойылған',
    pageMismatchNoCount:
      '{{number}}-қосымша «{{title}}»: құжатта парақ саны көрсетілмеген, файлда {{actual}}',
    pageMismatch:
      '{{number}}-қосымша «{{title}}»: құжатта {{stated}} парақ, файлда {{actual}} — қағаз түпнұсқамен салыстырыңыз',
  },
  deadlineText: {
    calendarNoCarryOver: 'тәуліктер қатарынан, жұмыс істемейтін күннен ауыстырусыз',
    koapCarryOver: 'жұмыс істемейтін күнге түскен соңғы күн келесі жұмыс күніне ауыстырылады',
    koapWorkingDays: 'тәуліктермен есептелетін мерзімге жұмыс істемейтін күндер қосылмайды',
    custodyNoRollOver: 'күзетпен ұстау мерзімдері ауыстырылмайды',
    upkRollOver: 'жұмыс істемейтін күнге түскен соңғы күн келесі жұмыс күніне ауыстырылады',
    custodyFirstDayCounted: 'ұсталған күн — мерзімнің бірінші күні',
    custodyFromNextDay: 'мерзім ұсталған күннің келесі күнінен басталады',
    appkNoAppealInfo: 'бас тарту шағымдану тәртібін түсіндірмесе, алты ай',
    possibly: 'мүмкін,',
    lastDayToday: 'соңғы күн — бүгін',
    lastDayTomorrow: 'соңғы күн — ертең',
    passed_one: 'мерзім {{count}} күн бұрын өтті',
    passed_other: 'мерзім {{count}} күн бұрын өтті',
    left_one: '{{count}} күн қалды',
    left_other: '{{count}} күн қалды',
  },
  vaultRepairs: {
    reasonDamaged: 'ол бүлінген',
    reasonMissing: 'ол жоқ болды',
    reasonMismatch: 'ол жазбалармен сәйкес келмеді',
    reasonInterrupted: 'жазу үзілген',
    reasonMigrated: 'қойма пішімі жаңартылды',
    interruptedWrite: 'Алдыңғы жазу үзілген{{who}}; қойма тексерілді',
    tempFilesRemoved: 'Үзілген жазулардың уақытша файлдары жойылды: {{count}}',
    migrated: 'Қойма {{to}} пішіміне жаңартылды (бұрын {{from}}); ештеңе жоғалмады',
    indexRebuilt: 'Істер тізімі жазбалар бойынша қалпына келтірілді ({{reason}}): {{counts}}',
    damagedRecord: '«{{id}}» жазбасы бүлінген және оқылмайды; қалған жазбалар қолжетімді',
    busy: 'Қойма бос емес: оған қазір басқа Refuge бағдарламасы жазып жатыр{{who}}. Ештеңе өзгертілмеді — бір минуттан кейін қайталаңыз немесе сол бағдарламаны жабыңыз.',
    skipped: 'Бүлінген жазбаларсыз сақталды ({{count}}): {{list}}',
  },
  menu: {
    file: 'Файл',
    lock: 'Қойманы құлыптау',
    quit: 'Шығу',
    edit: 'Түзету',
    undo: 'Болдырмау',
    redo: 'Қайталау',
    cut: 'Қиып алу',
    copy: 'Көшіру',
    paste: 'Қою',
    selectAll: 'Барлығын белгілеу',
    view: 'Көрініс',
    zoomIn: 'Үлкейту',
    zoomOut: 'Кішірейту',
    resetZoom: 'Қалыпты өлшем',
    fullScreen: 'Толық экран',
    about: 'Бағдарлама туралы',
    hide: 'Жасыру',
    hideOthers: 'Басқаларын жасыру',
    unhide: 'Барлығын көрсету',
    window: 'Терезе',
    minimize: 'Жиыру',
    zoom: 'Терезені үлкейту',
    close: 'Терезені жабу',
    front: 'Барлық терезелер алдыңғы қатарға',
  },
  ics: {
    calendarName: 'Refuge — мерзімдер',
    matter: 'Іс',
  },
  citeNotes: {
    typedSource: 'қолмен енгізілген; тексерілген сілтемелер арасында жоқ',
    unverifiedMark: '[тексерілмеген]',
  },
  vaultWipe: { confirmation: 'ЖОЮ' },
  apiErrors: {
    invalidPayload: 'Сұрау қате',
    unknownTemplate: 'Мұндай құжат жоқ',
    invalidAnswers: 'Жауаптарда қателер бар',
    internal: 'Әрекетті орындау мүмкін болмады',
    locked: 'Қойма құлыпталған — құпия сөзді енгізіңіз',
    badSpreadsheet:
      'Кестені оқу мүмкін болмады: бірінші жолында баған атаулары бар CSV немесе XLSX файлы қажет',
    notABackup: 'Бұл Refuge сақтық көшірмесінің файлы емес',
    unsupportedKdf:
      'Файл Refuge ешқашан жазбайтын кілт параметрлерін талап етеді (файл жасанды немесе бүлінген). Ешбір есептеусіз қабылданбады; ештеңе өзгертілмеді.',
    noVault: 'Қойма әлі құрылмаған',
    vaultExists: 'Қойма бұрыннан бар',
    wrongPassphrase: 'Құпия сөз қате. Ештеңе өзгертілмеді.',
    weakPassphrase: 'Құпия сөз кемінде 8 таңбадан тұруы керек',
    tampered: 'Қойма жазбасы бүлінген немесе өзгертілген; қалған жазбалар қолжетімді',
    diskFull: 'Диск толы: ештеңе сақталмады, алдыңғы нұсқа бүтін',
    readOnly: 'Қалта тек оқуға арналған: ештеңе сақталмады, алдыңғы нұсқа бүтін',
    notFound: 'Табылмады',
    badAttachment: 'Файл қабылданбады',
    packRefused: 'Үлгілер пакеті қабылданбады. Ештеңе өзгертілмеді.',
    vaultBusy:
      'Қойма басқа Refuge бағдарламасымен бос емес. Ештеңе өзгертілмеді — бір минуттан кейін қайталаңыз',
    confirmationMismatch: 'Растау сәйкес келмейді — қойма жойылмады',
    vaultNewer:
      'Қойманы Refuge бағдарламасының жаңарақ нұсқасы жазған — бағдарламаны жаңартыңыз. Ештеңе өзгертілмеді.',
  },
  spreadsheetLimits: {
    fileTooLarge: '«{{file}}»: файл {{limit}} МБ-тан үлкен — кестені бөліктерге бөліңіз',
    unpackedTooLarge:
      '«{{file}}»: ашылғаннан кейін кесте {{limit}} МБ-тан үлкен — файл бүлінген не жасанды, немесе кестені бөліңіз',
    tooManyRows: '«{{file}}»: парақта {{limit}} жолдан көп — кестені бөліктерге бөліңіз',
    tooManyCells: '«{{file}}»: {{limit}} ұяшықтан көп — кестені бөліктерге бөліңіз',
  },
  batchColumns: {
    lastName: 'тегі',
    firstName: 'аты',
    middleName: 'әкесінің аты',
    sex: 'жынысы',
    latinName: 'латынша',
    rowIdLabel: 'жол нөмірі — парақпен байланыс:',
  },
  fileNames: {
    blankSuffix: 'бланк',
    batchTemplateSuffix: 'кесте үлгісі',
    bundleSuffix: 'қосымшалармен',
  },
};

export default messages;
