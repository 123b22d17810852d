/**
 * The build (dist/) renders the built-in templates from specs compiled at build time
 * (scripts/precompile-templates.ts → dist/precompiled/). Each must give the very document the
 * template compiled at run time gives, and a source that differs must never be served from them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSample } from '../../common/samples.ts';
import { createEngine } from '../../main/engine/render.ts';
import { usePrecompiledTemplates } from '../../main/engine/handlebars.ts';
import { loadTemplates, useValidatedJson } from '../../main/templates.ts';
import { precompiledFrom, validatedFrom } from '../../main/services.ts';
import { tempDir } from '../helpers/temp.ts';
import { loadFontBytes } from '../../main/fonts.ts';
import { loadHyphenator } from '../../main/engine/hyphenation/index.ts';
import type { Lang } from '../../common/lang.ts';

const loaded = loadTemplates();
const dir = tempDir('precompiled');
const build = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/precompile-templates.ts', dir],
  { encoding: 'utf8' },
);

function engine() {
  return createEngine({
    loadFonts: loadFontBytes,
    loadBreaker: loadHyphenator,
    templates: loaded.templates,
    cites: loaded.cites,
    partials: loaded.partials,
  });
}

afterEach(() => {
  usePrecompiledTemplates(() => undefined);
  useValidatedJson(() => undefined);
});

describe('templates precompiled at build time', () => {
  it('are written for every template and partial source', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const sources =
      loaded.templates.flatMap((t) => Object.values(t.sources)).length +
      Object.values(loaded.partials).flatMap((p) => Object.values(p.sources)).length;
    expect(readdirSync(dir).filter((f) => f.endsWith('.cjs')).length).toBe(sources);
  });

  it('give every sample the same document as templates compiled at run time', () => {
    const lookup = precompiledFrom(dir);
    let found = 0;
    let missed = 0;
    usePrecompiledTemplates((source) => {
      const hit = lookup(source);
      if (hit) found++;
      else missed++;
      return hit;
    });
    const requests = loaded.templates.flatMap((t) => {
      const folder = join('templates', t.manifest.id, 'samples');
      return readdirSync(folder)
        .filter((f) => f.endsWith('.json'))
        .map((file) => {
          const { answers, sample } = splitSample(
            JSON.parse(readFileSync(join(folder, file), 'utf8')),
          );
          const lang: Lang = file.includes('.kk.')
            ? 'kk'
            : t.manifest.languages.includes('ru')
              ? 'ru'
              : (t.manifest.languages[0] as Lang);
          return { templateId: t.manifest.id, answers, lang, today: sample?.asOf ?? '2026-11-25' };
        });
    });
    // Templates compile on first use, so each engine builds everything under its own lookup.
    const fromBuild = engine();
    const built = requests.map((r) => fromBuild.build(r));
    usePrecompiledTemplates(() => undefined);
    const atRunTime = engine();
    const compiled = requests.map((r) => atRunTime.build(r));
    requests.forEach((r, i) => {
      expect([r.templateId, r.lang, built[i]?.document]).toEqual([
        r.templateId,
        r.lang,
        compiled[i]?.document,
      ]);
      expect(built[i]?.preflight).toEqual(compiled[i]?.preflight);
    });
    const rendered = requests.length;
    expect(rendered).toBeGreaterThan(10);
    // Every template, language and partial the samples use came from the build.
    expect(missed).toBe(0);
    expect(found).toBeGreaterThan(loaded.templates.length);
  });

  it('are not used for a source that differs from the one built', () => {
    usePrecompiledTemplates(precompiledFrom(dir));
    const [first] = loaded.templates;
    if (!first) throw new Error('no templates');
    const lang = first.manifest.languages[0] as Lang;
    const source = first.sources[lang] ?? '';
    expect(precompiledFrom(dir)(source)).toBeDefined();
    expect(precompiledFrom(dir)(`${source} `)).toBeUndefined();
    expect(precompiledFrom(dir)(source.replace('{{', '{{{').replace('}}', '}}}'))).toBeUndefined();
  });

  it('give the manifests and the tables exactly as validating them at run time does', () => {
    const lookup = validatedFrom(dir);
    const kinds: string[] = [];
    useValidatedJson((kind, text) => {
      const value = lookup(kind, text);
      kinds.push(`${kind}:${value === undefined ? 'miss' : 'hit'}`);
      return value;
    });
    const fromBuild = loadTemplates();
    useValidatedJson(() => undefined);
    expect(fromBuild).toStrictEqual(loadTemplates());
    // Nothing of the built-in set is validated again at run time (templates/ has no holidays.json).
    expect(kinds).toEqual([
      'cites:hit',
      'partials:hit',
      'triage:hit',
      'courts:hit',
      ...loaded.templates.map(() => 'manifest:hit'),
    ]);
    // A text that differs by one character is validated again, never taken from the build.
    const cites = readFileSync(join('templates', 'cites.json'), 'utf8');
    expect(lookup('cites', cites)).toBeDefined();
    expect(lookup('cites', `${cites} `)).toBeUndefined();
  });
});
