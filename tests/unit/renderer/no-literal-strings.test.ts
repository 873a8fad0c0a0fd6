import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/test-database';

/**
 * Every word a person reads comes from the catalogue, so French is complete by construction:
 * this scans every component for JSX text and for string literals in the attributes a screen
 * reader or a tooltip reads. Text without a letter (·, —, *, #) is punctuation, not a string to
 * translate. The allowlist is short and says why each entry is not a translation miss.
 */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

// Empty today: add { file, text, reason } only for text that is the same in every language
// (a product name in its logo, a key name), never for a sentence.
const ALLOWLIST: { file: string; text: string; reason: string }[] = [];

interface Finding {
  file: string;
  line: number;
  text: string;
}

function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return literalText(node.whenTrue) ?? literalText(node.whenFalse);
  return null;
}

function findLiteralStrings(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: text.trim(),
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetter(node.text)) report(node, node.text);
    if (
      ts.isJsxExpression(node) &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const text = literalText(node.expression);
      if (text && hasLetter(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf))) {
      const text = literalText(node.initializer);
      if (text && hasLetter(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('components take their words from the catalogue', () => {
  it('finds a literal in JSX text and in read-aloud attributes (the check can fail)', () => {
    const sample = `export const A = () => (<div title="Open file" aria-label={'Close'}>
      Save now <span>·</span>{'Cancel'}<input placeholder={\`Search\`} className="not-read" /></div>);`;
    expect(findLiteralStrings('sample.tsx', sample).map((f) => f.text)).toEqual([
      'Open file',
      'Close',
      'Save now',
      'Cancel',
      'Search',
    ]);
  });

  it('no renderer component writes user-visible text outside the catalogue', () => {
    const rendererDir = path.join(repoRoot, 'renderer');
    const findings = componentFiles(rendererDir).flatMap((full) =>
      findLiteralStrings(path.relative(repoRoot, full).split(path.sep).join('/'), readFileSync(full, 'utf8')),
    );
    const unexplained = findings.filter(
      (f) => !ALLOWLIST.some((allowed) => allowed.file === f.file && allowed.text === f.text),
    );
    expect(unexplained.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('keeps the allowlist honest: every entry still matches a literal', () => {
    const stale = ALLOWLIST.filter(({ file, text }) => {
      const source = readFileSync(path.join(repoRoot, file), 'utf8');
      return !findLiteralStrings(file, source).some((f) => f.text === text);
    });
    expect(stale).toEqual([]);
  });
});
