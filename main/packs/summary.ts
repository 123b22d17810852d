/**
 * What importing a pack would change for new drafts, compared with what the app uses now:
 * filings added, filings whose version changes, cites corrected (text or verified flag) or
 * added, shared partials changed. Shown to the lawyer before they confirm.
 */
import type { Lang } from '../../common/lang.ts';
import type { LoadedTemplates } from '../templates.ts';
import type { CiteTable, PartialTable, FilingTemplate } from '../engine/index.ts';
import { compareVersions } from './template-library.ts';

export interface PackChanges {
  readonly filingsAdded: readonly {
    readonly id: string;
    readonly version: string;
    readonly title: Readonly<Record<Lang, string>>;
  }[];
  readonly filingsChanged: readonly {
    readonly id: string;
    readonly from: string;
    readonly to: string;
    readonly title: Readonly<Record<Lang, string>>;
    /** The pack's version is older than the one in use: it will not replace it. */
    readonly older: boolean;
  }[];
  readonly citesChanged: readonly {
    readonly key: string;
    readonly added: boolean;
    readonly textChanged: boolean;
    /** The verified flag before → after, when it changes. */
    readonly verified: { readonly from: boolean; readonly to: boolean } | null;
    readonly text: string;
  }[];
  readonly partialsChanged: readonly {
    readonly name: string;
    /** The block's name for the lawyer, by UI language (the id when the pack has none). */
    readonly title: Readonly<Record<Lang, string>>;
    readonly change: 'added' | 'changed' | 'removed';
  }[];
}

export function packChanges(
  current: {
    readonly templates: readonly FilingTemplate[];
    readonly cites: CiteTable;
    readonly partials: PartialTable;
  },
  incoming: LoadedTemplates,
): PackChanges {
  const now = new Map(current.templates.map((t) => [t.manifest.id, t.manifest]));
  const filingsAdded: PackChanges['filingsAdded'][number][] = [];
  const filingsChanged: PackChanges['filingsChanged'][number][] = [];
  for (const { manifest } of incoming.templates) {
    const before = now.get(manifest.id);
    if (!before)
      filingsAdded.push({ id: manifest.id, version: manifest.version, title: manifest.title });
    else if (before.version !== manifest.version)
      filingsChanged.push({
        id: manifest.id,
        from: before.version,
        to: manifest.version,
        title: manifest.title,
        older: compareVersions(manifest.version, before.version) < 0,
      });
  }
  const citesChanged: PackChanges['citesChanged'][number][] = [];
  for (const [key, cite] of Object.entries(incoming.cites)) {
    const before = Object.hasOwn(current.cites, key) ? current.cites[key] : undefined;
    const textChanged =
      !!before && (before.ru !== cite.ru || before.kk !== cite.kk || before.en !== cite.en);
    const verified =
      before && before.verified !== cite.verified
        ? { from: before.verified, to: cite.verified }
        : null;
    if (!before || textChanged || verified)
      citesChanged.push({ key, added: !before, textChanged, verified, text: cite.ru });
  }
  const partialsChanged: PackChanges['partialsChanged'][number][] = [];
  const names = new Set([...Object.keys(current.partials), ...Object.keys(incoming.partials)]);
  for (const name of [...names].sort()) {
    const a = current.partials[name];
    const b = incoming.partials[name];
    const title = b?.title ?? a?.title ?? { ru: name, kk: name, en: name };
    if (!a) partialsChanged.push({ name, title, change: 'added' });
    else if (!b) partialsChanged.push({ name, title, change: 'removed' });
    else if (JSON.stringify([a.params, a.sources]) !== JSON.stringify([b.params, b.sources]))
      partialsChanged.push({ name, title, change: 'changed' });
  }
  return { filingsAdded, filingsChanged, citesChanged, partialsChanged };
}
