import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = [
  'fs',
  'fs/promises',
  'child_process',
  'node:fs',
  'node:fs/promises',
  'node:child_process',
];
const noFsPatterns = nodeBuiltins.map((name) => ({
  name,
  message: 'engine and common are pure: no file system, no processes',
}));
const zodPath = {
  name: 'zod',
  message: 'import { z } from common/zod.ts: zod configured never to generate code (no eval)',
};

// The engine's one front door (main/engine/index.ts): nothing outside main/engine/ reaches past
// it, so the engine's files can be split and moved freely. Tests may import internals.
const engineFacade = {
  group: ['**/engine/**', '!**/engine/index.ts'],
  message: 'import the engine through main/engine/index.ts only',
};

// The one-way rule between layers (docs/ARCHITECTURE.md): front doors → app → services → engine
// → common. The front doors reach the services only through main/app/ (the use cases), so the
// window and the CLI cannot drift apart again; the services never look back up.
const serviceFolders = [
  '**/vault/**',
  '**/batch/**',
  '**/bundle/**',
  '**/packs/**',
  '**/workers/**',
  '**/engine/**',
  '**/services.ts',
];
const frontDoorDirection = {
  group: serviceFolders,
  message: 'main/ipc and main/cli call the use cases in main/app/, never a service directly',
  allowTypeImports: true,
};
const serviceDirection = {
  group: ['**/api.ts', '**/main/api', '**/app/**', '**/ipc/**', '**/cli/**'],
  message: 'services never import the IPC contract (main/api.ts), main/app, main/ipc or main/cli',
};

// One clock (common/clock.ts): deadlines, stamps and PDF dates never read the machine's time
// directly, so tests and `--today` can pin the calendar. Durations use performance.now().
const clockRule = [
  'error',
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'ask common/clock.ts (clock.now()), never new Date()',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'ask common/clock.ts (clock.nowMs()), or performance.now() for a duration',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'test-results/**',
      'coverage/**',
      'types/electron/**',
      'refuge-exports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.mjs', '**/*.cjs', 'bin/**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        require: 'readonly',
        module: 'readonly',
      },
    },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': clockRule,
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [zodPath] }],
    },
  },
  {
    files: ['main/**', 'bench/**', 'scripts/**'],
    ignores: ['main/engine/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [zodPath], patterns: [engineFacade] },
      ],
    },
  },
  {
    files: ['main/engine/**', 'common/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...noFsPatterns,
            zodPath,
            { name: 'electron', message: 'engine and common never touch Electron' },
          ],
          patterns: [
            {
              group: ['**/vault/**', '**/batch/**', '**/electron/**', '**/bridge/**', '**/cli/**'],
              message: 'dependencies point one way: services → engine → common',
              allowTypeImports: true,
            },
            serviceDirection,
          ],
        },
      ],
    },
  },
  {
    files: ['common/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...noFsPatterns, zodPath, { name: 'electron', message: 'common is pure' }],
          patterns: [
            {
              group: ['**/main/**', 'node:*'],
              message: 'common has no Node and no main',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [zodPath],
          patterns: [
            {
              group: ['**/main/**', '!**/main/api', '!**/main/api.ts'],
              message: 'the renderer imports common/ and types from main/api.ts only',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [zodPath],
          patterns: [
            { group: ['**/bridge/**'], message: 'the test bridge is never shipped' },
            engineFacade,
          ],
        },
      ],
    },
  },
  {
    files: ['main/ipc/**', 'main/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [zodPath], patterns: [frontDoorDirection, engineFacade] },
      ],
    },
  },
  {
    files: ['main/vault/**', 'main/batch/**', 'main/bundle/**', 'main/packs/**', 'main/workers/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [zodPath], patterns: [serviceDirection, engineFacade] },
      ],
    },
  },
  {
    // One error hook (renderer/src/errors.ts): a failed call's text is never rebuilt by hand.
    files: ['renderer/**'],
    ignores: ['renderer/src/errors.ts'],
    rules: {
      'no-restricted-syntax': [
        ...clockRule,
        {
          selector: "Literal[value='errors.internal']",
          message: 'show a failed call with useErrorText() from renderer/src/errors.ts',
        },
      ],
    },
  },
  { files: ['common/clock.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // Issue 20: a file of the app that grows past 500 lines is split by concern, not let drift.
  { files: ['main/**', 'renderer/**'], rules: { 'max-lines': ['error', { max: 500 }] } },
);
