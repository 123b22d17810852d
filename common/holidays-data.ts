/**
 * Kazakhstan's non-working days, per year, each with its source. A year missing here still has
 * the Law's fixed holidays and weekend rule (common/holidays.ts); its Kurban Ait and transfers are
 * reported as unknown — verify — rather than guessed.
 *
 * Fixed holidays: Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан»,
 * ст. 2–3 (ред. 19.04.2023): 1–2 Jan, 8 Mar, 21–23 Mar, 1 May, 7 May, 9 May, 6 Jul, 30 Aug,
 * 25 Oct, 16 Dec; ст. 5: a holiday on a weekend makes the next working day off.
 * Also days off: 7 January and the first day of Kurban Ait (Трудовой кодекс РК ст. 84 п. 5) — the
 * weekend rule of the Law is worded for its own holidays only and is not applied to these two.
 * Government transfers of days off (ТК ст. 85 п. 3) are decided yearly by decree.
 */

export interface Transfer {
  /** The working day that becomes a day off. */
  readonly dayOff: string;
  /** The weekend day that becomes a working day instead. */
  readonly workday: string;
  readonly decree: string;
  readonly verified: boolean;
}

export interface HolidayYear {
  readonly year: number;
  readonly kurbanAit: { readonly date: string; readonly verified: boolean; readonly note?: string };
  readonly transfers: readonly Transfer[];
  /** False until the year's transfer decree has been read into `transfers`. */
  readonly transfersKnown: boolean;
  readonly source: string;
}

const LAW =
  'Закон РК № 267-II «О праздниках» ст. 2–5 (ред. 19.04.2023); ТК РК ст. 84 п. 5 (verification.md 8a–8c)';

export const FIXED_HOLIDAYS: readonly string[] = [
  '01-01',
  '01-02',
  '03-08',
  '03-21',
  '03-22',
  '03-23',
  '05-01',
  '05-07',
  '05-09',
  '07-06',
  '08-30',
  '10-25',
  '12-16',
];
export const FIXED_DAYS_OFF_NO_SHIFT: readonly string[] = ['01-07'];

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2024,
    kurbanAit: { date: '2024-06-16', verified: true },
    transfers: [],
    transfersKnown: false,
    source: LAW,
  },
  {
    year: 2025,
    kurbanAit: { date: '2025-06-06', verified: true },
    // Reported by the Labour Ministry and the egov calendar (news reports; the decree's own text
    // has not been read): Sunday 5 January worked, Friday 3 January off.
    transfers: [
      {
        dayOff: '2025-01-03',
        workday: '2025-01-05',
        decree: 'Government transfer for 2025 (secondary sources: Labour Ministry, egov calendar)',
        verified: false,
      },
    ],
    transfersKnown: true,
    source: `${LAW}; calendar 2025 (Labour Ministry / egov via news reports)`,
  },
  {
    year: 2026,
    // The official 2026 calendar (egov.kz, reported by Kazinform on 02.01.2026:
    // https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6) names Kurban Ait
    // on 27 May and moves days off only by the Law's ст. 5 weekend rule: 9 Mar, 24–25 Mar,
    // 11 May, 31 Aug, 26 Oct. No Government transfer decree for 2026. Its 15 weekday days off
    // are asserted in test/common/deadlines.test.ts.
    kurbanAit: { date: '2026-05-27', verified: true },
    transfers: [],
    transfersKnown: true,
    source: `${LAW}; calendar 2026 (egov.kz via Kazinform, 02.01.2026)`,
  },
  {
    year: 2027,
    kurbanAit: {
      date: '2027-05-16',
      verified: false,
      note: 'astronomical estimate; the Government publishes the date',
    },
    transfers: [],
    transfersKnown: false,
    source: LAW,
  },
];
