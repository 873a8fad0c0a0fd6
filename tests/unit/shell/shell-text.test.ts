import { describe, expect, it } from 'vitest';
import { shellLocale, shellText } from '../../../main/shell/shell-text';
import en from '../../../renderer/i18n/en/shell.json';
import fr from '../../../renderer/i18n/fr/shell.json';

// The native shell's words are read by the main process, outside the renderer's merged
// catalogue, so their French mirror is checked here the way catalogue-parity checks the rest.
type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : flatten(value, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('native shell words', () => {
  const english = new Map(flatten(en as Tree));
  const french = new Map(flatten(fr as Tree));

  it('has every key in French, with the same placeholders, and nothing extra', () => {
    expect([...english.keys()].filter((k) => !french.has(k))).toEqual([]);
    expect([...french.keys()].filter((k) => !english.has(k))).toEqual([]);
    const mismatched = [...english].filter(
      ([k, text]) => placeholders(text).join() !== placeholders(french.get(k) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('follows the computer’s language, with plurals', () => {
    expect(shellLocale(['fr-CA', 'en-CA'])).toBe('fr');
    expect(shellLocale(['en-US'])).toBe('en');
    expect(shellLocale([])).toBe('en');
    expect(shellText('tray.tooltip', { count: 1 }, 'fr')).toBe('Caseport – 1 échéance aujourd’hui');
    expect(shellText('tray.tooltip', { count: 2 }, 'en')).toBe('Caseport – 2 deadlines due today');
  });
});
