import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type {
  AuditEntry,
  Client,
  Deadline,
  DeadlineExplanationView,
  EventResult,
  Family,
  RollForwardDefaults,
} from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { catchUpExpiredPermits, reconcileOpenDeadlines } from '../../../main/deadlines/recompute';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

// "Today" is 16 March 2026 in Toronto; the clock is injected, never the machine's.
let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-16T14:00:00.000Z'));
  await setUpFirm(ctx);
  await ok(dispatch(ctx, 'settings.update', { province: 'ON' }));
});
afterEach(() => database.sqlite.close());

const explain = (id: number) => ok<DeadlineExplanationView>(dispatch(ctx, 'deadlines.explain', { id }));
const family = (id: number) => ok<Family>(dispatch(ctx, 'clients.family', { id }));
const byRule = async (clientId: number, ruleId: string) =>
  (await family(clientId)).deadlines.filter((d) => d.ruleId === ruleId);

async function biometricsLetter(clientId: number, occurredOn: string, rollForward?: string | null) {
  return ok<EventResult>(
    dispatch(ctx, 'events.record', {
      clientId,
      kind: 'biometrics-letter',
      occurredOn,
      people: [null],
      ...(rollForward === undefined ? {} : { rollForward }),
    }),
  );
}

describe('one truth: the stored date is the explained date', () => {
  it('biometrics default to the Interpretation Act: a letter of 18 April 2026 is due Tuesday 19 May (Victoria Day rolled)', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara', dateOfBirth: '1991-02-10' });
    const { deadlines } = await biometricsLetter(client.id, '2026-04-18');
    const [d] = deadlines as [Deadline];
    expect(d).toMatchObject({ dueOn: '2026-05-19', rollForward: 'ca-federal', rollForwardChosen: false });
    const why = await explain(d.id);
    expect(why).toMatchObject({ rawDate: '2026-05-18', finalDate: '2026-05-19', storedDate: '2026-05-19' });
    expect(why.steps[0]).toMatchObject({ key: 'deadlineExplain.steps.ageOnLetter', values: { age: 35 } });
  });

  it('switching a deadline to "none" moves the stored date, keeps the old one in the audit trail, and survives re-saving the event', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara', dateOfBirth: '1991-02-10' });
    const recorded = await biometricsLetter(client.id, '2026-04-18');
    const [d] = recorded.deadlines as [Deadline];
    const changed = await ok<Deadline>(
      dispatch(ctx, 'deadlines.update', { id: d.id, version: d.version, rollForward: 'none' }),
    );
    expect(changed).toMatchObject({ dueOn: '2026-05-18', rollForward: 'none', rollForwardChosen: true });
    expect((await explain(d.id)).finalDate).toBe('2026-05-18');
    const audit = await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { entity: 'deadline', entityId: d.id }));
    expect(audit[0]?.changes).toMatchObject({ dueOn: ['2026-05-19', '2026-05-18'] });

    // Re-saving the event (a note changed) keeps the person's choice.
    const event = recorded.event;
    const again = await ok<EventResult>(
      dispatch(ctx, 'events.update', {
        id: event.id,
        version: event.version,
        details: { kind: 'biometrics-letter', occurredOn: '2026-04-18', people: [null], notes: 'called' },
      }),
    );
    expect(again.deadlines[0]).toMatchObject({ dueOn: '2026-05-18', rollForward: 'none' });
  });

  it('a choice in the event applies to every deadline it makes', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara', dateOfBirth: '1991-02-10' });
    const { deadlines } = await biometricsLetter(client.id, '2026-04-18', 'none');
    expect(deadlines[0]).toMatchObject({ dueOn: '2026-05-18', rollForwardChosen: true });
  });

  it('a changed firm default recomputes the deadlines that follow it, not those a person set', async () => {
    const a = await createClient(ctx, { givenNames: 'Amara', dateOfBirth: '1991-02-10' });
    const b = await createClient(ctx, { givenNames: 'Bo', dateOfBirth: '1990-01-01' });
    await biometricsLetter(a.id, '2026-04-18');
    await biometricsLetter(b.id, '2026-04-18', 'ca-federal');
    const saved = await ok<RollForwardDefaults>(
      dispatch(ctx, 'deadlines.updateRollForwardDefaults', { defaults: { 'ca-biometrics': 'none' } }),
    );
    expect(saved.recomputed).toBe(1);
    expect((await byRule(a.id, 'ca-biometrics'))[0]?.dueOn).toBe('2026-05-18');
    expect((await byRule(b.id, 'ca-biometrics'))[0]?.dueOn).toBe('2026-05-19');
  });

  it("the firm's province counts: Ontario's Boxing Day (Saturday 26 Dec 2026) is not a holiday in Alberta's count", async () => {
    const client = await createClient(ctx, { givenNames: 'Amara', dateOfBirth: '1991-02-10' });
    // Letter 26 November 2026 + 30 days = Saturday 26 December.
    const [d] = (await biometricsLetter(client.id, '2026-11-26', 'ca-federal')).deadlines as [Deadline];
    // Ontario: Boxing Day, then Sunday 27th: Monday 28th.
    expect(d.dueOn).toBe('2026-12-28');
    await ok(dispatch(ctx, 'settings.update', { province: 'AB' }));
    // Without Ontario's Boxing Day, a Saturday is not a holiday under the federal Act.
    const [after] = await byRule(client.id, 'ca-biometrics');
    expect(after?.dueOn).toBe((await explain(d.id)).finalDate);
    expect(after?.dueOn).toBe('2026-12-26');
  });

  it('a manual deadline typed on a Saturday is stored as the date its explanation gives, raw date kept', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara' });
    const d = await ok<Deadline>(
      dispatch(ctx, 'deadlines.create', {
        clientId: client.id,
        kind: 'other',
        dueOn: '2026-05-16',
        rollForward: 'us-federal',
      }),
    );
    expect(d.dueOn).toBe('2026-05-18');
    expect(await explain(d.id)).toMatchObject({ rawDate: '2026-05-16', finalDate: '2026-05-18' });
    const none = await ok<Deadline>(
      dispatch(ctx, 'deadlines.update', { id: d.id, version: d.version, rollForward: 'none' }),
    );
    expect(none.dueOn).toBe('2026-05-16');
  });

  it('an override is marked, keeps the rules date beside it and is flagged when later than the rule allows', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara', dateOfBirth: '1991-02-10' });
    const [d] = (await biometricsLetter(client.id, '2026-04-18')).deadlines as [Deadline];
    const set = await ok<Deadline>(
      dispatch(ctx, 'deadlines.override', {
        id: d.id,
        version: d.version,
        date: '2026-05-25',
        reason: 'IRCC agreed',
      }),
    );
    expect(set).toMatchObject({ dueOn: '2026-05-25', computedDueOn: '2026-05-19' });
    expect(await explain(d.id)).toMatchObject({
      overrideLater: true,
      computedDate: '2026-05-19',
      finalDate: '2026-05-25',
    });
    const refused = await dispatch(ctx, 'deadlines.update', {
      id: d.id,
      version: set.version,
      dueOn: '2026-05-30',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: { dueOn: 'deadlineRow.errors.ruleDateByOverride' } },
    });
  });
});

describe('reconciling stored dates', () => {
  it('puts an out-of-step stored date back on the rules, audited with the old date', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara', dateOfBirth: '1991-02-10' });
    const [d] = (await biometricsLetter(client.id, '2026-04-18')).deadlines as [Deadline];
    // What an older version could leave behind: the date of the raw holiday, not the rolled one.
    database.sqlite.prepare("UPDATE deadlines SET due_on = '2026-05-18' WHERE id = ?").run(d.id);
    const moved = database.db.transaction((tx) =>
      reconcileOpenDeadlines(tx, { actorId: 1, at: '2026-03-16T14:05:00.000Z' }),
    );
    expect(moved).toBe(1);
    expect((await explain(d.id)).storedDate).toBe('2026-05-19');
    const audit = await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { entity: 'deadline', entityId: d.id }));
    expect(audit[0]).toMatchObject({ changes: { dueOn: ['2026-05-18', '2026-05-19'] } });
  });
});

describe('status-driven deadlines', () => {
  it('restoration: a Canadian permit that expired 10 days ago gives 90 days from its expiry (IRPR 182)', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2026-03-06' }],
    });
    const deadlines = (await family(client.id)).deadlines.map((d) => [d.ruleId, d.kind, d.dueOn]);
    // 6 March + 90 days = Thursday 4 June 2026.
    expect(deadlines).toEqual([['ca-restoration', 'restoration', '2026-06-04']]);
  });

  it('a permit that expires while nobody saves the record gets its restoration deadline from the daily catch-up', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2026-03-20' }],
    });
    const run = (at: string) =>
      database.db.transaction((tx) => catchUpExpiredPermits(tx, { actorId: 1, at }));
    expect(run('2026-03-18T14:00:00.000Z')).toBe(0);
    expect(await byRule(client.id, 'ca-restoration')).toEqual([]);
    // 21 March in Toronto: the permit ended yesterday.
    expect(run('2026-03-21T14:00:00.000Z')).toBe(1);
    expect((await byRule(client.id, 'ca-restoration')).map((d) => d.dueOn)).toEqual(['2026-06-18']);
    expect(run('2026-03-22T14:00:00.000Z')).toBe(0);
  });

  it('restoration is not needed when the extension was filed in time (maintained status done)', async () => {
    let client = await createClient(ctx, {
      givenNames: 'Amara',
      statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2026-03-20' }],
    });
    const [maintained] = await byRule(client.id, 'ca-maintained-status');
    expect(maintained?.dueOn).toBe('2026-03-20');
    await ok(dispatch(ctx, 'deadlines.complete', { id: maintained?.id, version: maintained?.version }));
    // Weeks later the permit has expired and the record is saved again.
    ctx = testContext(database, steppingClock('2026-04-02T14:00:00.000Z'));
    ctx.session.userId = 1;
    client = await ok<Client>(dispatch(ctx, 'clients.get', { id: client.id }));
    await ok(dispatch(ctx, 'clients.update', { id: client.id, version: client.version, notes: 'filed' }));
    const statusId = client.statuses[0]?.id;
    await ok(
      dispatch(ctx, 'clients.update', {
        id: client.id,
        version: client.version + 1,
        statuses: [{ id: statusId, country: 'CA', statusType: 'Work permit', validTo: '2026-03-20' }],
      }),
    );
    expect(await byRule(client.id, 'ca-restoration')).toEqual([]);
  });

  it('maintained status: due on the permit expiry, and warns when the passport ends first', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      passports: [{ number: 'AB123456', issuingCountry: 'NG', expiresOn: '2026-09-01' }],
      statuses: [{ country: 'CA', statusType: 'Work permit', validTo: '2026-10-15' }],
    });
    const [d] = await byRule(client.id, 'ca-maintained-status');
    expect(d?.dueOn).toBe('2026-10-15');
    const why = await explain(d?.id as number);
    expect(why.notes.map((n) => n.key)).toContain('deadlineExplain.warnings.passportBeforeEnd');
  });

  it('the US extension filing is bounded by the authorized stay end: a passport expiring before the I-94 sets it', async () => {
    const client = await createClient(ctx, {
      givenNames: 'Amara',
      passports: [{ number: 'AB123456', issuingCountry: 'IN', expiresOn: '2027-03-01' }],
      statuses: [{ country: 'US', statusType: 'H-1B', validTo: '2027-06-30' }],
    });
    const [d] = await byRule(client.id, 'us-extension-window');
    expect(d?.dueOn).toBe('2027-03-01');
    const why = await explain(d?.id as number);
    expect(why.candidates).toEqual([
      { labelKey: 'deadlineExplain.inputs.i94Date', date: '2027-06-30', bound: false },
      { labelKey: 'deadlineExplain.inputs.passportExpiry', date: '2027-03-01', bound: true },
    ]);
    expect(why.notes.map((n) => n.key)).toContain('deadlineExplain.notes.stayCutByPassport');
  });
});

describe('snooze', () => {
  it('refuses a moment already past on the injected clock and accepts one ahead', async () => {
    const client = await createClient(ctx, { givenNames: 'Amara' });
    const d = await ok<Deadline>(
      dispatch(ctx, 'deadlines.create', { clientId: client.id, kind: 'other', dueOn: '2026-04-01' }),
    );
    const past = await dispatch(ctx, 'deadlines.snooze', {
      id: d.id,
      version: d.version,
      until: '2026-03-16T13:59:00.000Z',
    });
    expect(past).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { until: 'deadlineRow.errors.snoozePast' } },
    });
    const ahead = await ok<Deadline>(
      dispatch(ctx, 'deadlines.snooze', { id: d.id, version: d.version, until: '2026-03-17T13:00:00-04:00' }),
    );
    expect(ahead.snoozedUntil).toBe('2026-03-17T17:00:00.000Z');
  });
});
