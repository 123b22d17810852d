/**
 * Which cites each filing prints — in every language, through the shared partials too — so the
 * README of a filing, the `refuge cites` list and the pre-flight all answer from one table.
 */
import Handlebars from 'handlebars';
import type { CiteTable, PartialTable, FilingTemplate } from './engine/index.ts';

const CITE_CALL = /\{\{[^}]*\bcite\s+"([^"]+)"/g;

function partialsCalled(source: string): string[] {
  const names: string[] = [];
  const visit = (node: hbs.AST.Node | null | undefined): void => {
    if (!node) return;
    if (node.type === 'Program') for (const child of (node as hbs.AST.Program).body) visit(child);
    if (node.type === 'BlockStatement') {
      visit((node as hbs.AST.BlockStatement).program);
      visit((node as hbs.AST.BlockStatement).inverse);
    }
    if (node.type === 'PartialStatement') {
      const name = (node as hbs.AST.PartialStatement).name;
      if (name.type === 'PathExpression') names.push((name as hbs.AST.PathExpression).original);
    }
  };
  visit(Handlebars.parse(source));
  return names;
}

/** Cite keys a filing prints, in order of first appearance, across its languages and partials. */
export function citesOfFiling(template: FilingTemplate, partials: PartialTable): string[] {
  const keys = new Set<string>();
  for (const lang of template.manifest.languages) {
    const source = template.sources[lang] ?? '';
    for (const m of source.matchAll(CITE_CALL)) keys.add(m[1] ?? '');
    for (const name of partialsCalled(source)) {
      const partial = partials[name]?.sources[lang] ?? '';
      for (const m of partial.matchAll(CITE_CALL)) keys.add(m[1] ?? '');
    }
  }
  for (const key of template.manifest.legalBasis) keys.add(key);
  for (const d of template.manifest.deadlines) {
    for (const key of d.basis) keys.add(key);
    // A later reading is shown beside the deadline and argued in the filing: its basis is a cite too.
    for (const alt of d.alternatives) for (const key of alt.basis) keys.add(key);
  }
  keys.delete('');
  return [...keys];
}

/** The Markdown table a filing's README carries (`refuge cites <id> --markdown`). */
export function citeTableMarkdown(keys: readonly string[], cites: CiteTable): string {
  const rows = keys.map((key) => {
    const cite = cites[key];
    if (!cite) return `| \`${key}\` | — | **MISSING from cites.json** | — |`;
    const status = cite.verified ? 'verified (unofficial mirror)' : '**UNVERIFIED**';
    return `| \`${key}\` | ${cite.ru} | ${status} | ${cite.source.replace(/\|/g, '\\|')} |`;
  });
  return ['| cite | text (ru) | status | source |', '|---|---|---|---|', ...rows].join('\n');
}
