import { describe, expect, it } from 'vitest';
import { countFormat } from '../../../renderer/features/dashboard/charts/countFormat';

/** The dashboard charts' axes and tooltips write counts as the tables beside them do. */
describe('chart counts', () => {
  it('are grouped the reader’s way, in French and English', () => {
    // fr-CA groups thousands with a (narrow) no-break space; Recharts alone printed "89276".
    expect(countFormat('fr-CA')(89_276)).toMatch(/^89[\u00a0\u202f ]276$/);
    expect(countFormat('en-CA')(89_276)).toBe('89,276');
  });

  it('leave a category label as it is', () => {
    expect(countFormat('fr-CA')('Soumis')).toBe('Soumis');
  });
});
