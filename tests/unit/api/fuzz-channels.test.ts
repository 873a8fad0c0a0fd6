import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { channelNames } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createH1bFamily } from '../support/families';
import { openTestDatabase, setUpFirm, testContext } from '../support/test-database';

/**
 * The renderer is untrusted input: random and malformed payloads on every channel must only ever
 * produce envelopes (never a rejection, never an INTERNAL that means a crash), and a call that is
 * refused must leave every table exactly as it was.
 */
let database: OpenedDatabase;
let ctx: ApiContext;
beforeAll(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
  await createH1bFamily(ctx);
});
afterAll(() => database.sqlite.close());

function fingerprint(): string {
  const tables = database.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'people_search_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables)
    hash.update(JSON.stringify(database.sqlite.prepare(`SELECT * FROM "${table}"`).raw().all()));
  return hash.digest('hex');
}

/** Payloads a hostile page could send: anything, near-misses of real shapes, huge and odd values. */
const payload = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'id',
      'clientId',
      'version',
      'name',
      'givenNames',
      'phone',
      'folder',
      'passphrase',
      'limit',
      '__proto__',
    ),
    fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string({ maxLength: 50 }),
      fc.constant('x'.repeat(70_000)),
      fc.constant(-1),
      fc.constant(Number.MAX_SAFE_INTEGER),
      fc.constant(null),
      fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
    ),
  ),
);

describe('every channel under random and malformed payloads', () => {
  it('answers only envelopes, and a refused call changes nothing', { timeout: 240_000 }, async () => {
    const internals: string[] = [];
    for (const channel of channelNames) {
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          const before = fingerprint();
          const result = await dispatch(ctx, channel, input, { log: () => {} });
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(typeof result.error.code).toBe('string');
            expect(fingerprint(), `${channel} refused but wrote`).toBe(before);
            if (result.error.code === 'INTERNAL')
              internals.push(`${channel}: ${JSON.stringify(input).slice(0, 120)}`);
          }
        }),
        { numRuns: 15, seed: 20261129 },
      );
    }
    expect(internals).toEqual([]);
  });

  it('answers an envelope for channel names that are not channels', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything({ maxDepth: 2 }), async (channel, input) => {
        const result = await dispatch(ctx, channel, input, { log: () => {} });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
