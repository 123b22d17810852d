/** Visible words in Latin letters, minus the names that are Latin in every language. */
export function latinWords(text: string): string[] {
  const allowed = new Set([
    'Refuge',
    'refuge', // the backup file's extension, .refuge
    'PDF',
    'DOCX',
    'Ctrl',
    'Shift',
    'L',
    'English',
    'BitLocker',
    'FileVault',
    'LUKS',
  ]);
  return (text.match(/[A-Za-z][A-Za-z-]+/g) ?? []).filter((w) => !allowed.has(w));
}
