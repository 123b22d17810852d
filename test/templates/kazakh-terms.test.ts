/**
 * The Law «О беженцах» in Kazakh calls an asylum seeker «пана іздеген адам» (VERIFIED row 10g);
 * «баспана іздеуші» means someone looking for housing. No Kazakh text we ship may use it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), keep) : keep(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('the Kazakh term for an asylum seeker', () => {
  const shipped = [
    ...files('templates', (n) => n.endsWith('.json') || n.endsWith('.hbs') || n.endsWith('.md')),
    ...files('common/locales', (n) => n.endsWith('.ts')),
    'common/messages.ts',
  ];

  it('is never «баспана іздеуші» (housing seeker)', () => {
    const offending = shipped.filter((f) => /баспана/iu.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('is «пана іздеген адам» in the Kazakh labels of the asylum seeker certificate', () => {
    const manifest = JSON.parse(
      readFileSync('templates/refugee-refusal-complaint/manifest.json', 'utf8'),
    ) as { fields: { key: string; label: { kk: string } }[] };
    expect(manifest.fields.find((f) => f.key === 'applicant')?.label.kk).toBe(
      'Пана іздеген адам (босқын)',
    );
  });
});
