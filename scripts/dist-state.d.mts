// Types for dist-state.mjs (plain JavaScript: it runs before anything is built).
export declare const STAMP: string;
export declare function fingerprint(root: string): string;
export declare function distState(root: string): 'fresh' | 'missing' | 'stale';
