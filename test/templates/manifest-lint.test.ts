/**
 * What `refuge lint` says of a manifest an author got subtly wrong: a key written twice in one
 * object (JSON keeps the last without a word), a later reading whose `when` names a field the
 * filing does not have, and an option's `warningWhen` naming a deadline it does not have.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintTemplates } from '../../main/app/lint.ts';
import { duplicateKeys } from '../../main/duplicate-keys.ts';
import { tempDir } from '../helpers/temp.ts';

function copyOfTemplates(
  name: string,
  id = 'refugee-application',
): { dir: string; manifest: string } {
  const dir = tempDir(name);
  cpSync('templates', dir, { recursive: true });
  return { dir, manifest: join(dir, id, 'manifest.json') };
}

/** Replaces `from` in a copied file, after checking it is there: the edit cannot silently miss. */
function rewrite(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('duplicate keys', () => {
  it('are found at any depth, with their line, and only where repeated in one object', () => {
    const json = '{\n  "a": 1,\n  "b": [{ "min": 1,\n "x": 2,\n "min": 0 }],\n  "c": { "a": 1 }\n}';
    expect(duplicateKeys(json)).toEqual([{ key: 'min', line: 5 }]);
    expect(duplicateKeys('{"a": {"a": {"a": 1}}}')).toEqual([]);
  });

  it('are named by the lint, file and line, in a filing that is otherwise clean', async () => {
    const { dir, manifest } = copyOfTemplates('lint-duplicate');
    const text = readFileSync(manifest, 'utf8').replace(
      '"id": "refugee-application",',
      '"id": "refugee-application",\n  "id": "refugee-application",',
    );
    writeFileSync(manifest, text);
    const problems = await lintTemplates(dir);
    expect(problems).toEqual([
      'refugee-application/manifest.json:4: "id" is written twice in one object; only the last counts',
    ]);
  });

  it('the shipped templates have none', async () => {
    expect(await lintTemplates()).toEqual([]);
  });
});

describe('a later reading with a condition', () => {
  it('naming an unknown field is reported', async () => {
    const { dir, manifest } = copyOfTemplates('lint-alternative-when');
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as {
      deadlines: { id: string; alternatives?: { when?: unknown }[] }[];
    };
    const irregular = parsed.deadlines.find((d) => d.id === 'applicationIrregular');
    const reading = irregular?.alternatives?.[0];
    expect(reading?.when).toEqual({ field: 'checkpointExisted', equals: true });
    if (reading) reading.when = { field: 'checkpoint', equals: true };
    writeFileSync(manifest, JSON.stringify(parsed));
    expect(await lintTemplates(dir)).toContain(
      `${join(dir, 'refugee-application')}/manifest.json: deadlines.applicationIrregular.alternatives[0].when refers to unknown field "checkpoint"`,
    );
  });
});

describe('an option warning with a condition', () => {
  it('naming an unknown deadline, or standing without its warning, is reported', async () => {
    const id = 'refugee-refusal-complaint';
    const { dir, manifest } = copyOfTemplates('lint-warning-when', id);
    rewrite(manifest, '"deadlinePassed": "complaintReview"', '"deadlinePassed": "review"');
    const where = `${join(dir, id)}/manifest.json: fields.claimBasis.options.complaintNotDecided.warningWhen`;
    expect(await lintTemplates(dir)).toContain(
      `${where}: deadlinePassed names unknown deadline "review"`,
    );
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as {
      fields: { key: string; options?: { value: string; warning?: unknown }[] }[];
    };
    const option = parsed.fields
      .find((f) => f.key === 'claimBasis')
      ?.options?.find((o) => o.value === 'complaintNotDecided');
    if (option) delete option.warning;
    writeFileSync(manifest, JSON.stringify(parsed));
    expect(await lintTemplates(dir)).toContain(`${where} goes with a warning`);
  });
});

describe('a sex tested by hand', () => {
  it('is reported in a filing and in a partial, with its line: a blank would address a man', async () => {
    const { dir } = copyOfTemplates('lint-sex');
    const filing = join(dir, 'supreme-court-complaint', 'template.ru.hbs');
    const text = readFileSync(filing, 'utf8');
    const helper = '{{bySex person "гражданина" "гражданки"}}';
    const line = text.slice(0, text.indexOf(helper)).split('\n').length;
    rewrite(filing, helper, '{{#if (eq person.sex "female")}}гражданки{{else}}гражданина{{/if}}');
    const partial = join(dir, 'partials', 'torture-risk.ru.hbs');
    writeFileSync(
      partial,
      readFileSync(partial, 'utf8') + '<p>{{#unless (ne "male" person.sex)}}он{{/unless}}</p>\n',
    );
    const problems = await lintTemplates(dir);
    expect(problems).toContain(
      `${join(dir, 'supreme-court-complaint')}/template.ru.hbs:${line}: (eq person.sex "female") words the text for a man when the sex is unknown; write {{bySex person "…" "…"}}`,
    );
    expect(
      problems.some((p) => p.startsWith(partial) && p.includes('(ne "male" person.sex)')),
    ).toBe(true);
  });
});

describe('askedFirst on a deadline', () => {
  it('is reported on a filing’s own term, which is asked first anyway', async () => {
    const id = 'supreme-court-complaint';
    const { dir, manifest } = copyOfTemplates('lint-asked-first', id);
    rewrite(manifest, '"id": "complaint",', '"id": "complaint",\n"askedFirst": true,');
    expect(await lintTemplates(dir)).toContain(
      `${join(dir, id)}/manifest.json: deadlines.complaint.askedFirst is for a related term (a filing's own is asked first anyway)`,
    );
  });
});
