/**
 * Hit and miss counts of the engine's caches of rendered work (laid-out paragraphs, font
 * subsets, ToUnicode maps, hyphenated words). The bench prints them, so a figure that only
 * timed cached work says so. Counting is two integer increments per lookup.
 */
export type CacheName = 'paragraph' | 'subset' | 'cmap' | 'hyphenation';

export interface CacheCount {
  hits: number;
  misses: number;
}

const counts: Record<CacheName, CacheCount> = {
  paragraph: { hits: 0, misses: 0 },
  subset: { hits: 0, misses: 0 },
  cmap: { hits: 0, misses: 0 },
  hyphenation: { hits: 0, misses: 0 },
};

export function countCache(name: CacheName, hit: boolean): void {
  if (hit) counts[name].hits++;
  else counts[name].misses++;
}

/** A copy of the counts since the last reset. */
export function cacheStats(): Record<CacheName, CacheCount> {
  return {
    paragraph: { ...counts.paragraph },
    subset: { ...counts.subset },
    cmap: { ...counts.cmap },
    hyphenation: { ...counts.hyphenation },
  };
}

export function resetCacheStats(): void {
  for (const c of Object.values(counts)) {
    c.hits = 0;
    c.misses = 0;
  }
}
