import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The Electron binary cannot be installed under Node 20 / without its CDN; the preload is
  // tested against a recording stand-in for its two calls.
  resolve: {
    alias: { electron: new URL('./test/helpers/electron-stub.ts', import.meta.url).pathname },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/helpers/build-dist.ts'],
  },
});
