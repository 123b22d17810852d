/**
 * Nothing a user reads links outside the repository: the team's working notes live beside the
 * project, not in it, so a link there is dead for anyone who clones Refuge. Every relative link in
 * the docs, READMEs and the cite table's sources must name a file the repository holds.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const tracked = execFileSync('git', ['ls-files', '*.md', 'templates/cites.json'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f !== '' && existsSync(f));

/** Markdown links `[text](target)`, without web addresses and in-page anchors. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] as string).replace(/#.*$/, ''))
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

describe('documentation stays inside the repository', () => {
  it('finds the files it checks', () => {
    expect(tracked).toContain('README.md');
    expect(tracked).toContain('docs/legal/verification.md');
  });

  it.each(tracked)('%s names no working note outside the repository', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\.\.\/shared\b|\/work\/shared|\bVERIFIED\.md|\bKZ-LAW\.md/);
  });

  it.each(tracked.filter((f) => f.endsWith('.md')))(
    'every relative link in %s names a file of the repository',
    (file) => {
      for (const target of relativeLinks(readFileSync(file, 'utf8'))) {
        const path = normalize(join(dirname(file), decodeURI(target)));
        expect(path.startsWith('..'), `${file} → ${target} leaves the repository`).toBe(false);
        expect(existsSync(path), `${file} → ${target} does not exist`).toBe(true);
      }
    },
  );
});
