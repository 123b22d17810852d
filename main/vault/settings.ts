/** Preferences that belong to one vault (e.g. auto-lock after N idle minutes), in its records. */
import { VaultError } from './errors.ts';
import type { VaultInternals } from './internals.ts';
import type { VaultSettings } from './types.ts';

const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 10 };

export function getSettings(v: VaultInternals): VaultSettings {
  try {
    return { ...DEFAULT_SETTINGS, ...v.get<Partial<VaultSettings>>('settings') };
  } catch (err) {
    if (err instanceof VaultError && err.code === 'notFound') return { ...DEFAULT_SETTINGS };
    throw err;
  }
}

export function putSettings(v: VaultInternals, settings: Partial<VaultSettings>): VaultSettings {
  return v.transaction(() => {
    const next = { ...getSettings(v), ...settings };
    if (
      !Number.isInteger(next.autoLockMinutes) ||
      next.autoLockMinutes < 1 ||
      next.autoLockMinutes > 240
    )
      throw new VaultError('notFound', 'Auto-lock must be between 1 and 240 minutes.');
    v.put('settings', next);
    return next;
  });
}
