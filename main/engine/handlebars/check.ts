/**
 * The check every template passes before it compiles, at run time and at build time alike.
 */
import Handlebars from 'handlebars';
import { HELPER_NAMES } from './helpers.ts';
import { TemplateError } from './types.ts';

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const KNOWN = new Set<string>([...HELPER_NAMES, ...BLOCK_HELPERS]);

/**
 * Walk the Handlebars AST: reject triple-stash, `{{& x}}`, raw blocks, partial blocks, dynamic or
 * unknown partials and decorators (escaping is never turned off, so an answer can never become
 * markup), and name any call of a helper we do not have with its line and column.
 * Returns the names of the shared partials the source calls.
 */
export function assertNoUnescapedOutput(
  source: string,
  name: string,
  partials: ReadonlySet<string> = new Set(),
): Set<string> {
  const usedPartials = new Set<string>();
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /line (\d+)/.exec(message);
    throw new TemplateError(
      message.split('\n')[0] ?? message,
      name,
      position ? Number(position[1]) : undefined,
    );
  }
  const fail = (detail: string, node: hbs.AST.Node): never => {
    const loc = node.loc;
    throw new TemplateError(detail, name, loc?.start.line, (loc?.start.column ?? 0) + 1);
  };
  const checkCall = (
    node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression,
  ): void => {
    const path = node.path as hbs.AST.PathExpression;
    const isCall =
      node.params.length > 0 ||
      (node.hash?.pairs.length ?? 0) > 0 ||
      node.type !== 'MustacheStatement';
    if (isCall && !KNOWN.has(path.original)) fail(`unknown helper "${path.original}"`, node);
    for (const param of node.params) visitExpression(param);
    for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value);
  };
  const visitExpression = (node: hbs.AST.Expression): void => {
    if (node.type === 'SubExpression') checkCall(node as hbs.AST.SubExpression);
  };
  const visit = (node: hbs.AST.Node | undefined | null): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const child of (node as hbs.AST.Program).body) visit(child);
        return;
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        if (!mustache.escaped)
          fail('unescaped output ({{{…}}} or {{& …}}) is not allowed in filings', node);
        checkCall(mustache);
        return;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        checkCall(block);
        visit(block.program);
        visit(block.inverse);
        return;
      }
      case 'PartialStatement': {
        const partial = node as hbs.AST.PartialStatement;
        if (partial.name.type !== 'PathExpression')
          fail('dynamic partials are not allowed in filings', node);
        const partialName = (partial.name as hbs.AST.PathExpression).original;
        if (!partials.has(partialName))
          fail(`unknown partial "${partialName}" (templates/partials/)`, node);
        if (partial.params.length > 0)
          fail(`partial "${partialName}" takes named params only (name=value)`, node);
        for (const pair of partial.hash?.pairs ?? []) visitExpression(pair.value);
        usedPartials.add(partialName);
        return;
      }
      case 'PartialBlockStatement':
      case 'Decorator':
      case 'DecoratorBlock':
        fail(`${node.type} is not supported in filing templates`, node);
        return;
      default:
        return;
    }
  };
  const rawBlock = source.indexOf('{{{{');
  if (rawBlock >= 0) {
    const before = source.slice(0, rawBlock).split('\n');
    throw new TemplateError(
      'raw blocks ({{{{…}}}}) are not allowed in filings',
      name,
      before.length,
      (before[before.length - 1]?.length ?? 0) + 1,
    );
  }
  visit(ast);
  return usedPartials;
}
