import { describe, expect, it } from 'vitest';
import { foldText, personNameKey } from '../../../db/text';

describe('name folding for sort and search', () => {
  it.each([
    ['Élodie', 'elodie'],
    ['Núñez', 'nunez'],
    ['  ZOË   Ålberg ', 'zoe alberg'],
    ['Nguyễn Thị', 'nguyen thi'],
    ['Øyvind', 'øyvind'],
  ])('%s -> %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
  it('sorts single-name clients by their one name among family names', () => {
    const keys = [
      personNameKey('Madonna', ''),
      personNameKey('Ana', 'Abara'),
      personNameKey('Bo', 'Nunez'),
    ].sort();
    expect(keys).toEqual([
      personNameKey('Ana', 'Abara'),
      personNameKey('Madonna', ''),
      personNameKey('Bo', 'Nunez'),
    ]);
  });
});
