import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Client, ClientPage, Deadline, DeadlinePage, FirmUser } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { applicationType, createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  // "Now" is 1 March 2026, 12:00 UTC: 07:00 in Toronto, the firm's time zone.
  ctx = testContext(database, steppingClock('2026-03-01T12:00:00.000Z'));
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const deadline = (clientId: number, dueOn: string, extra: Record<string, unknown> = {}) =>
  ok<Deadline>(
    dispatch(ctx, 'deadlines.create', { clientId, kind: 'other', title: `Due ${dueOn}`, dueOn, ...extra }),
  );
const nextDeadline = async (id: number) =>
  (await ok<Client>(dispatch(ctx, 'clients.get', { id }))).nextDeadlineOn;

describe('deadlines', () => {
  it("keeps the family's next open deadline current through create, complete, dismiss and reopen", async () => {
    const { id } = await createClient(ctx, { givenNames: 'Amara' });
    const late = await deadline(id, '2026-06-30');
    const soon = await deadline(id, '2026-03-15');
    expect(await nextDeadline(id)).toBe('2026-03-15');

    const done = await ok<Deadline>(
      dispatch(ctx, 'deadlines.complete', { id: soon.id, version: soon.version }),
    );
    expect(done).toMatchObject({ completedBy: ctx.session.userId });
    expect(await nextDeadline(id)).toBe('2026-06-30');

    expect(
      await dispatch(ctx, 'deadlines.dismiss', { id: late.id, version: late.version, reason: '' }),
    ).toMatchObject({
      ok: false,
      error: { fields: { reason: 'validation.reasonRequired' } },
    });
    await ok(
      dispatch(ctx, 'deadlines.dismiss', { id: late.id, version: late.version, reason: 'Client withdrew' }),
    );
    expect(await nextDeadline(id)).toBeNull();

    await ok(dispatch(ctx, 'deadlines.reopen', { id: soon.id, version: done.version }));
    expect(await nextDeadline(id)).toBe('2026-03-15');
  });

  it('needs a time zone for a timed deadline and rejects impossible dates', async () => {
    const { id } = await createClient(ctx, { givenNames: 'Amara' });
    const timed = await dispatch(ctx, 'deadlines.create', {
      clientId: id,
      kind: 'interview',
      dueOn: '2026-04-01',
      dueTime: '09:30',
    });
    expect(timed).toMatchObject({ ok: false, error: { fields: { timeZone: 'validation.timeZone' } } });
    const bad = await dispatch(ctx, 'deadlines.create', { clientId: id, kind: 'other', dueOn: '2026-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { fields: { dueOn: 'validation.date' } } });
    const ok1 = await deadline(id, '2026-04-01', {
      kind: 'interview',
      dueTime: '09:30',
      timeZone: 'America/Toronto',
      leadTimes: [7, 1, 0],
    });
    expect(ok1).toMatchObject({
      dueTime: '09:30',
      timeZone: 'America/Toronto',
      leadTimes: [7, 1, 0],
      origin: 'manual',
    });
  });

  it("refuses a deadline pointing at another family's application", async () => {
    const a = await createClient(ctx, { givenNames: 'Amara' });
    const b = await createClient(ctx, { givenNames: 'Bo' });
    const type = await applicationType(ctx, 'ca-work-permit');
    const app = await ok<{ id: number }>(
      dispatch(ctx, 'applications.create', { clientId: a.id, typeId: type.id }),
    );
    const result = await dispatch(ctx, 'deadlines.create', {
      clientId: b.id,
      applicationId: app.id,
      kind: 'other',
      dueOn: '2026-04-01',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists the open agenda by date with the family name, filtered by period and client', async () => {
    const a = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    const b = await createClient(ctx, { givenNames: 'Bo', familyName: 'Chen' });
    await deadline(a.id, '2026-03-20');
    await deadline(b.id, '2026-03-05');
    await deadline(b.id, '2026-05-01');
    const march = await ok<DeadlinePage>(
      dispatch(ctx, 'deadlines.list', { from: '2026-03-01', to: '2026-03-31' }),
    );
    expect(march.items.map((d) => [d.dueOn, d.clientFamilyName])).toEqual([
      ['2026-03-05', 'Chen'],
      ['2026-03-20', 'Okafor'],
    ]);
    expect((await ok<DeadlinePage>(dispatch(ctx, 'deadlines.list', { clientId: b.id }))).total).toBe(2);
  });
});

describe('client list: filters, sorting, paging', () => {
  async function seed() {
    const pat = ctx.session.userId as number;
    const sam = await ok<FirmUser>(dispatch(ctx, 'users.create', { displayName: 'Sam', role: 'lawyer' }));
    const okafor = await createClient(ctx, {
      givenNames: 'Amara',
      familyName: 'Okafor',
      responsibleUserId: sam.id,
    });
    const chen = await createClient(ctx, { givenNames: 'Bo', familyName: 'Chen', responsibleUserId: pat });
    const diaz = await createClient(ctx, { givenNames: 'Rosa', familyName: 'Díaz' });
    const caType = await applicationType(ctx, 'ca-owp-us-h1b-2023');
    const usType = await applicationType(ctx, 'us-h1b-extension');
    const caApp = await ok<{ id: number; version: number }>(
      dispatch(ctx, 'applications.create', { clientId: okafor.id, typeId: caType.id }),
    );
    await ok(
      dispatch(ctx, 'applications.changeStage', {
        id: caApp.id,
        version: caApp.version,
        stage: 'ready-to-submit',
      }),
    );
    await ok(dispatch(ctx, 'applications.create', { clientId: chen.id, typeId: usType.id }));
    const usApp = await ok<{ id: number; version: number }>(
      dispatch(ctx, 'applications.create', { clientId: diaz.id, typeId: usType.id }),
    );
    await ok(
      dispatch(ctx, 'applications.changeGovernmentStatus', {
        id: usApp.id,
        version: usApp.version,
        status: 'Request for Evidence Was Sent',
      }),
    );
    await deadline(okafor.id, '2026-02-20'); // overdue on 1 March
    await deadline(chen.id, '2026-03-10');
    return { sam, okafor, chen, diaz };
  }
  const names = (page: ClientPage) => page.items.map((c) => c.familyName);
  const list = (input: Record<string, unknown>) => ok<ClientPage>(dispatch(ctx, 'clients.list', input));

  it('filters by stage, jurisdiction, government status, responsible person and overdue', async () => {
    const { sam } = await seed();
    expect(names(await list({ filters: { stage: 'ready-to-submit' } }))).toEqual(['Okafor']);
    expect(names(await list({ filters: { jurisdiction: 'US' } }))).toEqual(['Chen', 'Díaz']);
    expect(names(await list({ filters: { governmentStatus: 'Request for Evidence Was Sent' } }))).toEqual([
      'Díaz',
    ]);
    expect(names(await list({ filters: { responsibleUserId: sam.id } }))).toEqual(['Okafor']);
    expect(names(await list({ filters: { hasOverdue: true } }))).toEqual(['Okafor']);
    expect(names(await list({ filters: { jurisdiction: 'US', stage: 'intake' } }))).toEqual(['Chen', 'Díaz']);
  });

  it('sorts by name, by next deadline (families without one last) and by last change', async () => {
    const { chen } = await seed();
    expect(names(await list({}))).toEqual(['Chen', 'Díaz', 'Okafor']);
    expect(names(await list({ direction: 'desc' }))).toEqual(['Okafor', 'Díaz', 'Chen']);
    expect(names(await list({ sort: 'next-deadline' }))).toEqual(['Okafor', 'Chen', 'Díaz']);
    expect(names(await list({ sort: 'next-deadline', direction: 'desc' }))).toEqual([
      'Chen',
      'Okafor',
      'Díaz',
    ]);
    expect(names(await list({ sort: 'updated', direction: 'desc' }))[0]).toBe('Díaz');
    await ok(dispatch(ctx, 'clients.update', { id: chen.id, version: chen.version, phone: '555 0100' }));
    expect(names(await list({ sort: 'updated', direction: 'desc' }))[0]).toBe('Chen');
  });

  it('pages through with a stable total', async () => {
    await seed();
    const first = await list({ limit: 2 });
    const second = await list({ limit: 2, offset: 2 });
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...names(first), ...names(second)]).toEqual(['Chen', 'Díaz', 'Okafor']);
  });
});
