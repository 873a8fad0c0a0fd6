import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type {
  AuditEntry,
  ConfirmationNumberUse,
  Family,
  LaunchWindow,
  Rehearsal,
  SubmissionResult,
} from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { closeAllRehearsals } from '../../../main/launch-windows/rehearsal';
import { applicationType } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';
import { eligibleFamily, enrol, queue, verifyAllDocuments } from './launch-support';

/**
 * Launch mode's safeguards, through the channels the screen uses: nothing false is recorded,
 * nothing is recorded silently, and every refusal says which field to fix.
 */
let database: OpenedDatabase;
let before: ApiContext;
let during: ApiContext;
let window: LaunchWindow;
beforeEach(async () => {
  database = openTestDatabase();
  before = testContext(database, steppingClock('2026-03-10T12:00:00.000Z'));
  await setUpFirm(before);
  // Opens at midnight on 15 March in Toronto (04:00 UTC).
  window = await ok<LaunchWindow>(
    dispatch(before, 'launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      opensOn: '2026-03-15',
    }),
  );
  during = { ...before, now: steppingClock('2026-03-15T04:30:00.000Z') };
});
afterEach(() => {
  closeAllRehearsals();
  database.sqlite.close();
});

const count = (sql: string) => database.sqlite.prepare(sql).pluck().get() as number;

/** The family's audit trail as the app reads it (newest first), whatever the file stores it as. */
const trail = (clientId: number, entity: string) =>
  ok<AuditEntry[]>(dispatch(during, 'audit.list', { clientId, entity }));
const recorded = () => count('SELECT count(*) FROM launch_window_submissions WHERE submitted_at IS NOT NULL');

async function readyFamily(name: string, n: number) {
  const family = await eligibleFamily(before, name, n);
  await enrol(before, window, [family.client.id]);
  await verifyAllDocuments(before, window, family.client.id);
  return family;
}

const record = (ctx: ApiContext, clientId: number, members: unknown[], extra: Record<string, unknown> = {}) =>
  dispatch(ctx, 'launchWindows.recordSubmission', { windowId: window.id, clientId, members, ...extra });

describe('before the window opens', () => {
  it('refuses a number beside its field and records nothing, the cap untouched', async () => {
    const { client } = await readyFamily('Adams', 1);
    const result = await record(before, client.id, [{ dependantId: null, confirmationNumber: 'W307000001' }]);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { 'members.0.confirmationNumber': 'launchWindows.errors.notOpenYet' },
      },
    });
    expect(recorded()).toBe(0);
    expect((await queue(before, window)).cap).toMatchObject({ ourSubmissions: 0, remaining: 10_000 });
  });

  it('refuses a time typed before the opening even once the window is open', async () => {
    const { client } = await readyFamily('Baker', 1);
    const result = await record(
      during,
      client.id,
      [{ dependantId: null, confirmationNumber: 'W307000001' }],
      {
        submittedAt: '2026-03-14T23:59:00-04:00',
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(recorded()).toBe(0);
  });

  it('accepts the number in a rehearsal, on the copy only', async () => {
    const { client } = await readyFamily('Chen', 1);
    const rehearsal = await ok<Rehearsal>(
      dispatch(before, 'launchWindows.startRehearsal', { windowId: window.id }),
    );
    await ok(
      record(before, client.id, [{ dependantId: null, confirmationNumber: 'W307000001' }], {
        rehearsalId: rehearsal.id,
      }),
    );
    const copy = await ok<{ families: { membersSubmitted: number }[] }>(
      dispatch(before, 'launchWindows.queue', { windowId: window.id, rehearsalId: rehearsal.id }),
    );
    expect(copy.families[0]?.membersSubmitted).toBe(1);
    expect(recorded()).toBe(0);
  });
});

describe('members who are not ready', () => {
  it('need an explicit confirmation with a reason, audited, and stay flagged after submission', async () => {
    const family = await eligibleFamily(before, 'Diaz', 1);
    // The H-1B expired before the opening: no paperwork fixes that.
    await ok(
      dispatch(before, 'clients.update', {
        id: family.client.id,
        version: family.client.version,
        statuses: [{ country: 'US', statusType: 'H-1B', validFrom: '2020-01-01', validTo: '2026-01-31' }],
      }),
    );
    await enrol(before, window, [family.client.id]);
    await verifyAllDocuments(before, window, family.client.id);
    const [queued] = (await queue(during, window)).families;
    expect(queued?.state).toBe('ineligible');

    const unconfirmed = await record(during, family.client.id, [
      { dependantId: null, confirmationNumber: 'W307000001' },
    ]);
    expect(unconfirmed).toMatchObject({
      ok: false,
      error: { fields: { 'members.0.override': 'launchWindows.errors.confirmNotReady' } },
    });
    expect(recorded()).toBe(0);

    const result = await ok<SubmissionResult>(
      record(during, family.client.id, [
        {
          dependantId: null,
          confirmationNumber: 'W307000001',
          override: { reason: 'Extension approved on 14 March, notice on file' },
        },
      ]),
    );
    const principal = result.family.members[0];
    expect(principal?.submission?.override).toMatchObject({
      reason: 'Extension approved on 14 March, notice on file',
      blockers: [{ code: 'statusNotValidAtOpening' }],
    });
    // The eligibility problem does not vanish once submitted.
    expect(principal?.flags.map((b) => b.code)).toEqual(['statusNotValidAtOpening']);
    expect(result.family.flagged).toBe(true);
    const after = (await queue(during, window)).families[0];
    expect(after?.flagged).toBe(true);
    expect(after?.members[0]?.flags.map((b) => b.code)).toEqual(['statusNotValidAtOpening']);
    const [audit] = await trail(family.client.id, 'launch-window-submission');
    expect(audit?.note).toContain('Extension approved on 14 March');
    expect(audit?.changes.overrideBlockers).toEqual([null, ['statusNotValidAtOpening']]);
  });
});

describe('confirmation numbers', () => {
  it('refuses a number already used in the firm, spaced or cased differently, and says where', async () => {
    const first = await readyFamily('Evans', 1);
    const second = await readyFamily('Fox', 2);
    await ok(record(during, first.client.id, [{ dependantId: null, confirmationNumber: 'W307000001' }]));
    const reused = await record(during, second.client.id, [
      { dependantId: null, confirmationNumber: 'w307-000 001' },
    ]);
    expect(reused).toMatchObject({
      ok: false,
      error: { fields: { 'members.0.confirmationNumber': 'launchWindows.errors.numberUsed' } },
    });
    const where = await ok<ConfirmationNumberUse>(
      dispatch(during, 'launchWindows.confirmationNumberUse', { confirmationNumber: 'w307-000 001' }),
    );
    expect(where).toEqual({
      clientId: first.client.id,
      clientName: 'Evans, Priya',
      memberName: 'Evans, Priya',
      windowId: window.id,
      windowName: window.name,
    });
    const twice = await record(during, second.client.id, [
      { dependantId: null, confirmationNumber: 'W307000009' },
      { dependantId: second.spouse.id, confirmationNumber: 'W307000009' },
    ]);
    expect(twice).toMatchObject({
      ok: false,
      error: { fields: { 'members.1.confirmationNumber': 'launchWindows.errors.numberTwice' } },
    });
    expect(recorded()).toBe(1);
  });

  it('refuses a number that is already an application file number outside any window', async () => {
    const family = await readyFamily('Gray', 1);
    const owp = await applicationType(before, 'ca-work-permit');
    const app = await ok<{ id: number }>(
      dispatch(before, 'applications.create', { clientId: family.client.id, typeId: owp.id }),
    );
    await ok(
      dispatch(before, 'applications.update', { id: app.id, version: 1, governmentFileNumber: 'W307555555' }),
    );
    const result = await record(during, family.client.id, [
      { dependantId: null, confirmationNumber: 'W307555555' },
    ]);
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { 'members.0.confirmationNumber': 'launchWindows.errors.numberUsed' } },
    });
  });

  it('is refused the second time for the same member: correcting is a separate, reasoned step', async () => {
    const family = await readyFamily('Hill', 1);
    await ok(record(during, family.client.id, [{ dependantId: null, confirmationNumber: 'W307000001' }]));
    const again = await record(during, family.client.id, [
      { dependantId: null, confirmationNumber: 'W307000002' },
    ]);
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { 'members.0.confirmationNumber': 'launchWindows.errors.alreadyRecorded' },
      },
    });
  });
});

describe('corrections and withdrawals', () => {
  it('correct with a reason, keeping the old value in the audit trail; a stale screen is refused', async () => {
    const family = await readyFamily('Ito', 1);
    const first = await ok<SubmissionResult>(
      record(during, family.client.id, [{ dependantId: null, confirmationNumber: 'W307000001' }]),
    );
    const version = first.family.members[0]?.filingVersion as number;
    const corrected = await ok<SubmissionResult>(
      dispatch(during, 'launchWindows.correctSubmission', {
        windowId: window.id,
        clientId: family.client.id,
        dependantId: null,
        version,
        confirmationNumber: 'W307000011',
        reason: 'Typed 01 for 11',
      }),
    );
    expect(corrected.family.members[0]?.submission?.confirmationNumber).toBe('W307000011');
    const audit = (await trail(family.client.id, 'launch-window-submission')).find(
      (a) => a.action === 'update',
    );
    expect(audit?.changes.confirmationNumber).toEqual(['W307000001', 'W307000011']);
    expect(audit?.note).toContain('Typed 01 for 11');
    const app = (await ok<Family>(dispatch(during, 'clients.family', { id: family.client.id })))
      .applications[0];
    expect(app?.governmentFileNumber).toBe('W307000011');

    const stale = await dispatch(during, 'launchWindows.correctSubmission', {
      windowId: window.id,
      clientId: family.client.id,
      dependantId: null,
      version,
      confirmationNumber: 'W307000012',
      reason: 'Second person, old screen',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const missingReason = await dispatch(during, 'launchWindows.correctSubmission', {
      windowId: window.id,
      clientId: family.client.id,
      dependantId: null,
      version: version + 1,
      confirmationNumber: 'W307000012',
      reason: ' ',
    });
    expect(missingReason).toMatchObject({
      ok: false,
      error: { fields: { reason: 'validation.reasonRequired' } },
    });
  });

  it('withdraw a submission recorded by mistake: the member is open again, the number free again', async () => {
    const family = await readyFamily('Jones', 1);
    const first = await ok<SubmissionResult>(
      record(during, family.client.id, [{ dependantId: null, confirmationNumber: 'W307000001' }]),
    );
    const withdrawn = await ok<SubmissionResult>(
      dispatch(during, 'launchWindows.withdrawSubmission', {
        windowId: window.id,
        clientId: family.client.id,
        dependantId: null,
        version: first.family.members[0]?.filingVersion as number,
        reason: 'Recorded on the wrong family',
      }),
    );
    expect(withdrawn.family.members[0]?.submission).toBeNull();
    expect(withdrawn.cap.ourSubmissions).toBe(0);
    const [audit] = await trail(family.client.id, 'launch-window-submission');
    expect(audit?.changes.confirmationNumber).toEqual(['W307000001', '']);
    expect(audit?.note).toContain('Recorded on the wrong family');
    const app = (await ok<Family>(dispatch(during, 'clients.family', { id: family.client.id })))
      .applications[0];
    expect(app).toMatchObject({ stage: 'ready-to-submit', governmentFileNumber: '', submittedAt: null });
    const other = await readyFamily('King', 2);
    await ok(record(during, other.client.id, [{ dependantId: null, confirmationNumber: 'W307000001' }]));
  });
});

describe('enrolment', () => {
  it("reuses an open application of the window's type instead of creating a second, and says so", async () => {
    const family = await eligibleFamily(before, 'Lopez', 1);
    const owp = await applicationType(before, 'ca-owp-us-h1b-2023');
    const own = await ok<{ id: number }>(
      dispatch(before, 'applications.create', { clientId: family.client.id, typeId: owp.id }),
    );
    const result = await enrol(before, window, [family.client.id]);
    expect(result).toMatchObject({ enrolled: 1, applicationsCreated: 2, applicationsReused: 1 });
    expect(result.families[0]).toMatchObject({ applicationsCreated: 2, applicationsReused: 1 });
    const apps = (await ok<Family>(dispatch(before, 'clients.family', { id: family.client.id })))
      .applications;
    const principals = apps.filter((a) => a.dependantId === null);
    expect(principals.map((a) => a.id)).toEqual([own.id]);
    // The window's documents joined the application's own checklist, each listed once.
    const keys = principals[0]?.checklist.map((i) => i.labelKey) ?? [];
    expect(keys).toContain('checklistItems.h1bVisa');
    expect(new Set(keys).size).toBe(keys.length);
    // Readiness reads that very application.
    const [queued] = (await queue(before, window)).families;
    expect(queued?.members[0]?.applicationId).toBe(own.id);
    const reused = (await trail(family.client.id, 'application')).filter((a) => a.note.includes('reused'));
    expect(reused.map((a) => a.entityId)).toEqual([own.id]);
  });
});
