import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFiling, updateFilingIfUnchanged } from '../../../db/launch-windows/submissions';
import type { OpenedDatabase } from '../../../db/open';
import type { Envelope, LaunchWindow } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';
import { eligibleFamily, enrol, queue, verifyAllDocuments } from './launch-support';

/**
 * Two paralegals, two app windows (here: two connections on one database file, as two
 * processes would have), recording the same family at the same moment.
 */
let first: OpenedDatabase;
let second: OpenedDatabase;
let alice: ApiContext;
let bob: ApiContext;
let window: LaunchWindow;
let clientId: number;
let spouseId: number;
beforeEach(async () => {
  first = openTestDatabase();
  const setup = testContext(first, steppingClock('2026-03-10T12:00:00.000Z'));
  const userId = await setUpFirm(setup);
  const bobId = (
    await ok<{ id: number }>(
      dispatch({ ...setup, session: { userId } }, 'users.create', {
        displayName: 'Bob Tran',
        role: 'paralegal',
      }),
    )
  ).id;
  window = await ok<LaunchWindow>(
    dispatch(setup, 'launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      opensOn: '2026-03-15',
    }),
  );
  const family = await eligibleFamily(setup, 'Okafor', 1);
  clientId = family.client.id;
  spouseId = family.spouse.id;
  await enrol(setup, window, [clientId]);
  await verifyAllDocuments(setup, window, clientId);
  // A second connection to the same file, opened the way the app opens it.
  second = openTestDatabase(setup.dataDir);
  const during = steppingClock('2026-03-15T05:00:00.000Z');
  alice = { ...setup, now: during, session: { userId } };
  bob = { ...testContext(second, during), session: { userId: bobId } };
});
afterEach(() => {
  second.sqlite.close();
  first.sqlite.close();
});

const recordPrincipal = (ctx: ApiContext, number: string) =>
  dispatch(ctx, 'launchWindows.recordSubmission', {
    windowId: window.id,
    clientId,
    members: [{ dependantId: null, confirmationNumber: number }],
  });

describe('two people recording the same member at once', () => {
  it('exactly one succeeds; the other is told who recorded it, and nothing is overwritten', async () => {
    // Both screens show the principal as not yet submitted.
    expect((await queue(alice, window)).families[0]?.members[0]?.submission).toBeNull();
    expect((await queue(bob, window)).families[0]?.members[0]?.submission).toBeNull();
    const results: Envelope<unknown>[] = await Promise.all([
      recordPrincipal(alice, 'W307000001'),
      recordPrincipal(bob, 'W307000002'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/already recorded by Pat Paralegal \(W307000001\)/),
        fields: { 'members.0.confirmationNumber': 'launchWindows.errors.alreadyRecorded' },
      },
    });
    const stored = first.sqlite
      .prepare('SELECT confirmation_number FROM launch_window_submissions WHERE submitted_at IS NOT NULL')
      .pluck()
      .all();
    expect(stored).toEqual(['W307000001']);
    // Bob's connection reads the same truth.
    expect((await queue(bob, window)).families[0]?.members[0]?.submission?.confirmationNumber).toBe(
      'W307000001',
    );
  });

  it('a write prepared from a stale read changes nothing (the version check inside the transaction)', async () => {
    // Bob's side read the row before Alice's write landed...
    const enrolmentId = first.sqlite
      .prepare('SELECT id FROM launch_window_enrolments WHERE client_id = ?')
      .pluck()
      .get(clientId) as number;
    const stale = findFiling(bob.db, enrolmentId, null);
    if (!stale) throw new Error('no filing');
    await ok(recordPrincipal(alice, 'W307000001'));
    // ...so his conditional update finds no row at the version he saw.
    const values = {
      confirmationNumber: 'W307000002',
      confirmationKey: 'W307000002',
      submittedAt: '2026-03-15T05:00:00.000Z',
      submittedBy: bob.session.userId,
      overrideReason: '',
      overrideBlockers: [],
    };
    expect(second.sqlite.transaction(() => updateFilingIfUnchanged(bob.db, stale, values))()).toBe(false);
    expect(findFiling(bob.db, enrolmentId, null)?.confirmationNumber).toBe('W307000001');
  });

  it('one number typed for two different members on two connections lands only once (unique index)', async () => {
    await ok(recordPrincipal(alice, 'W307000001'));
    const enrolmentId = second.sqlite
      .prepare('SELECT id FROM launch_window_enrolments WHERE client_id = ?')
      .pluck()
      .get(clientId) as number;
    const spouse = findFiling(bob.db, enrolmentId, spouseId);
    if (!spouse) throw new Error('no filing');
    // Even had Bob's screen-level check missed Alice's number, the database refuses the second copy.
    expect(() =>
      second.sqlite.transaction(() =>
        updateFilingIfUnchanged(bob.db, spouse, {
          confirmationNumber: 'w307-000001',
          confirmationKey: 'W307000001',
          submittedAt: '2026-03-15T05:00:00.000Z',
          submittedBy: bob.session.userId,
          overrideReason: '',
          overrideBlockers: [],
        }),
      )(),
    ).toThrow(/UNIQUE constraint failed: launch_window_submissions.confirmation_key/);
    const refused = await dispatch(bob, 'launchWindows.recordSubmission', {
      windowId: window.id,
      clientId,
      members: [{ dependantId: spouseId, confirmationNumber: 'w307-000001' }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: { 'members.0.confirmationNumber': 'launchWindows.errors.numberUsed' } },
    });
  });
});
