/**
 * Keys written twice in one JSON object. JSON.parse keeps the last silently, so a manifest with
 * `"min": 1` and, further down the same field, `"min": 0` means 0 whatever its author meant
 * (refugee-application had exactly that). `refuge lint` names each one with its line, and
 * `refuge pack build` refuses to sign a folder that has one.
 */
import { parse, type ValueNode } from '@humanwhocodes/momoa';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DuplicateKey {
  readonly key: string;
  /** 1-based line of the repeated key. */
  readonly line: number;
}

export function duplicateKeys(json: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const visit = (node: ValueNode): void => {
    if (node.type === 'Array') for (const e of node.elements) visit(e.value);
    if (node.type !== 'Object') return;
    const seen = new Set<string>();
    for (const m of node.members) {
      const key = m.name.type === 'String' ? m.name.value : m.name.name;
      if (seen.has(key)) found.push({ key, line: m.name.loc.start.line });
      seen.add(key);
      visit(m.value);
    }
  };
  visit(parse(json).body);
  return found;
}

/** The lint's and the pack builder's words for one repeated key of the file at `path`. */
export function duplicateKeyMessage(path: string, d: DuplicateKey): string {
  return `${path}:${d.line}: "${d.key}" is written twice in one object; only the last counts`;
}

/** Repeated keys of one file's text; none for text that is not JSON (its loader says so). */
export function duplicateKeysIn(path: string, json: string): string[] {
  try {
    return duplicateKeys(json).map((d) => duplicateKeyMessage(path, d));
  } catch {
    return [];
  }
}

/** Every repeated key in the JSON files under `dir`, as lint problems («file:line: …»). */
export function duplicateKeyProblems(dir: string): string[] {
  const problems: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json'))
        problems.push(...duplicateKeysIn(relative(dir, path), readFileSync(path, 'utf8')));
    }
  };
  walk(dir);
  return problems;
}
