import { describe, expect, it } from 'vitest';
import { catalogueParts, en, fr, frCatalogueParts } from '../../../renderer/i18n/catalogue';

/**
 * The French catalogue mirrors the English one key for key: a missing key would show English
 * (or a raw key) on a French screen, an extra one is a translation nobody reads, and a
 * placeholder that differs drops a name or a date from the sentence.
 */
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** `{{count, number}}` and `{{count}}` name the same value. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

const english = flatten(en as unknown as Tree);
const french = flatten(fr as unknown as Tree);

describe('the fr-CA catalogue', () => {
  it('has every English key', () => {
    expect([...english.keys()].filter((key) => !french.has(key))).toEqual([]);
  });

  it('has no key English lacks', () => {
    expect([...french.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('uses the same {{placeholders}} as English in every string', () => {
    const mismatches: string[] = [];
    for (const [key, text] of english) {
      const translated = french.get(key);
      if (translated === undefined) continue;
      const want = placeholders(text).join(', ');
      const got = placeholders(translated).join(', ');
      if (want !== got) mismatches.push(`${key}: en {${want}} fr {${got}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('is split in the same parts as English, each owning the same sections', () => {
    const sections = (parts: Record<string, object>) =>
      Object.fromEntries(Object.entries(parts).map(([part, tree]) => [part, Object.keys(tree).sort()]));
    expect(sections(frCatalogueParts)).toEqual(sections(catalogueParts));
  });

  it('has no empty string, in either language', () => {
    const empty = [...english, ...french].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
