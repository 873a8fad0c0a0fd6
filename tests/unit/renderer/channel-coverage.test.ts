import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../main/contract';
import { repoRoot } from '../support/test-database';

/**
 * A feature with an API but no screen is a feature nobody can use: every channel of the
 * contract must be called by some renderer code. A channel counts as reached when its name is
 * the first argument of a call (`call('deadlines.create', …)`, `fetchValue(…)`, `invoke(…)`,
 * or any helper that takes the channel first), directly or as a branch of `a ? 'x.y' : 'x.z'`.
 * Names in comments, query keys or other positions do not count.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function channelLiterals(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return channelLiterals(node.expression);
  if (ts.isConditionalExpression(node))
    return [...channelLiterals(node.whenTrue), ...channelLiterals(node.whenFalse)];
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return channelLiterals(node.expression);
  return [];
}

/** Channel names passed first to any call in one source file. */
function calledChannels(file: string, source: string, known: ReadonlySet<string>): Set<string> {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.arguments[0]) {
      for (const text of channelLiterals(node.arguments[0])) if (known.has(text)) found.add(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('every channel has a screen', () => {
  const known = new Set(Object.keys(contract));

  it('finds calls, not mentions', () => {
    const sample = [
      "// 'clients.delete' in a comment does not count",
      "const key = ['audit.exportCsv'];",
      "void call('deadlines.create', input);",
      "fetchValue(archived ? 'clients.unarchive' : 'clients.archive', { id });",
    ].join('\n');
    expect([...calledChannels('sample.tsx', sample, known)].sort()).toEqual([
      'clients.archive',
      'clients.unarchive',
      'deadlines.create',
    ]);
  });

  /**
   * Channels that exist for scripts, benches and tests, each with the screen that does the job
   * for people. Kept short and explained; a name here must still be a channel of the contract.
   */
  const API_ONLY: Record<string, string> = {
    'clients.create':
      'one person without a family: people create clients through intake (families.intake), which checks duplicates across the whole family',
  };

  it('lists only real channels as API-only', () => {
    for (const name of Object.keys(API_ONLY)) expect(known.has(name), name).toBe(true);
  });

  it('reaches every channel in main/contract/index.ts from renderer code', () => {
    const reached = new Set<string>();
    for (const file of sourceFiles(path.join(repoRoot, 'renderer'))) {
      for (const name of calledChannels(file, readFileSync(file, 'utf8'), known)) reached.add(name);
    }
    const unreached = [...known].filter((name) => !reached.has(name) && !(name in API_ONLY)).sort();
    expect(unreached, `channels with no screen calling them: ${unreached.join(', ')}`).toEqual([]);
  });
});
