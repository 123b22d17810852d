/** File names Refuge writes or stores, from text a person (or an attacker) typed. */
import { stripBidiFromName } from './text.ts';

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name that is safe on Windows, macOS and Linux; Cyrillic and Kazakh letters are kept.
 * The one sanitiser of every name Refuge writes or stores (exports, batch files, attachments):
 * bidi controls go too, so no name can show «fdp.exe» reversed as «exe.pdf».
 */
export function safeFileName(raw: string): string {
  let name = stripBidiFromName(raw)
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in names
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (name === '' || /^\.+$/.test(name)) name = 'filing';
  if (RESERVED.test(name.split('.')[0] ?? '')) name = `_${name}`;
  // ≤ 200 UTF-8 bytes leaves room for " (12).docx" within the 255-byte limit.
  while (Buffer.byteLength(name, 'utf8') > 200) name = [...name].slice(0, -1).join('');
  return name;
}

/**
 * Who a file is about, as its default name says it. Names of saved files travel (USB sticks,
 * recent-file lists the OS keeps — `dontAddToRecent` works on Windows only), so by default only
 * the client's initials appear: «Ж. А.», never «Жылдызбаева». `includeNames` (a preference the
 * lawyer sets) gives the surname, as before.
 */
export function clientLabel(
  client: { readonly lastName?: string; readonly firstName?: string },
  includeNames: boolean,
): string {
  const last = stripBidiFromName(client.lastName ?? '').trim();
  const first = stripBidiFromName(client.firstName ?? '').trim();
  if (includeNames) return last;
  return [last, first]
    .map((part) => [...part][0] ?? '')
    .filter(Boolean)
    .map((letter) => `${letter.toLocaleUpperCase('ru')}.`)
    .join(' ');
}
