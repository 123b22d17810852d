/**
 * Tinos (metric-compatible with Times New Roman; covers Russian and Kazakh) — never a system font.
 * The build copies it into dist/fonts (the package ships no node_modules); from sources it comes
 * from its npm package. Read once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { perFaceLazily, type FontBytes } from './engine/index.ts';

const require = createRequire(import.meta.url);

export function fontPaths(): Record<keyof FontBytes, string> {
  const beside = fileURLToPath(new URL('./fonts/', import.meta.url));
  const built = existsSync(beside);
  const resolve = (file: string): string =>
    built
      ? `${beside}${file.split('/')[1] ?? file}`
      : require.resolve(`@expo-google-fonts/tinos/${file}`);
  return {
    regular: resolve('400Regular/Tinos_400Regular.ttf'),
    bold: resolve('700Bold/Tinos_700Bold.ttf'),
    italic: resolve('400Regular_Italic/Tinos_400Regular_Italic.ttf'),
    boldItalic: resolve('700Bold_Italic/Tinos_700Bold_Italic.ttf'),
  };
}

let cached: FontBytes | undefined;

/**
 * The four faces, each read from disk when first asked for (the engine parses a face only when a
 * document draws with it): a filing without italics never reads them.
 */
export function loadFontBytes(): FontBytes {
  if (cached) return cached;
  const paths = fontPaths();
  cached = perFaceLazily((face) => readFileSync(paths[face]));
  return cached;
}
