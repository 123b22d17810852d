/**
 * Tinos (metric-compatible with Times New Roman; covers Russian and Kazakh) from its npm package —
 * never a system font. Read once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontBytes } from './engine/typeset/fonts.ts';

const require = createRequire(import.meta.url);

export function fontPaths(): Record<keyof FontBytes, string> {
  const resolve = (file: string): string => require.resolve(`@expo-google-fonts/tinos/${file}`);
  return {
    regular: resolve('400Regular/Tinos_400Regular.ttf'),
    bold: resolve('700Bold/Tinos_700Bold.ttf'),
    italic: resolve('400Regular_Italic/Tinos_400Regular_Italic.ttf'),
    boldItalic: resolve('700Bold_Italic/Tinos_700Bold_Italic.ttf'),
  };
}

let cached: FontBytes | undefined;

export function loadFontBytes(): FontBytes {
  if (cached) return cached;
  const paths = fontPaths();
  cached = {
    regular: readFileSync(paths.regular),
    bold: readFileSync(paths.bold),
    italic: readFileSync(paths.italic),
    boldItalic: readFileSync(paths.boldItalic),
  };
  return cached;
}
