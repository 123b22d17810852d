/** English texts of main and common: part of the one en table (common/locales/en.ts). */
import type { MessageStrings } from '../shape.ts';

const messages: MessageStrings = {
  validation: {
    docLanguageRu: 'Russian',
    docLanguageKk: 'Kazakh',
    docLanguageEn: 'English',
    required: 'Required',
    latinNameRequired: 'The document is in English: give the name as the passport spells it',
    tooLong: 'Too long: at most {{max}} characters',
    pattern: 'Wrong format: {{hint}}',
    invalidDate: 'Invalid date: use DD.MM.YYYY',
    noSuchDay: 'There is no such day in the calendar: {{date}}',
    dateBefore: 'The date cannot be before {{date}}',
    dateAfter: 'The date cannot be after {{date}}',
    notANumber: 'Enter a number',
    notAnInteger: 'Enter a whole number',
    numberRange: 'The number must be between {{min}} and {{max}}',
    invalidOption: 'Choose a value from the list',
    iinFormat: 'An IIN is 12 digits',
    iinChecksum: 'IIN has a typo: the check digit does not match',
    iinDate: 'IIN has a typo: the first digits are not a birth date',
    iinBirthDateMismatch:
      'This IIN belongs to someone born on {{iinDate}}, but “{{field}}” says {{date}}: check the IIN and the birth date',
    iinSexMismatchMale:
      'This IIN was issued to a man, but “{{field}}” gives the other sex: check the IIN and the sex',
    iinSexMismatchFemale:
      'This IIN was issued to a woman, but “{{field}}” gives the other sex: check the IIN and the sex',
    foreignLanguage:
      'This answer is not in the document’s language (the document is in {{doc}}): “{{fragment}}”',
    lookalikeFixed:
      'Latin letters inside a Cyrillic word were replaced: “{{from}}” → “{{to}}”. Check the spelling',
    tooFewItems_one: 'At least {{count}} entry needed',
    tooFewItems_other: 'At least {{count}} entries needed',
    tooManyItems_one: 'At most {{count}} entry',
    tooManyItems_other: 'At most {{count}} entries',
    unknownField: 'Unknown field "{{field}}"',
    notABoolean: 'Answer yes or no',
    notText: 'Text expected',
    notAList: 'A list expected',
    notAnObject: 'A set of fields expected',
    notAPerson: 'Last name, first name and sex expected',
    personNameMissing: 'Give both the last and the first name',
    personSexMissing: 'Give the sex (needed for declension)',
    holidaysUnverified:
      'Holidays for {{year}}: day-off transfers or movable holidays are not verified in the table — check the deadline against the official calendar',
    holidaysUnknown: 'Holidays for {{year}} are unknown — verify the deadline',
    renderCrashed:
      'The filing was not made: processing failed (for example, out of memory on a very long text); other rows are unaffected. {{detail}}',
    renderFailed: 'The filing was not made: {{detail}}',
    courtUnverified:
      'The court’s name is not verified — check it: “{{name}}” comes from a list of courts not checked against an official one',
    regionNotChosen:
      'No region chosen: “{{value}}” is the default (Almaty). Choose the matter’s region or check the field',
    unknownRegion: 'Unknown region “{{region}}”. Known: {{known}}',
    regionDefaultMismatch:
      'A default for another region is left: “{{value}}”, but the matter’s region is {{region}}. Give the body of this region',
  },
  cli: {
    usage:
      'Usage: refuge <command>\n  templates [--json]                         list the filings\n  describe <id> [--json]                     print a filing\'s manifest\n  validate <id> <answers.json> [--json]      check answers (exit 2 with every error)\n  render <id> <answers.json> -o <file.pdf|file.docx> [--lang ru|kk|en]\n         [--pdfa]                            PDF/A-2b for archives and e-filing\n  blank <id> -o <file.pdf|file.docx> [--lang ru|kk|en] [--choices answers.json]\n                                             a blank form to fill in by hand\n  family-applications <answers.json> -o <dir>\n                                             a refugee application for each adult family member,\n                                             prefilled from this one\n  triage --place … --decision … [--decision-date D] [--detention-date D] [--asylum-pending]\n         [--matter <id>]                     what happened: every filing that applies, soonest first\n  deadlines [--ics <file.ics>] [--names]     open deadlines of every matter; --ics: a calendar\n                                             (client names only with --names)\n  batch-template <id> -o <file.xlsx|file.csv>\n                                             a spreadsheet to fill in, one client a row\n  batch <id> <rows.csv|xlsx> -o <dir> [--format pdf,docx] [--jobs N] [--name "…"]\n         [--force] [--pdfa]                  a filing for every row; report.csv beside them\n  vault init|list|passwd [--keep-key]|export <file> [--matter <id>]|import <file>|wipe\n                                             the encrypted vault (asks for the passphrase)\n  matter new <id> <answers.json> | show <id> | draft <id> <templateId> <answers.json>\n         | attach <id> <file>… | files <id> | detach <id> <fileId>\n                                             matters in the vault: drafts, deadlines, files\n  bundle <matter> <filing> -o <bundle.pdf> [--index] [--dpi 150]\n                                             the filing with its annexes, numbered, in one PDF\n  lint [templates-dir]                       check templates against their manifests\n  cites [<id>] [--unverified] [--markdown]   the cites filings print, verified or not, and where\n  pack inspect|import <file.refugepack>      verify a template update, show what changes, install\n  pack status | keygen -o <dir> | build <dir> --key <private.pem> -o <file>   (see docs/template-packs.md)\n  bench [--json]                             measure against pdfmake and docxtemplater\nAny command: --today YYYY-MM-DD (or REFUGE_TODAY) computes as of that day instead of today.',
    unprintable:
      'CHECK: the font has no glyph for {{chars}} — they print as empty boxes; replace them',
    datePinned: 'Date pinned: today is taken as {{date}} (--today / REFUGE_TODAY).',
    badToday: '--today / REFUGE_TODAY must be a date YYYY-MM-DD, not «{{value}}»',
    sampleAsOf: 'A sample written for {{date}}: dates and deadlines are computed as of that day.',
    noAdultFamily: 'No adult family member is listed (adultFamily): nothing written.',
    citeVerified: 'verified  ',
    citeUnverified: 'UNVERIFIED',
    citeWhyUnverified: 'why it cannot be checked offline',
    valid: 'Answers are valid.',
    written: 'Written: {{file}} ({{bytes}} bytes)',
    invalidAnswers: 'The answers have errors:',
    usageError: 'Wrong usage',
    unknownCommand: 'unknown command "{{command}}"',
    unknownTemplate: 'No filing "{{id}}". See: refuge templates',
    noLanguage: 'Filing "{{id}}" has no "{{lang}}" version.',
    badJson: 'The answers file is not valid JSON: {{detail}}',
    pdfaNeedsPdf: '--pdfa makes a PDF/A file: the output must end in .pdf, not {{file}}',
    badExtension: 'the output must end in .pdf or .docx: {{file}}',
    fileError: 'File problem ({{code}}): {{detail}}',
    templateBroken: 'The template is broken: {{detail}}',
    internalError: 'Could not produce the document: {{detail}}',
    unverifiedCite:
      'CHECK: unverified cite "{{text}}" ({{key}}) — confirm it against the official text before filing',
    autoDeclined: 'CHECK: "{{name}}" was declined automatically as "{{text}}"',
    undeclined: 'CHECK: "{{name}}" could not be declined and is printed as is',
    deadlineLine: 'Deadline: {{id}} — {{date}}',
    deadlinePassed: 'DEADLINE PASSED: {{id}} ended on {{date}}',
    lintClean: 'All templates pass.',
    bundleWritten: '{{file}}: {{pages}} pages (filing {{filing}}, annexes {{annexes}}), {{size}}',
    bundleNoDraft: 'The matter has no draft of {{id}}',
    attached: '{{id}}  {{name}}  {{pages}} sheet(s), {{size}}',
    noAttachments: 'No files attached.',
  },
  cliTriage: {
    triageUsage:
      'refuge triage --place {{place}} --decision {{decision}} [--decision-date DD.MM.YYYY] [--detention-date DD.MM.YYYY] [--asylum-pending] [--matter <id>] [--json]',
    badValue: '{{flag}}: «{{value}}» is not allowed; one of: {{allowed}}',
    badDate: '{{flag}}: «{{value}}» is not a date (DD.MM.YYYY or YYYY-MM-DD)',
    noTriage: 'Matter {{id}}: no «What happened?» answers yet — give --place and --decision',
    noTable: 'No «What happened?» table (triage.json) among the templates',
    nothing: 'No filing applies to these answers.',
    why: 'Why',
    noTerm: 'no term follows from the answers — file as soon as possible',
    passed: 'TERM PASSED',
    arguable: 'the safe date has passed, but a later reading still runs',
    wrongStage: 'NO LONGER APPLIES',
    wayOut: 'Way out',
    noDeadlines: 'No open deadlines.',
    icsWritten: 'Calendar written: {{file}} ({{count}} events){{names}}',
    icsNoNames: '; it holds no client names (--names to add them)',
    deadlinesUsage: 'refuge deadlines [--ics <file.ics>] [--names] [--passphrase-stdin]',
  },
  cliPack: {
    keygen:
      'Key {{id}}: {{dir}}/private.pem (keep it offline, never commit it) and {{dir}}/public.pem',
    built: 'Pack {{version}} signed with {{id}}: {{file}} ({{files}} files, {{bytes}} bytes)',
    verified:
      'Pack {{version}} of {{date}}, signed by {{holder}} ({{id}}). Installed now: {{installed}}.',
    none: 'none (built-in templates)',
    filingAdded: 'New filing: {{title}} {{version}}',
    filingChanged: 'Filing updated: {{title}} {{from}} → {{to}}',
    filingOlder: 'Filing in the pack is older, not used: {{title}} {{to}} (in use: {{from}})',
    citeAdded: 'New cite {{key}}: {{text}}',
    citeText: 'Cite corrected {{key}}: {{text}}',
    citeVerified: 'Cite {{key}}: verified {{from}} → {{to}}',
    partial: 'Shared block {{name}}: {{change}}',
    added: 'added',
    changed: 'changed',
    removed: 'removed',
    yes: 'yes',
    no: 'no',
    noChanges: 'No filing, cite or shared block changes.',
    installed:
      'Installed pack {{version}}. New drafts use it; existing drafts keep their version until re-rendered.',
    exists: '{{file}} exists: nothing was overwritten',
  },
  packErrors: {
    malformed: 'The file is not a Refuge template pack or is damaged. Nothing was changed.',
    unsigned:
      'The template pack is not signed. Only packs signed by the Refuge maintainers are installed. Nothing was changed.',
    tampered:
      'The template pack was altered after it was signed (a signature or checksum does not match). Do not install it. Nothing was changed.',
    unknownKey:
      'The pack is signed with an unknown key, not the Refuge maintainers’ key. Nothing was changed.',
    replayed:
      'This template pack is not newer than the installed one (pack {{version}}, installed {{installed}}). Nothing was changed.',
    badTemplates: 'The templates in the pack have errors and cannot be used. Nothing was changed.',
    stateLost:
      'The record of installed template packs was deleted or replaced: the vault remembers pack {{floor}}, the packs folder shows {{installed}}. This looks like tampering, not a fresh install; nothing was changed. Install pack {{floor}} or newer.',
    packMissing:
      'Installed template pack {{floor}} was removed from the packs folder: new documents would be drafted with older templates: {{older}}. This looks like tampering. Install pack {{floor}} or newer, and check the documents drafted since it was removed.',
    tooLarge: 'The file is too large for a template pack. Nothing was changed.',
    olderBuiltIn: 'the built-in templates',
    olderPack: 'pack {{installed}}',
    loadWarning:
      'The installed template pack {{version}} failed its signature check and is not used: the built-in templates apply. Install the pack again.',
  },
  attachments: {
    empty: '“{{place}}”: the file is empty',
    tooLarge:
      '“{{place}}”: the file is larger than {{limit}} MB — scan at a lower resolution or split it',
    unsupportedType:
      '“{{place}}”: this is not a PDF, JPEG or PNG (checked by its content, not its name)',
    pdfEncrypted:
      '“{{place}}”: the PDF is password-protected — save an unprotected copy and attach that',
    pdfBroken: '“{{place}}”: the PDF is damaged or cannot be read',
    imageBroken: '“{{place}}”: the image is damaged or cannot be read',
    imageTooLarge:
      '“{{place}}”: the image is {{width}}×{{height}} pixels, over the limit ({{megapixels}} MP, at most 16384 a side) — shrink it or scan at a lower resolution',
    imageTruncated:
      '“{{place}}”: the JPEG file is cut short (not copied to the end) — take the original file again',
    annexNotListed:
      'Attachment “{{place}}” has a file but is not in the filing’s list of attachments',
    annexMissing: 'Attachment “{{place}}”: its file was removed from the matter',
    pageMismatchNoCount:
      'Annex {{number}} “{{title}}”: the filing states no sheet count, the file has {{actual}}',
    pageMismatch:
      'Annex {{number}} “{{title}}”: the filing says {{stated}} sheet(s), the file has {{actual}} — check against the paper original',
  },
  deadlineText: {
    calendarNoCarryOver: 'consecutive days, no move off a day off',
    koapCarryOver: 'a last day on a day off moves to the next working day',
    koapWorkingDays: 'days off are left out of a term counted in days',
    custodyNoRollOver: 'custody terms do not move',
    upkRollOver: 'a last day on a day off moves to the next working day',
    custodyFirstDayCounted: 'the day of detention is the first day',
    custodyFromNextDay: 'the term runs from the day after detention',
    appkNoAppealInfo: 'six months if the refusal did not say how to appeal it',
    possibly: 'possibly',
    lastDayToday: 'last day today',
    lastDayTomorrow: 'last day tomorrow',
    passed_one: 'passed {{count}} day ago',
    passed_other: 'passed {{count}} days ago',
    left_one: '{{count}} day left',
    left_other: '{{count}} days left',
  },
  vaultRepairs: {
    reasonDamaged: 'it was damaged',
    reasonMissing: 'it was missing',
    reasonMismatch: 'it disagreed with the records',
    reasonInterrupted: 'a write was interrupted',
    reasonMigrated: 'the vault format was updated',
    interruptedWrite: 'An earlier write was interrupted{{who}}; the vault was checked',
    tempFilesRemoved: 'Temporary files of interrupted writes removed: {{count}}',
    migrated: 'The vault was updated to format {{to}} (was {{from}}); nothing was lost',
    indexRebuilt: 'The list of matters was rebuilt from the records ({{reason}}): {{counts}}',
    damagedRecord: 'Record "{{id}}" is damaged and cannot be read; the other records still open',
    busy: 'The vault is busy: another Refuge program{{who}} is writing to it. Nothing was changed — try again in a moment, or close that program.',
    skipped: 'Saved without the damaged records ({{count}}): {{list}}',
  },
  menu: {
    file: 'File',
    lock: 'Lock the vault',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    about: 'About',
    hide: 'Hide',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close window',
    front: 'Bring all to front',
  },
  ics: {
    calendarName: 'Refuge — deadlines',
    matter: 'Matter',
  },
  citeNotes: {
    typedSource: 'typed by hand; not among the verified cites',
    unverifiedMark: '[unverified]',
  },
  vaultWipe: { confirmation: 'WIPE' },
  apiErrors: {
    invalidPayload: 'Invalid request',
    unknownTemplate: 'No such filing',
    invalidAnswers: 'The answers have errors',
    internal: 'The action could not be completed',
    locked: 'The vault is locked — enter the passphrase',
    badSpreadsheet:
      'The spreadsheet could not be read: a CSV or XLSX file with column names in the first row is needed',
    notABackup: 'This is not a Refuge backup file',
    unsupportedKdf:
      'The file asks for key settings Refuge never writes (it was crafted or damaged). Refused before any work; nothing was changed.',
    noVault: 'No vault has been created yet',
    vaultExists: 'A vault already exists',
    wrongPassphrase: 'Wrong passphrase. Nothing was changed.',
    weakPassphrase: 'The passphrase needs at least 8 characters',
    tampered: 'A vault record is damaged or was altered; the other records still open',
    diskFull: 'The disk is full: nothing was saved, the previous version is intact',
    readOnly: 'The folder is read-only: nothing was saved, the previous version is intact',
    notFound: 'Not found',
    badAttachment: 'The file was not accepted',
    packRefused: 'The template pack was refused. Nothing was changed.',
    vaultBusy:
      'Another Refuge program is writing to the vault. Nothing was changed — try again in a moment',
    confirmationMismatch: 'The confirmation does not match — the vault was not wiped',
    vaultNewer:
      'The vault was written by a newer version of Refuge — update the app. Nothing was changed.',
  },
  spreadsheetLimits: {
    fileTooLarge: '“{{file}}”: the file is larger than {{limit}} MB — split the table',
    unpackedTooLarge:
      '“{{file}}”: unpacked, the workbook is over {{limit}} MB — it is damaged or crafted, or split the table',
    tooManyRows: '“{{file}}”: a sheet has more than {{limit}} rows — split the table',
    tooManyCells: '“{{file}}”: more than {{limit}} cells — split the table',
  },
  batchColumns: {
    lastName: 'last name',
    firstName: 'first name',
    middleName: 'patronymic',
    sex: 'sex',
    latinName: 'in Latin letters',
    rowIdLabel: 'row id — ties the row to sheet',
  },
  fileNames: {
    blankSuffix: 'blank form',
    batchTemplateSuffix: 'spreadsheet template',
    bundleSuffix: 'with annexes',
  },
};

export default messages;
