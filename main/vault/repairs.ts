/**
 * What opening (or using) a vault repaired, and how to say it to the user. The records are the
 * truth; the index, temp files and locks are derived or disposable, so a repair never loses
 * a saved record — but the user is told, because a repair means something went wrong before.
 * The words are the `vaultRepairs` section of the one table per language (common/locales/).
 */
import { localize, type TextKey } from '../../common/locales/index.ts';
import type { Lang } from '../../common/manifest.ts';

export type IndexRebuildReason = 'damaged' | 'missing' | 'mismatch' | 'interrupted' | 'migrated';

export type VaultRepair =
  /** A writer died holding the lock (pid 0: an unreadable lock file). */
  | { readonly kind: 'interruptedWrite'; readonly pid: number; readonly host: string }
  | { readonly kind: 'tempFilesRemoved'; readonly count: number }
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number }
  | {
      readonly kind: 'indexRebuilt';
      readonly reason: IndexRebuildReason;
      /** Matters the old index did not list, and entries it listed with no record behind them. */
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  | { readonly kind: 'damagedRecord'; readonly id: string };

const REASON = {
  damaged: 'vaultRepairs.reasonDamaged',
  missing: 'vaultRepairs.reasonMissing',
  mismatch: 'vaultRepairs.reasonMismatch',
  interrupted: 'vaultRepairs.reasonInterrupted',
  migrated: 'vaultRepairs.reasonMigrated',
} as const satisfies Record<IndexRebuildReason, TextKey>;

/** One line for the CLI and the app, in the user's language. */
export function describeRepair(r: VaultRepair, lang: Lang): string {
  switch (r.kind) {
    case 'interruptedWrite': {
      const who = r.pid === 0 ? '' : ` (${r.pid}${r.host ? `, ${r.host}` : ''})`;
      return localize(lang, 'vaultRepairs.interruptedWrite', { who });
    }
    case 'tempFilesRemoved':
      return localize(lang, 'vaultRepairs.tempFilesRemoved', { count: r.count });
    case 'migrated':
      return localize(lang, 'vaultRepairs.migrated', { from: r.from, to: r.to });
    case 'indexRebuilt':
      return localize(lang, 'vaultRepairs.indexRebuilt', {
        reason: localize(lang, REASON[r.reason]),
        counts: `+${r.added.length} −${r.removed.length}`,
      });
    case 'damagedRecord':
      return localize(lang, 'vaultRepairs.damagedRecord', { id: r.id });
  }
}

/** The vault's lock is held by a live process (VaultBusyError): which one, in the user's words. */
export function describeBusy(pid: number, host: string, lang: Lang): string {
  const who = pid === 0 ? '' : host ? ` (${pid}, ${host})` : ` (${pid})`;
  return localize(lang, 'vaultRepairs.busy', { who });
}

/** `vault export` left damaged records out and saved the rest. */
export function describeSkipped(ids: readonly string[], lang: Lang): string {
  return localize(lang, 'vaultRepairs.skipped', { count: ids.length, list: ids.join(', ') });
}
