/**
 * The window shows a failed call through one hook (renderer/src/errors.ts): lint refuses the
 * generic message's key anywhere else, so the 34 hand-made copies cannot grow back. The clock
 * rule must still hold in the renderer, since both live in the same ESLint option.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function syntaxRefusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('the renderer shows failed calls through useErrorText only', () => {
  it('refuses the generic message rebuilt by hand in a screen', async () => {
    const found = await syntaxRefusals(
      'renderer/src/screens/Probe.tsx',
      "declare const t: (k: string) => string;\nexport const text = (m: string) => m || t('errors.internal');\n",
    );
    expect(found).toEqual(['show a failed call with useErrorText() from renderer/src/errors.ts']);
  });

  it('allows it in the hook itself', async () => {
    expect(
      await syntaxRefusals(
        'renderer/src/errors.ts',
        "declare const t: (k: string) => string;\nexport const text = t('errors.internal');\n",
      ),
    ).toEqual([]);
  });

  it('still refuses the wall clock in the renderer', async () => {
    const found = await syntaxRefusals(
      'renderer/src/screens/Probe.tsx',
      'export const d = new Date();\n',
    );
    expect(found).toEqual(['ask common/clock.ts (clock.now()), never new Date()']);
  });
});
