import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Client, Family, LaunchReport, LaunchWindow, SubmissionResult } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createDependant } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';
import { eligibleFamily, enrol, queue, verifyAllDocuments } from './launch-support';

let database: OpenedDatabase;
let ctx: ApiContext;
let window: LaunchWindow;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
  window = await ok<LaunchWindow>(
    dispatch(ctx, 'launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      name: 'OWP drill',
      opensOn: '2026-03-15',
    }),
  );
  // Readiness is measured against an opening after the test clock (1 March 2026).
  window = await ok<LaunchWindow>(
    dispatch(ctx, 'launchWindows.update', { id: window.id, version: window.version, opensOn: '2026-03-15' }),
  );
});
afterEach(() => database.sqlite.close());

const count = (sql: string, ...params: unknown[]) =>
  database.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('enrolment', () => {
  it('opens one application per member with the checklist of their audience', async () => {
    const { client } = await eligibleFamily(ctx, 'Sharma', 1);
    const result = await enrol(ctx, window, [client.id]);
    expect(result).toMatchObject({ enrolled: 1, applicationsCreated: 3 });
    const family = await ok<Family>(dispatch(ctx, 'clients.family', { id: client.id }));
    expect(
      family.applications.map((a) => [
        a.dependantId === null ? 'principal' : 'dependant',
        a.checklist.length,
      ]),
    ).toEqual([
      ['principal', 7],
      ['dependant', 5],
      ['dependant', 4],
    ]);
    expect(family.applications.every((a) => a.typeCode === 'ca-owp-us-h1b-2023')).toBe(true);
    // Built-in documents carry the catalogue key the family page translates, like type templates.
    expect(family.applications[0]?.checklist[0]?.labelKey).toBe('checklistItems.passport');
    expect(count(`SELECT count(*) FROM audit_log WHERE entity = 'application' AND action = 'create'`)).toBe(
      3,
    );
    expect(count(`SELECT count(*) FROM audit_log WHERE entity = 'launch-window-enrolment'`)).toBe(1);
  });

  it('is idempotent, adds members who joined later, and skips closed files', async () => {
    const { client } = await eligibleFamily(ctx, 'Sharma', 1);
    const other = await eligibleFamily(ctx, 'Rao', 2);
    await ok(
      dispatch(ctx, 'clients.archive', {
        id: other.client.id,
        version: other.client.version,
        reason: 'Moved',
      }),
    );
    await enrol(ctx, window, [client.id]);
    const again = await enrol(ctx, window, [client.id, other.client.id]);
    expect(again.families).toEqual([
      { clientId: client.id, outcome: 'already-enrolled', applicationsCreated: 0, applicationsReused: 0 },
      { clientId: other.client.id, outcome: 'archived', applicationsCreated: 0, applicationsReused: 0 },
    ]);
    await createDependant(ctx, {
      clientId: client.id,
      relationship: 'child',
      givenNames: 'Baby',
      familyName: 'Sharma',
    });
    const before = await queue(ctx, window);
    expect(before.families[0]?.blockers.map((b) => b.code)).toContain('applicationMissing');
    const third = await enrol(ctx, window, [client.id]);
    expect(third.families[0]).toEqual({
      clientId: client.id,
      outcome: 'members-added',
      applicationsCreated: 1,
      applicationsReused: 0,
    });
  });

  it('rolls back the whole enrolment when one family does not exist', async () => {
    const { client } = await eligibleFamily(ctx, 'Sharma', 1);
    const result = await dispatch(ctx, 'launchWindows.enrol', {
      windowId: window.id,
      clientIds: [client.id, 9999],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count('SELECT count(*) FROM launch_window_enrolments')).toBe(0);
    expect(count('SELECT count(*) FROM applications')).toBe(0);
  });
});

describe('the queue', () => {
  it('shows blockers per member and puts ready families first, counted', async () => {
    const a = await eligibleFamily(ctx, 'Adams', 1);
    const b = await eligibleFamily(ctx, 'Baker', 2);
    await enrol(ctx, window, [a.client.id, b.client.id]);
    const blocked = await queue(ctx, window);
    expect(blocked.counts).toMatchObject({ families: 2, ready: 0, blocked: 2, submitted: 0 });
    expect(blocked.families.map((f) => f.clientId)).toEqual([a.client.id, b.client.id]);
    const adams = blocked.families[0];
    expect(new Set(adams?.blockers.map((blocker) => blocker.code))).toEqual(new Set(['documentMissing']));
    expect(adams?.members[1]?.blockers[0]).toMatchObject({
      key: 'launchWindowBlockers.documentMissing',
      params: { member: 'Adams, Arjun', documentLabelKey: 'checklistItems.passport' },
    });

    await verifyAllDocuments(ctx, window, b.client.id);
    const after = await queue(ctx, window);
    expect(after.counts).toMatchObject({ ready: 1, blocked: 1 });
    expect(after.families.map((f) => [f.clientId, f.state, f.score, f.position])).toEqual([
      [b.client.id, 'ready', 100, 1],
      [a.client.id, 'blocked', expect.any(Number), 2],
    ]);
  });

  it('flags eligibility and stale dependant data from the window rules', async () => {
    const { client, spouse } = await eligibleFamily(ctx, 'Chen', 1);
    await ok(
      dispatch(ctx, 'clients.update', {
        id: client.id,
        version: client.version,
        addressCountry: 'CA',
        statuses: [],
      }),
    );
    await ok(
      dispatch(ctx, 'dependants.update', {
        id: spouse.id,
        version: spouse.version,
        lastVerifiedOn: '2025-06-01',
      }),
    );
    await enrol(ctx, window, [client.id]);
    await verifyAllDocuments(ctx, window, client.id);
    const [family] = (await queue(ctx, window)).families;
    expect(family?.eligible).toBe(false);
    expect(family?.blockers.map((b) => `${b.memberKey}:${b.code}`)).toEqual([
      'principal:statusMissing',
      'principal:residenceOutside',
      `dependant-${spouse.id}:dependantStale`,
    ]);
  });
});

describe('a file closed after enrolment', () => {
  it('waits at the bottom, not ready, with the reason, until the file is reopened', async () => {
    const a = await eligibleFamily(ctx, 'Adams', 1);
    const b = await eligibleFamily(ctx, 'Baker', 2);
    await enrol(ctx, window, [a.client.id, b.client.id]);
    for (const family of [a, b]) await verifyAllDocuments(ctx, window, family.client.id);
    expect((await queue(ctx, window)).families.map((f) => f.state)).toEqual(['ready', 'ready']);

    const adams = await ok<Client>(dispatch(ctx, 'clients.get', { id: a.client.id }));
    const closed = await ok<Client>(
      dispatch(ctx, 'clients.archive', { id: adams.id, version: adams.version, reason: 'Client withdrew' }),
    );
    const waiting = await queue(ctx, window);
    expect(waiting.families.map((f) => [f.clientId, f.state])).toEqual([
      [b.client.id, 'ready'],
      [a.client.id, 'ineligible'],
    ]);
    const adamsFamily = waiting.families[1];
    expect(adamsFamily?.blockers[0]).toMatchObject({
      code: 'fileClosed',
      key: 'launchWindowBlockers.fileClosed',
      memberKey: 'principal',
      params: { member: 'Adams, Priya' },
    });
    expect(adamsFamily?.members.every((member) => !member.ready)).toBe(true);

    await ok(dispatch(ctx, 'clients.unarchive', { id: closed.id, version: closed.version }));
    expect((await queue(ctx, window)).families.map((f) => f.state)).toEqual(['ready', 'ready']);
  });
});

describe('submissions, cap and report', () => {
  // The window opened at midnight on 15 March (Toronto): recording happens after that.
  beforeEach(() => {
    ctx = { ...ctx, now: steppingClock('2026-03-15T12:00:00.000Z') };
  });

  async function readyFamilies(...names: string[]) {
    const families = [];
    for (const [i, name] of names.entries()) families.push(await eligibleFamily(ctx, name, i + 1));
    await enrol(
      ctx,
      window,
      families.map((f) => f.client.id),
    );
    for (const f of families) await verifyAllDocuments(ctx, window, f.client.id);
    return families;
  }

  it('records a whole family with confirmation numbers and moves each application to submitted', async () => {
    const [f] = await readyFamilies('Diaz');
    if (!f) throw new Error('no family');
    const result = await ok<SubmissionResult>(
      dispatch(ctx, 'launchWindows.recordSubmission', {
        windowId: window.id,
        clientId: f.client.id,
        submittedAt: '2026-03-15T04:05:00-04:00',
        members: [
          { dependantId: null, confirmationNumber: 'W307000001' },
          { dependantId: f.spouse.id, confirmationNumber: 'W307000002' },
          { dependantId: f.child.id, confirmationNumber: 'W307000003' },
        ],
      }),
    );
    expect(result.family.state).toBe('submitted');
    expect(result.family.members.map((m) => m.submission?.confirmationNumber)).toEqual([
      'W307000001',
      'W307000002',
      'W307000003',
    ]);
    expect(result.family.members[0]?.submission).toMatchObject({
      submittedAt: '2026-03-15T08:05:00.000Z',
      submittedByName: 'Pat Paralegal',
    });
    // Family members do not count toward the 2023 cap.
    expect(result.cap).toMatchObject({ ourSubmissions: 1, remaining: 9999 });
    const family = await ok<Family>(dispatch(ctx, 'clients.family', { id: f.client.id }));
    expect(family.applications.map((a) => [a.stage, a.governmentFileNumber, a.submittedAt])).toEqual([
      ['submitted', 'W307000001', '2026-03-15T08:05:00.000Z'],
      ['submitted', 'W307000002', '2026-03-15T08:05:00.000Z'],
      ['submitted', 'W307000003', '2026-03-15T08:05:00.000Z'],
    ]);
    expect(count(`SELECT count(*) FROM audit_log WHERE entity = 'launch-window-submission'`)).toBe(3);
  });

  it('puts a partly submitted family at the head of the queue, defaults the time to now', async () => {
    const [first, second] = await readyFamilies('Evans', 'Fox');
    if (!first || !second) throw new Error('no family');
    const result = await ok<SubmissionResult>(
      dispatch(ctx, 'launchWindows.recordSubmission', {
        windowId: window.id,
        clientId: second.client.id,
        members: [{ dependantId: null, confirmationNumber: 'W1' }],
      }),
    );
    expect(result.family.state).toBe('in-progress');
    expect(result.family.members[0]?.submission?.submittedAt).toMatch(/^2026-03-15T12:/);
    expect((await queue(ctx, window)).families.map((f) => f.clientId)).toEqual([
      second.client.id,
      first.client.id,
    ]);
  });

  it('refuses a member without an application and a withdrawn family, changing nothing', async () => {
    const [f] = await readyFamilies('Gray');
    if (!f) throw new Error('no family');
    const stranger = await dispatch(ctx, 'launchWindows.recordSubmission', {
      windowId: window.id,
      clientId: f.client.id,
      members: [
        { dependantId: null, confirmationNumber: 'W1' },
        { dependantId: 9999, confirmationNumber: 'W2' },
      ],
    });
    expect(stranger).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { 'members.1.dependantId': 'launchWindows.errors.noApplication' },
      },
    });
    expect(count('SELECT count(*) FROM launch_window_submissions WHERE submitted_at IS NOT NULL')).toBe(0);
    await ok(
      dispatch(ctx, 'launchWindows.withdraw', {
        windowId: window.id,
        clientId: f.client.id,
        reason: 'Took a job in Texas',
      }),
    );
    const withdrawn = await dispatch(ctx, 'launchWindows.recordSubmission', {
      windowId: window.id,
      clientId: f.client.id,
      members: [{ dependantId: null, confirmationNumber: 'W1' }],
    });
    expect(withdrawn).toMatchObject({
      ok: false,
      error: { fields: { clientId: 'launchWindows.errors.withdrawn' } },
    });
    const bad = await dispatch(ctx, 'launchWindows.recordSubmission', {
      windowId: window.id,
      clientId: f.client.id,
      members: [{ dependantId: null, confirmationNumber: '=cmd()' }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { fields: { 'members.0.confirmationNumber': 'launchWindows.errors.confirmationNumber' } },
    });
  });

  it('reports submitted, not submitted with reason, not ready and withdrawn; reasons as catalogue keys', async () => {
    const [done, waiting, quitting] = await readyFamilies('Hill', 'Ito', 'Jones');
    const blocked = await eligibleFamily(ctx, 'King', 9);
    if (!done || !waiting || !quitting) throw new Error('no family');
    await enrol(ctx, window, [blocked.client.id]);
    await ok(
      dispatch(ctx, 'launchWindows.recordSubmission', {
        windowId: window.id,
        clientId: done.client.id,
        members: [
          { dependantId: null, confirmationNumber: 'W100' },
          { dependantId: done.spouse.id, confirmationNumber: 'W101' },
          { dependantId: done.child.id, confirmationNumber: 'W102' },
        ],
      }),
    );
    await ok(
      dispatch(ctx, 'launchWindows.setNotSubmittedReason', {
        windowId: window.id,
        clientId: waiting.client.id,
        reason: 'Cap reached',
      }),
    );
    await ok(
      dispatch(ctx, 'launchWindows.withdraw', {
        windowId: window.id,
        clientId: quitting.client.id,
        reason: 'Withdrew',
      }),
    );
    const report = await ok<LaunchReport>(dispatch(ctx, 'launchWindows.report', { windowId: window.id }));
    expect(report.counts).toEqual({
      submitted: 1,
      'partly-submitted': 0,
      'not-submitted': 1,
      'not-ready': 1,
      withdrawn: 1,
    });
    const byFamily = (name: string) => report.rows.filter((r) => r.familyName === name);
    expect(byFamily('Hill').map((r) => r.confirmationNumber)).toEqual(['W100', 'W101', 'W102']);
    expect(byFamily('Ito').every((r) => r.outcome === 'not-submitted' && r.reason === 'Cap reached')).toBe(
      true,
    );
    // Reasons travel as catalogue keys with their parameters, never as bare codes in text.
    expect(byFamily('King')[0]?.reason).toBe('');
    expect(byFamily('King')[0]?.blockers[0]).toMatchObject({
      key: 'launchWindowBlockers.documentMissing',
      params: { member: 'King, Priya' },
    });
    expect(report.memberCounts).toMatchObject({
      submitted: 3,
      'not-submitted': 3,
      'not-ready': 3,
      withdrawn: 1,
    });
    expect(report.firmName).toBe('Maple & Liberty Immigration');
    expect(byFamily('Jones')).toMatchObject([{ outcome: 'withdrawn', reason: 'Withdrew' }]);
  });
});
