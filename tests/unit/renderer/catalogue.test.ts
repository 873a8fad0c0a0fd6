import { describe, expect, it } from 'vitest';
import { catalogueParts } from '../../../renderer/i18n/catalogue';

describe('the English catalogue parts', () => {
  it('own distinct top-level sections, so merging them loses no string', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [part, sections] of Object.entries(catalogueParts)) {
      for (const section of Object.keys(sections)) {
        const owner = owners.get(section);
        if (owner) clashes.push(`${section} (${owner} and ${part})`);
        owners.set(section, part);
      }
    }
    expect(clashes).toEqual([]);
  });
});
