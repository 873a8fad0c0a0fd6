import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type {
  Application,
  AuditEntry,
  Client,
  Deadline,
  DeadlineExplanationView,
  EventResult,
  Family,
} from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createClient } from '../support/families';
import { createGraceFamily } from '../support/grace-family';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-01T12:00:00.000Z'));
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const byPerson = (result: EventResult) =>
  Object.fromEntries(result.deadlines.map((d) => [d.dependantId ?? 'principal', d.dueOn]));

describe('employment ended', () => {
  it('gives the principal and each H-4 dependant a grace deadline, each capped by their own stay', async () => {
    const f = await createGraceFamily(ctx);
    const result = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'employment-ended',
        occurredOn: '2026-03-10',
      }),
    );
    expect(byPerson(result)).toEqual({
      principal: '2026-05-09',
      [f.spouse.id]: '2026-05-09',
      // The child's I-94 ends before the 60 days are up.
      [f.child.id]: '2026-04-10',
    });
    expect(result.deadlines.every((d) => d.kind === 'grace-period' && d.origin === 'rule')).toBe(true);
    expect(result.skipped).toEqual([
      {
        dependantId: f.unlisted.id,
        reason: { key: 'events.skipped.notDerived', values: { statuses: 'H-4' } },
      },
    ]);
    const client = await ok<Client>(dispatch(ctx, 'clients.get', { id: f.principal.id }));
    expect(client.nextDeadlineOn).toBe('2026-04-10');
  });

  it('explains the date: rule, inputs, the dates compared and which one set it', async () => {
    const f = await createGraceFamily(ctx);
    const result = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'employment-ended',
        occurredOn: '2026-03-10',
      }),
    );
    const childDeadline = result.deadlines.find((d) => d.dependantId === f.child.id) as Deadline;
    const why = await ok<DeadlineExplanationView>(
      dispatch(ctx, 'deadlines.explain', { id: childDeadline.id }),
    );
    expect(why.title).toEqual({ key: 'deadlineRules.us-grace-period.title' });
    expect(why.inputs).toContainEqual({
      labelKey: 'deadlineExplain.inputs.employmentEndDate',
      value: '2026-03-10',
    });
    expect(why.inputs).toContainEqual({ labelKey: 'deadlineExplain.inputs.i94Date', value: '2026-04-10' });
    // The child has no passport on file, so two dates are compared and the I-94 wins.
    expect(why.candidates).toEqual([
      { labelKey: 'deadlineExplain.inputs.employmentEndPlus60', date: '2026-05-09', bound: false },
      { labelKey: 'deadlineExplain.inputs.i94Date', date: '2026-04-10', bound: true },
    ]);
    expect(why).toMatchObject({ rawDate: '2026-04-10', finalDate: '2026-04-10', override: null });
  });

  it('refuses an event for a principal without a qualifying status, beside the date', async () => {
    const { id } = await createClient(ctx, { givenNames: 'Élodie' });
    expect(
      await dispatch(ctx, 'events.record', {
        clientId: id,
        kind: 'employment-ended',
        occurredOn: '2026-03-10',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { occurredOn: 'events.errors.noGraceStatus' } },
    });
    const family = await ok<Family>(dispatch(ctx, 'clients.family', { id }));
    expect(family.deadlines).toEqual([]);
    expect(await ok<unknown[]>(dispatch(ctx, 'events.list', { clientId: id }))).toEqual([]);
  });

  it('recomputes every deadline when the date changes, keeps the old date in the audit trail and keeps an override', async () => {
    const f = await createGraceFamily(ctx);
    const first = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'employment-ended',
        occurredOn: '2026-03-10',
      }),
    );
    const spouseDeadline = first.deadlines.find((d) => d.dependantId === f.spouse.id) as Deadline;
    const overridden = await ok<Deadline>(
      dispatch(ctx, 'deadlines.override', {
        id: spouseDeadline.id,
        version: spouseDeadline.version,
        date: '2026-05-01',
        reason: 'Leaving early to start school',
      }),
    );
    expect(overridden).toMatchObject({ dueOn: '2026-05-01', computedDueOn: '2026-05-09' });

    const second = await ok<EventResult>(
      dispatch(ctx, 'events.update', {
        id: first.event.id,
        version: first.event.version,
        details: { kind: 'employment-ended', occurredOn: '2026-03-20' },
      }),
    );
    expect(second.deadlines.map((d) => d.id).sort()).toEqual(first.deadlines.map((d) => d.id).sort());
    expect(byPerson(second)).toEqual({
      principal: '2026-05-19',
      [f.spouse.id]: '2026-05-01',
      [f.child.id]: '2026-04-10',
    });
    const spouseNow = second.deadlines.find((d) => d.id === spouseDeadline.id);
    expect(spouseNow).toMatchObject({
      computedDueOn: '2026-05-19',
      overrideReason: 'Leaving early to start school',
    });

    const principalDeadline = second.deadlines.find((d) => d.dependantId === null) as Deadline;
    const audit = await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { clientId: f.principal.id }));
    const recompute = audit.find(
      (a) => a.entity === 'deadline' && a.entityId === principalDeadline.id && a.action === 'update',
    );
    expect(recompute?.changes).toMatchObject({ dueOn: ['2026-05-09', '2026-05-19'] });

    const why = await ok<DeadlineExplanationView>(
      dispatch(ctx, 'deadlines.explain', { id: spouseDeadline.id }),
    );
    expect(why).toMatchObject({
      computedDate: '2026-05-19',
      finalDate: '2026-05-01',
      override: { date: '2026-05-01', reason: 'Leaving early to start school' },
    });
  });

  it('needs a reason to override, and clearing the override restores the rule date', async () => {
    const f = await createGraceFamily(ctx);
    const { deadlines } = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'employment-ended',
        occurredOn: '2026-03-10',
      }),
    );
    const d = deadlines[0] as Deadline;
    expect(
      await dispatch(ctx, 'deadlines.override', {
        id: d.id,
        version: d.version,
        date: '2026-04-01',
        reason: ' ',
      }),
    ).toMatchObject({ ok: false, error: { fields: { reason: 'validation.reasonRequired' } } });
    const set = await ok<Deadline>(
      dispatch(ctx, 'deadlines.override', {
        id: d.id,
        version: d.version,
        date: '2026-04-01',
        reason: 'Agreed',
      }),
    );
    const cleared = await ok<Deadline>(
      dispatch(ctx, 'deadlines.override', { id: d.id, version: set.version, date: null }),
    );
    expect(cleared).toMatchObject({ dueOn: d.dueOn, computedDueOn: null, overrideReason: '' });
  });
});

describe('biometric instruction letter', () => {
  it('gives each named person 30 days and reports the under-14 exemption instead of a deadline', async () => {
    const f = await createGraceFamily(ctx);
    const result = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'biometrics-letter',
        occurredOn: '2026-03-02',
        people: [null, f.unlisted.id],
      }),
    );
    expect(byPerson(result)).toEqual({ principal: '2026-04-01' });
    expect(result.skipped).toEqual([
      {
        dependantId: f.unlisted.id,
        reason: { key: 'deadlineExplain.exempt.biometricsUnder14', values: { age: 6 } },
      },
    ]);
  });

  it('removes the deadline of a person taken off the letter (audited)', async () => {
    const f = await createGraceFamily(ctx);
    const first = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'biometrics-letter',
        occurredOn: '2026-03-02',
        people: [null, f.spouse.id],
      }),
    );
    expect(first.deadlines).toHaveLength(2);
    const second = await ok<EventResult>(
      dispatch(ctx, 'events.update', {
        id: first.event.id,
        version: first.event.version,
        details: { kind: 'biometrics-letter', occurredOn: '2026-03-02', people: [null] },
      }),
    );
    expect(byPerson(second)).toEqual({ principal: '2026-04-01' });
    const audit = await ok<AuditEntry[]>(dispatch(ctx, 'audit.list', { clientId: f.principal.id }));
    expect(audit.some((a) => a.entity === 'deadline' && a.action === 'delete')).toBe(true);
  });

  it('refuses an empty list of people and a person from another family', async () => {
    const f = await createGraceFamily(ctx);
    const other = await createClient(ctx, { givenNames: 'Someone' });
    expect(
      await dispatch(ctx, 'events.record', {
        clientId: f.principal.id,
        kind: 'biometrics-letter',
        occurredOn: '2026-03-02',
        people: [],
      }),
    ).toMatchObject({ ok: false, error: { fields: { people: 'validation.required' } } });
    expect(
      await dispatch(ctx, 'events.record', {
        clientId: other.id,
        kind: 'biometrics-letter',
        occurredOn: '2026-03-02',
        people: [f.spouse.id],
      }),
    ).toMatchObject({ ok: false, error: { fields: { people: 'events.errors.personNotInFamily' } } });
  });
});

describe('RFE and NOID', () => {
  async function spouseApplication(): Promise<{ clientId: number; application: Application }> {
    const f = await createGraceFamily(ctx);
    const application = await ok<Application>(
      dispatch(ctx, 'applications.create', {
        clientId: f.principal.id,
        dependantId: f.spouse.id,
        typeId: f.owp.id,
      }),
    );
    return { clientId: f.principal.id, application };
  }

  it('a mailed paper RFE response due on Saturday 4 July moves to Monday 6 July; an electronic one does not', async () => {
    const { clientId, application } = await spouseApplication();
    const notice = {
      clientId,
      applicationId: application.id,
      occurredOn: '2026-04-08',
      responseDays: 84,
      mailed: true,
    };
    const paper = await ok<EventResult>(
      dispatch(ctx, 'events.record', { ...notice, kind: 'rfe-received', filing: 'paper' }),
    );
    expect(paper.deadlines[0]).toMatchObject({
      kind: 'rfe-response',
      dueOn: '2026-07-06',
      rollForward: 'us-federal',
      applicationId: application.id,
      dependantId: application.dependantId,
    });
    const why = await ok<DeadlineExplanationView>(
      dispatch(ctx, 'deadlines.explain', { id: paper.deadlines[0]?.id ?? 0 }),
    );
    expect(why.rawDate).toBe('2026-07-04');
    expect(why.adjustments.length).toBeGreaterThanOrEqual(2);
    expect(why.adjustments[0]).toMatchObject({ values: { fromDate: '2026-07-04', toDate: '2026-07-05' } });
    const online = await ok<EventResult>(
      dispatch(ctx, 'events.record', { ...notice, kind: 'rfe-received', filing: 'electronic' }),
    );
    expect(online.deadlines[0]?.dueOn).toBe('2026-07-04');
  });

  it('caps a NOID at 30 days and refuses an application of another family', async () => {
    const { clientId, application } = await spouseApplication();
    const noid = await ok<EventResult>(
      dispatch(ctx, 'events.record', {
        clientId,
        kind: 'noid-received',
        applicationId: application.id,
        occurredOn: '2026-03-02',
        responseDays: 45,
        mailed: false,
        filing: 'electronic',
      }),
    );
    expect(noid.deadlines[0]?.dueOn).toBe('2026-04-01');
    const other = await createClient(ctx, { givenNames: 'Someone' });
    expect(
      await dispatch(ctx, 'events.record', {
        clientId: other.id,
        kind: 'noid-received',
        applicationId: application.id,
        occurredOn: '2026-03-02',
        responseDays: 30,
        mailed: false,
        filing: 'electronic',
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { applicationId: 'events.errors.applicationNotInFamily' } },
    });
  });

  it('names missing notice fields', async () => {
    const { clientId } = await spouseApplication();
    const result = await dispatch(ctx, 'events.record', {
      clientId,
      kind: 'rfe-received',
      occurredOn: '2026-02-30',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: {
          occurredOn: 'validation.date',
          applicationId: 'validation.required',
          filing: 'validation.required',
        },
      },
    });
  });
});
