/**
 * Russian texts of main and common (validation, CLI, vault, packs, attachments, deadlines, menu):
 * part of the one ru table (common/locales/ru.ts). Placeholders {{name}}; plurals _one/_few/_many/_other.
 */
const messages = {
  validation: {
    // The document's language as the foreignLanguage message names it («на русском языке»).
    docLanguageRu: 'русском',
    docLanguageKk: 'казахском',
    docLanguageEn: 'английском',
    required: 'Обязательное поле',
    latinNameRequired: 'Документ на английском: укажите имя латиницей, как в паспорте',
    tooLong: 'Слишком длинно: не более {{max}} знаков',
    pattern: 'Неверный формат: {{hint}}',
    invalidDate: 'Неверная дата: введите ДД.ММ.ГГГГ',
    noSuchDay: 'Такого дня нет в календаре: {{date}}',
    dateBefore: 'Дата не может быть раньше {{date}}',
    dateAfter: 'Дата не может быть позже {{date}}',
    notANumber: 'Введите число',
    notAnInteger: 'Введите целое число',
    numberRange: 'Число должно быть от {{min}} до {{max}}',
    invalidOption: 'Выберите значение из списка',
    iinFormat: 'ИИН — это 12 цифр',
    iinChecksum: 'ИИН с ошибкой: не сходится контрольная цифра',
    iinDate: 'ИИН с ошибкой: первые цифры не образуют дату рождения',
    iinBirthDateMismatch:
      'ИИН принадлежит человеку, родившемуся {{iinDate}}, а в поле «{{field}}» указано {{date}}: проверьте ИИН и дату рождения',
    iinSexMismatchMale:
      'ИИН выдан мужчине, а в поле «{{field}}» указан женский пол: проверьте ИИН и пол',
    iinSexMismatchFemale:
      'ИИН выдан женщине, а в поле «{{field}}» указан мужской пол: проверьте ИИН и пол',
    foreignLanguage: 'Ответ не на языке документа (документ на {{doc}} языке): «{{fragment}}»',
    lookalikeFixed:
      'Латинские буквы внутри слова на кириллице заменены: «{{from}}» → «{{to}}». Проверьте написание',
    tooFewItems_one: 'Минимум записей: {{count}}',
    tooFewItems_few: 'Минимум записей: {{count}}',
    tooFewItems_many: 'Минимум записей: {{count}}',
    tooFewItems_other: 'Минимум записей: {{count}}',
    tooManyItems_one: 'Максимум записей: {{count}}',
    tooManyItems_few: 'Максимум записей: {{count}}',
    tooManyItems_many: 'Максимум записей: {{count}}',
    tooManyItems_other: 'Максимум записей: {{count}}',
    unknownField: 'Неизвестное поле «{{field}}»',
    notABoolean: 'Ответьте «да» или «нет»',
    notText: 'Ожидается текст',
    notAList: 'Ожидается список',
    notAnObject: 'Ожидается набор полей',
    notAPerson: 'Ожидаются фамилия, имя и пол',
    personNameMissing: 'Укажите и фамилию, и имя',
    personSexMissing: 'Укажите пол (нужен для склонения)',
    holidaysUnverified:
      'Праздники {{year}} года: переносы выходных или подвижные праздники в таблице не проверены — сверьте срок с официальным календарём',
    holidaysUnknown: 'Праздничные дни {{year}} года неизвестны — проверьте срок',
    renderCrashed:
      'Документ не подготовлен: сбой обработки (например, не хватило памяти на очень длинный текст); остальные строки не затронуты. {{detail}}',
    renderFailed: 'Документ не подготовлен: {{detail}}',
    courtUnverified:
      'Название суда не сверено — проверьте: «{{name}}» взято из списка судов, не сверенного с официальным',
    regionNotChosen:
      'Регион не выбран: «{{value}}» — значение по умолчанию (Алматы). Выберите регион дела или проверьте поле',
    unknownRegion: 'Неизвестный регион «{{region}}». Возможные значения: {{known}}',
    regionDefaultMismatch:
      'Осталось значение по умолчанию для другого региона: «{{value}}», а регион дела — {{region}}. Укажите орган этого региона',
  },
  cli: {
    usage:
      'Использование: refuge <команда>\n  templates [--json]                         список документов\n  describe <id> [--json]                     описание (манифест) документа\n  validate <id> <answers.json> [--json]      проверить ответы (код 2 и все ошибки)\n  render <id> <answers.json> -o <файл.pdf|файл.docx> [--lang ru|kk|en]\n         [--pdfa]                            PDF/A-2b для архива и электронной подачи\n  blank <id> -o <файл.pdf|файл.docx> [--lang ru|kk|en] [--choices answers.json]\n                                             пустой бланк для заполнения от руки\n  family-applications <answers.json> -o <папка>\n                                             ходатайство о статусе беженца для каждого\n                                             совершеннолетнего члена семьи, заполненное из этого\n  triage --place … --decision … [--decision-date Д] [--detention-date Д] [--asylum-pending]\n         [--matter <id>]                     что случилось: все подходящие документы, ближайший срок первым\n  deadlines [--ics <файл.ics>] [--names]     открытые сроки всех дел; --ics — календарь\n                                             (имена клиентов — только с --names)\n  batch-template <id> -o <файл.xlsx|файл.csv>\n                                             таблица для заполнения: клиент — строка\n  batch <id> <строки.csv|xlsx> -o <папка> [--format pdf,docx] [--jobs N] [--name "…"]\n         [--force] [--pdfa]                  документ на каждую строку; рядом report.csv\n  vault init|list|passwd [--keep-key]|export <файл> [--matter <id>]|import <файл>|wipe\n                                             зашифрованное хранилище (спросит пароль)\n  matter new <id> <answers.json> | show <id> | draft <id> <шаблон> <answers.json>\n         | attach <id> <файл>… | files <id> | detach <id> <fileId>\n                                             дела в хранилище: черновики, сроки, файлы\n  bundle <дело> <документ> -o <пакет.pdf> [--index] [--dpi 150]\n                                             документ с пронумерованными приложениями в одном PDF\n  lint [папка-шаблонов]                      проверить шаблоны по манифестам\n  cites [<id>] [--unverified] [--markdown]   ссылки на нормы: проверены ли и где используются\n  pack inspect|import <файл.refugepack>      проверить обновление шаблонов, показать изменения, установить\n  pack status | keygen -o <папка> | build <папка> --key <private.pem> -o <файл>\n  bench [--json]                             замеры в сравнении с pdfmake и docxtemplater\nЛюбая команда: --today ГГГГ-ММ-ДД (или REFUGE_TODAY) — считать на этот день, а не на сегодня.',
    unprintable:
      'ПРОВЕРЬТЕ: в шрифте нет знаков {{chars}} — в PDF это пустые квадраты; замените их',
    datePinned: 'Дата зафиксирована: сегодняшним днём считается {{date}} (--today / REFUGE_TODAY).',
    badToday: '--today / REFUGE_TODAY — дата в виде ГГГГ-ММ-ДД, а не «{{value}}»',
    sampleAsOf: 'Образец составлен на {{date}}: даты и сроки рассчитаны на этот день.',
    noAdultFamily: 'Совершеннолетние члены семьи (adultFamily) не указаны: ничего не создано.',
    citeVerified: 'проверено ',
    citeUnverified: 'НЕ ПРОВЕРЕНО',
    citeWhyUnverified: 'почему нельзя проверить без сети',
    valid: 'Ответы заполнены верно.',
    written: 'Сохранено: {{file}} ({{bytes}} байт)',
    invalidAnswers: 'В ответах есть ошибки:',
    usageError: 'Неверный вызов',
    unknownCommand: 'неизвестная команда «{{command}}»',
    unknownTemplate: 'Нет документа «{{id}}». Список: refuge templates',
    noLanguage: 'У документа «{{id}}» нет версии на языке «{{lang}}».',
    badJson: 'Файл ответов — не корректный JSON: {{detail}}',
    pdfaNeedsPdf:
      '--pdfa создаёт файл PDF/A: выходной файл должен оканчиваться на .pdf, а не {{file}}',
    badExtension: 'выходной файл должен оканчиваться на .pdf или .docx: {{file}}',
    fileError: 'Ошибка файла ({{code}}): {{detail}}',
    templateBroken: 'Ошибка в шаблоне: {{detail}}',
    internalError: 'Не удалось сформировать документ: {{detail}}',
    unverifiedCite:
      'ПРОВЕРЬТЕ: непроверенная ссылка «{{text}}» ({{key}}) — сверьте с официальным текстом до подачи',
    autoDeclined: 'ПРОВЕРЬТЕ: «{{name}}» просклонено автоматически: «{{text}}»',
    undeclined: 'ПРОВЕРЬТЕ: «{{name}}» не удалось просклонять, напечатано без изменений',
    deadlineLine: 'Срок: {{id}} — {{date}}',
    deadlinePassed: 'СРОК ИСТЁК: {{id}} — последний день {{date}}',
    lintClean: 'Все шаблоны в порядке.',
    bundleWritten:
      '{{file}}: {{pages}} стр. (документ {{filing}}, приложения {{annexes}}), {{size}}',
    bundleNoDraft: 'В деле нет черновика документа {{id}}',
    attached: '{{id}}  {{name}}  {{pages}} л., {{size}}',
    noAttachments: 'Файлов нет.',
  },
  cliTriage: {
    triageUsage:
      'refuge triage --place {{place}} --decision {{decision}} [--decision-date ДД.ММ.ГГГГ] [--detention-date ДД.ММ.ГГГГ] [--asylum-pending] [--matter <id>] [--json]',
    badValue: '{{flag}}: недопустимое значение «{{value}}»; возможно: {{allowed}}',
    badDate: '{{flag}}: «{{value}}» — не дата (ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)',
    noTriage: 'Дело {{id}}: ответов «Что случилось?» ещё нет — укажите --place и --decision',
    noTable: 'Таблицы «Что случилось?» (triage.json) нет среди шаблонов',
    nothing: 'По этим ответам ни один документ не подходит.',
    why: 'Почему',
    noTerm: 'срок из ответов не вычисляется — подавайте как можно скорее',
    passed: 'СРОК ИСТЁК',
    arguable: 'безопасная дата прошла, но по более поздней трактовке срок ещё идёт',
    wrongStage: 'НЕ ПРИМЕНЯЕТСЯ',
    wayOut: 'Выход',
    noDeadlines: 'Открытых сроков нет.',
    icsWritten: 'Календарь записан: {{file}} (событий: {{count}}){{names}}',
    icsNoNames: '; имён клиентов в нём нет (--names, чтобы добавить)',
    deadlinesUsage: 'refuge deadlines [--ics <файл.ics>] [--names] [--passphrase-stdin]',
  },
  cliPack: {
    keygen:
      'Ключ {{id}}: {{dir}}/private.pem (храните без сети, никогда не коммитьте) и {{dir}}/public.pem',
    built: 'Пакет {{version}} подписан ключом {{id}}: {{file}} (файлов: {{files}}, {{bytes}} байт)',
    verified:
      'Пакет {{version}} от {{date}}, подписан: {{holder}} ({{id}}). Сейчас установлен: {{installed}}.',
    none: 'нет (встроенные шаблоны)',
    filingAdded: 'Новый документ: {{title}} {{version}}',
    filingChanged: 'Документ обновлён: {{title}} {{from}} → {{to}}',
    filingOlder:
      'В пакете более старая версия, не используется: {{title}} {{to}} (действует {{from}})',
    citeAdded: 'Новая ссылка {{key}}: {{text}}',
    citeText: 'Исправлена ссылка {{key}}: {{text}}',
    citeVerified: 'Ссылка {{key}}: проверена {{from}} → {{to}}',
    partial: 'Общий блок {{name}}: {{change}}',
    added: 'добавлен',
    changed: 'изменён',
    removed: 'удалён',
    yes: 'да',
    no: 'нет',
    noChanges: 'Документы, ссылки и общие блоки не меняются.',
    installed:
      'Установлен пакет {{version}}. Новые черновики используют его; прежние сохраняют свою версию, пока их не переведут.',
    exists: '{{file}} уже существует: ничего не перезаписано',
  },
  packErrors: {
    malformed: 'Файл не является пакетом шаблонов Refuge или повреждён. Ничего не изменено.',
    unsigned:
      'Пакет шаблонов не подписан. Устанавливаются только пакеты, подписанные разработчиками Refuge. Ничего не изменено.',
    tampered:
      'Пакет шаблонов изменён после подписания (подпись или контрольная сумма не совпадает). Не устанавливайте его. Ничего не изменено.',
    unknownKey:
      'Пакет подписан неизвестным ключом, а не ключом разработчиков Refuge. Ничего не изменено.',
    replayed:
      'Этот пакет шаблонов не новее установленного (пакет {{version}}, установлен {{installed}}). Ничего не изменено.',
    badTemplates:
      'Шаблоны в пакете содержат ошибки и не могут быть использованы. Ничего не изменено.',
    stateLost:
      'Сведения об установленных пакетах шаблонов удалены или подменены: хранилище помнит пакет {{floor}}, а в папке пакетов — {{installed}}. Это похоже на вмешательство, а не на новую установку; ничего не изменено. Установите пакет {{floor}} или новее.',
    packMissing:
      'Установленный пакет шаблонов {{floor}} удалён из папки пакетов: новые документы составлялись бы по более старым шаблонам: {{older}}. Это похоже на вмешательство. Установите пакет {{floor}} или новее и проверьте документы, составленные после его удаления.',
    tooLarge: 'Файл слишком велик для пакета шаблонов. Ничего не изменено.',
    olderBuiltIn: 'встроенные шаблоны программы',
    olderPack: 'пакет {{installed}}',
    loadWarning:
      'Установленный пакет шаблонов {{version}} не прошёл проверку подписи и не используется: действуют встроенные шаблоны. Установите пакет заново.',
  },
  attachments: {
    empty: '«{{place}}»: файл пуст',
    tooLarge:
      '«{{place}}»: файл больше {{limit}} МБ — уменьшите разрешение скана или разделите файл',
    unsupportedType:
      '«{{place}}»: это не PDF, JPEG или PNG (проверено по содержимому, а не по имени)',
    pdfEncrypted: '«{{place}}»: PDF защищён паролем — сохраните копию без защиты и приложите её',
    pdfBroken: '«{{place}}»: PDF повреждён или не читается',
    imageBroken: '«{{place}}»: изображение повреждено или не читается',
    imageTooLarge:
      '«{{place}}»: изображение {{width}}×{{height}} пикселей больше допустимого ({{megapixels}} Мп, не более 16384 по стороне) — уменьшите его или отсканируйте с меньшим разрешением',
    imageTruncated:
      '«{{place}}»: файл JPEG обрезан (не скопирован до конца) — возьмите исходный файл ещё раз',
    annexNotListed:
      'Приложение «{{place}}» связано с файлом, но не найдено в «Приложении:» документа',
    annexMissing: 'Приложение «{{place}}»: файл удалён из дела',
    pageMismatchNoCount:
      'Прил. {{number}} «{{title}}»: в документе не указано число листов, в файле {{actual}}',
    pageMismatch:
      'Прил. {{number}} «{{title}}»: в документе «на {{stated}} л.», в файле {{actual}} — проверьте, совпадает ли бумажный оригинал',
  },
  deadlineText: {
    calendarNoCarryOver: 'сутки подряд, без переноса с нерабочего дня',
    koapCarryOver: 'последний день, выпавший на нерабочий, переносится на следующий рабочий',
    koapWorkingDays: 'нерабочие дни в срок в сутках не включаются',
    custodyNoRollOver: 'сроки содержания под стражей не переносятся',
    upkRollOver: 'последний день, выпавший на нерабочий, переносится на следующий рабочий',
    custodyFirstDayCounted: 'день задержания — первый день срока',
    custodyFromNextDay: 'срок течёт со дня, следующего за задержанием',
    appkNoAppealInfo: 'шесть месяцев, если отказ не разъяснил порядок обжалования',
    possibly: 'возможно,',
    lastDayToday: 'последний день — сегодня',
    lastDayTomorrow: 'последний день — завтра',
    passed_one: 'срок истёк {{count}} день назад',
    passed_few: 'срок истёк {{count}} дня назад',
    passed_many: 'срок истёк {{count}} дней назад',
    passed_other: 'срок истёк {{count}} дня назад',
    left_one: 'остался {{count}} день',
    left_few: 'осталось {{count}} дня',
    left_many: 'осталось {{count}} дней',
    left_other: 'осталось {{count}} дня',
  },
  vaultRepairs: {
    reasonDamaged: 'он был повреждён',
    reasonMissing: 'его не было',
    reasonMismatch: 'он расходился с записями',
    reasonInterrupted: 'запись была прервана',
    reasonMigrated: 'формат хранилища обновлён',
    interruptedWrite: 'Предыдущая запись была прервана{{who}}; хранилище проверено',
    tempFilesRemoved: 'Удалены временные файлы прерванных записей: {{count}}',
    migrated: 'Хранилище обновлено до формата {{to}} (было {{from}}); ничего не потеряно',
    indexRebuilt: 'Список дел восстановлен по записям ({{reason}}): {{counts}}',
    damagedRecord: 'Запись «{{id}}» повреждена и не читается; остальные записи доступны',
    busy: 'Хранилище занято: в него сейчас пишет другая программа Refuge{{who}}. Ничего не изменено — повторите через минуту или закройте ту программу.',
    skipped: 'Сохранено без повреждённых записей ({{count}}): {{list}}',
  },
  menu: {
    file: 'Файл',
    lock: 'Заблокировать хранилище',
    quit: 'Выход',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    resetZoom: 'Обычный размер',
    fullScreen: 'Во весь экран',
    about: 'О программе',
    hide: 'Скрыть',
    hideOthers: 'Скрыть остальные',
    unhide: 'Показать все',
    window: 'Окно',
    minimize: 'Свернуть',
    zoom: 'Изменить масштаб окна',
    close: 'Закрыть окно',
    front: 'Все окна — на передний план',
  },
  ics: {
    calendarName: 'Refuge — сроки',
    matter: 'Дело',
  },
  // Where a typed article comes from (the pre-flight list), and the mark printed after an
  // unverified cite in the live preview only, never in an exported filing.
  citeNotes: {
    typedSource: 'введено вручную; нет среди проверенных ссылок',
    unverifiedMark: '[не проверено]',
  },
  // The word typed to confirm wiping the vault (main/api.ts WIPE_CONFIRMATION).
  vaultWipe: { confirmation: 'УДАЛИТЬ' },
  apiErrors: {
    invalidPayload: 'Неверный запрос',
    unknownTemplate: 'Нет такого документа',
    invalidAnswers: 'В ответах есть ошибки',
    internal: 'Не удалось выполнить действие',
    locked: 'Хранилище заблокировано — введите пароль',
    badSpreadsheet:
      'Не удалось прочитать таблицу: нужен файл CSV или XLSX с названиями столбцов в первой строке',
    notABackup: 'Это не файл резервной копии Refuge',
    unsupportedKdf:
      'Файл требует параметров ключа, которые Refuge никогда не записывает (файл подделан или повреждён). Отклонён до любых вычислений; ничего не изменено.',
    noVault: 'Хранилище ещё не создано',
    vaultExists: 'Хранилище уже существует',
    wrongPassphrase: 'Неверный пароль. Ничего не изменено.',
    weakPassphrase: 'Пароль должен быть не короче 8 символов',
    tampered: 'Запись хранилища повреждена или изменена; остальные записи доступны',
    diskFull: 'Диск заполнен: ничего не сохранено, прежняя версия цела',
    readOnly: 'Папка доступна только для чтения: ничего не сохранено, прежняя версия цела',
    notFound: 'Не найдено',
    badAttachment: 'Файл не принят',
    packRefused: 'Пакет шаблонов отклонён. Ничего не изменено.',
    vaultBusy:
      'Хранилище занято другой программой Refuge. Ничего не изменено — повторите через минуту',
    confirmationMismatch: 'Подтверждение не совпадает — хранилище не удалено',
    vaultNewer:
      'Хранилище записано более новой версией Refuge — обновите программу. Ничего не изменено.',
  },
  spreadsheetLimits: {
    fileTooLarge: '«{{file}}»: файл больше {{limit}} МБ — разделите таблицу на части',
    unpackedTooLarge:
      '«{{file}}»: после распаковки таблица больше {{limit}} МБ — файл повреждён или подделан, либо разделите таблицу',
    tooManyRows: '«{{file}}»: больше {{limit}} строк на листе — разделите таблицу на части',
    tooManyCells: '«{{file}}»: больше {{limit}} ячеек — разделите таблицу на части',
  },
  batchColumns: {
    lastName: 'фамилия',
    firstName: 'имя',
    middleName: 'отчество',
    sex: 'пол',
    latinName: 'латиницей',
    rowIdLabel: 'номер строки — связь с листом',
  },
  fileNames: {
    blankSuffix: 'бланк',
    batchTemplateSuffix: 'шаблон таблицы',
    bundleSuffix: 'с приложениями',
  },
};

export default messages;
