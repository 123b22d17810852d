/**
 * Kazakhstan IIN (ЖСН): 12 digits — YYMMDD, century+sex digit, serial, check digit.
 * Check digit: Σ d_i·i (i = 1..11) mod 11; if 10, again with weights 3,4,5,6,7,8,9,10,11,1,2;
 * if 10 again the number is invalid (ПП РК от 11.06.2003 № 565; law-notes.md §7.5).
 */
import { isValidIsoDate } from './dates.ts';

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export function iinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const sum = (weights: number[]): number =>
    digits.reduce((acc, d, i) => acc + d * (weights[i] ?? 0), 0) % 11;
  let s = sum(W1);
  if (s === 10) s = sum(W2);
  return s === 10 ? null : s;
}

export type IinResult =
  | { ok: true; birthDate: string | null; sex: 'male' | 'female' | null }
  | { ok: false; reason: 'format' | 'checksum' | 'date' };

export function validateIin(input: string): IinResult {
  if (!/^\d{12}$/.test(input)) return { ok: false, reason: 'format' };
  const check = iinCheckDigit(input.slice(0, 11));
  if (check === null || check !== Number(input[11])) return { ok: false, reason: 'checksum' };
  const centuryDigit = Number(input[6]);
  // 1–6: a person; 0 and 7–9 are used for entities/other schemes: no birth date to check.
  if (centuryDigit < 1 || centuryDigit > 6) return { ok: true, birthDate: null, sex: null };
  const century = centuryDigit <= 2 ? 1800 : centuryDigit <= 4 ? 1900 : 2000;
  const date = `${century + Number(input.slice(0, 2))}-${input.slice(2, 4)}-${input.slice(4, 6)}`;
  if (!isValidIsoDate(date)) return { ok: false, reason: 'date' };
  return { ok: true, birthDate: date, sex: centuryDigit % 2 === 1 ? 'male' : 'female' };
}
