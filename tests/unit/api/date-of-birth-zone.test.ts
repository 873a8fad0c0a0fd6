import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { openTestDatabase, setUpFirm, testContext } from '../support/test-database';

/**
 * "Not in the future" for a date of birth is the firm's today on the injected clock. At 02:00
 * UTC on 16 March 2026 it is still 15 March in Toronto but already 16 March in Tokyo; the machine
 * running the test plays no part.
 */
let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, () => new Date('2026-03-16T02:00:00.000Z'));
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const create = (dateOfBirth: string) => dispatch(ctx, 'clients.create', { givenNames: 'Baby', dateOfBirth });

describe('date of birth in the firm time zone', () => {
  it('Toronto (15 March): a birth on 16 March is in the future, one on 15 March is fine', async () => {
    expect(await create('2026-03-16')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { dateOfBirth: 'validation.dateInFuture' } },
    });
    expect(await create('2026-03-15')).toMatchObject({ ok: true });
  });

  it('Tokyo (16 March): a birth on 16 March is today, 17 March is in the future', async () => {
    expect(await dispatch(ctx, 'settings.update', { timeZone: 'Asia/Tokyo' })).toMatchObject({ ok: true });
    expect(await create('2026-03-16')).toMatchObject({ ok: true });
    expect(await create('2026-03-17')).toMatchObject({
      ok: false,
      error: { fields: { dateOfBirth: 'validation.dateInFuture' } },
    });
  });
});
