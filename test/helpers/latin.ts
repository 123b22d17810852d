/**
 * Visible words in Latin letters, minus the names that are Latin in every language and the
 * identifiers a user types as they are (column names such as `children1_name`, file names such as
 * `report.csv`: anything with a digit, an underscore or a dot inside).
 */
export function latinWords(text: string): string[] {
  const allowed = new Set([
    'Refuge',
    'refuge', // the backup file's extension, .refuge
    'refugepack', // a template pack's extension
    'PDF',
    'DOCX',
    'CSV',
    'XLSX',
    'JPEG', // file types a lawyer attaches, named as every scanner names them
    'PNG',
    'DPI',
    'id', // the column that ties a group's sheet (the children) to its rows
    'Ctrl',
    'Shift',
    'L',
    'English',
    'BitLocker',
    'FileVault',
    'LUKS',
  ]);
  const withoutIdentifiers = text.replace(/\b\w*[A-Za-z]\w*(?:[._]\w+|\d\w*)+\b/g, ' ');
  return (withoutIdentifiers.match(/[A-Za-z][A-Za-z-]+/g) ?? []).filter((w) => !allowed.has(w));
}
