/**
 * A shipped sample is a worked example written for one day: its `"$sample": { "asOf": … }` says
 * which, and it is rendered as of that day — the same deadlines, the same text, the same
 * pre-flight, whatever the date it is opened. Without that, every sample would fall past its
 * deadlines as the months go by and start demanding reasons for a late filing.
 * A lawyer's own answers file has no `$sample` and is computed as of today.
 */
import { isValidIsoDate, type IsoDate } from './dates.ts';

export const SAMPLE_KEY = '$sample';

export interface SampleInfo {
  /** The day the sample's dates were written for. */
  readonly asOf: IsoDate;
  /**
   * Deadlines the sample is meant to have missed by that day (it shows a late filing with its
   * restoration request); every other deadline must still be open. `refuge lint` holds it.
   */
  readonly late: readonly string[];
}

export class SampleHeaderError extends Error {
  constructor(readonly detail: string) {
    super(`"${SAMPLE_KEY}": ${detail}`);
    this.name = 'SampleHeaderError';
  }
}

/** Separates the `$sample` header from the answers; a malformed header is an error, not ignored. */
export function splitSample(json: unknown): { answers: unknown; sample: SampleInfo | null } {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !(SAMPLE_KEY in json))
    return { answers: json, sample: null };
  const { [SAMPLE_KEY]: header, ...answers } = json as Record<string, unknown>;
  const asOf =
    typeof header === 'object' && header !== null ? (header as { asOf?: unknown }).asOf : undefined;
  if (typeof asOf !== 'string' || !isValidIsoDate(asOf))
    throw new SampleHeaderError('needs "asOf": "YYYY-MM-DD", the day the sample is written for');
  const late = (header as { late?: unknown }).late ?? [];
  if (!Array.isArray(late) || !late.every((id): id is string => typeof id === 'string'))
    throw new SampleHeaderError('"late" lists deadline ids: ["complaint"]');
  return { answers, sample: { asOf, late } };
}
