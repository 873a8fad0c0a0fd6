import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type {
  Client,
  Dashboard,
  Deadline,
  DeadlinePage,
  IcsExport,
  ReminderPreferences,
} from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
afterEach(() => database.sqlite.close());

async function firmAt(instant: string) {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock(instant));
  await setUpFirm(ctx); // America/Toronto
}

const deadline = (clientId: number, dueOn: string, extra: Record<string, unknown> = {}) =>
  ok<Deadline>(
    dispatch(ctx, 'deadlines.create', { clientId, kind: 'other', title: `Due ${dueOn}`, dueOn, ...extra }),
  );

const sectionCounts = (d: Dashboard) => Object.fromEntries(d.sections.map((s) => [s.bucket, s.count]));
const titles = (d: Dashboard, bucket: string) =>
  d.sections.find((s) => s.bucket === bucket)?.families.flatMap((f) => f.deadlines.map((x) => x.title));

describe('dashboard', () => {
  it('sorts open deadlines into overdue, today, next 7 and next 30 days, grouped by family', async () => {
    await firmAt('2026-03-01T12:00:00.000Z');
    const amara = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    const elodie = await createClient(ctx, { givenNames: 'Élodie', familyName: 'Durand' });
    await deadline(amara.id, '2026-02-20');
    await deadline(amara.id, '2026-03-01');
    await deadline(elodie.id, '2026-03-01');
    await deadline(amara.id, '2026-03-08');
    await deadline(elodie.id, '2026-03-09');
    await deadline(amara.id, '2026-03-31');
    await deadline(amara.id, '2026-04-01'); // beyond 30 days
    const done = await deadline(elodie.id, '2026-02-25');
    await ok(dispatch(ctx, 'deadlines.complete', { id: done.id, version: done.version }));

    const dashboard = await ok<Dashboard>(dispatch(ctx, 'deadlines.dashboard', {}));
    expect(dashboard.today).toBe('2026-03-01');
    expect(sectionCounts(dashboard)).toEqual({ overdue: 1, today: 2, next7: 1, next30: 2, beyond: 0 });
    const today = dashboard.sections.find((s) => s.bucket === 'today');
    expect(today?.families.map((f) => [f.clientFamilyName, f.count])).toEqual([
      ['Okafor', 1],
      ['Durand', 1],
    ]);
    expect(titles(dashboard, 'next7')).toEqual(['Due 2026-03-08']);
    expect(titles(dashboard, 'next30')).toEqual(['Due 2026-03-09', 'Due 2026-03-31']);
    expect(dashboard.sections.find((s) => s.bucket === 'next7')).toMatchObject({
      from: '2026-03-02',
      to: '2026-03-08',
    });
  });

  it("counts days in the firm's time zone: 22:00 in Toronto is still the same day", async () => {
    // 03:00 UTC on 2 March is 22:00 on 1 March in Toronto.
    await firmAt('2026-03-02T03:00:00.000Z');
    const { id } = await createClient(ctx, { givenNames: 'Amara' });
    await deadline(id, '2026-03-01');
    const dashboard = await ok<Dashboard>(dispatch(ctx, 'deadlines.dashboard', {}));
    expect(dashboard).toMatchObject({ today: '2026-03-01', timeZone: 'America/Toronto' });
    expect(sectionCounts(dashboard)).toMatchObject({ today: 1, overdue: 0 });
  });

  it('leaves out closed files', async () => {
    await firmAt('2026-03-01T12:00:00.000Z');
    const client = await createClient(ctx, { givenNames: 'Amara' });
    await deadline(client.id, '2026-03-01');
    const fresh = await ok<Client>(dispatch(ctx, 'clients.get', { id: client.id }));
    await ok(
      dispatch(ctx, 'clients.archive', { id: client.id, version: fresh.version, reason: 'Matter closed' }),
    );
    const dashboard = await ok<Dashboard>(dispatch(ctx, 'deadlines.dashboard', {}));
    expect(sectionCounts(dashboard)).toEqual({ overdue: 0, today: 0, next7: 0, next30: 0, beyond: 0 });
  });

  it('looks as far ahead as asked, and past that still shows grace periods and passport expiries', async () => {
    await firmAt('2026-03-01T12:00:00.000Z');
    const { id } = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    await deadline(id, '2026-04-12'); // day 42, any kind
    await deadline(id, '2026-04-13', { kind: 'grace-period' }); // six weeks out
    await deadline(id, '2026-04-14', { kind: 'passport-expiry' });
    await deadline(id, '2026-09-01', { kind: 'passport-expiry' }); // day 184
    await deadline(id, '2026-12-01', { kind: 'passport-expiry' }); // past every window
    const thirty = await ok<Dashboard>(dispatch(ctx, 'deadlines.dashboard', {}));
    expect(thirty.horizonDays).toBe(30);
    expect(sectionCounts(thirty)).toEqual({ overdue: 0, today: 0, next7: 0, next30: 0, beyond: 3 });
    expect(thirty.sections.find((s) => s.bucket === 'beyond')).toMatchObject({
      from: '2026-04-01',
      to: '2026-09-27',
    });
    expect(titles(thirty, 'beyond')).toEqual(['Due 2026-04-13', 'Due 2026-04-14', 'Due 2026-09-01']);

    const ninety = await ok<Dashboard>(dispatch(ctx, 'deadlines.dashboard', { horizonDays: 90 }));
    expect(sectionCounts(ninety)).toEqual({ overdue: 0, today: 0, next7: 0, next30: 0, later: 3, beyond: 1 });
    expect(titles(ninety, 'later')).toEqual(['Due 2026-04-12', 'Due 2026-04-13', 'Due 2026-04-14']);
    expect(titles(ninety, 'beyond')).toEqual(['Due 2026-09-01']);

    const week = await ok<Dashboard>(dispatch(ctx, 'deadlines.dashboard', { horizonDays: 7 }));
    expect(week.sections.map((s) => s.bucket)).toEqual(['overdue', 'today', 'next7', 'beyond']);
    expect((await dispatch(ctx, 'deadlines.dashboard', { horizonDays: 45 })).ok).toBe(false);
  });

  it('counts every deadline of a section even when only the first are listed', async () => {
    await firmAt('2026-03-01T12:00:00.000Z');
    const { id } = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    for (let day = 10; day <= 20; day += 1) await deadline(id, `2026-03-${day}`);
    const dashboard = await ok<Dashboard>(dispatch(ctx, 'deadlines.dashboard', { rowsPerSection: 4 }));
    const next30 = dashboard.sections.find((s) => s.bucket === 'next30');
    expect(next30).toMatchObject({ count: 11, listed: 4 });
    expect(titles(dashboard, 'next30')).toEqual([
      'Due 2026-03-10',
      'Due 2026-03-11',
      'Due 2026-03-12',
      'Due 2026-03-13',
    ]);
  });
});

describe('month view', () => {
  it('counts deadlines per day with the agenda filters, without listing them', async () => {
    await firmAt('2026-03-01T12:00:00.000Z');
    const { id } = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    await deadline(id, '2026-03-05');
    await deadline(id, '2026-03-05');
    await deadline(id, '2026-03-05', { kind: 'biometrics' });
    await deadline(id, '2026-03-31');
    await deadline(id, '2026-04-01');
    const done = await deadline(id, '2026-03-06');
    await ok(dispatch(ctx, 'deadlines.complete', { id: done.id, version: done.version }));
    const month = { from: '2026-03-01', to: '2026-03-31' };
    expect(await ok(dispatch(ctx, 'deadlines.dayCounts', month))).toEqual({
      days: [
        { date: '2026-03-05', count: 3 },
        { date: '2026-03-31', count: 1 },
      ],
      total: 4,
    });
    expect(await ok(dispatch(ctx, 'deadlines.dayCounts', { ...month, kind: 'biometrics' }))).toMatchObject({
      total: 1,
    });
    expect(await ok(dispatch(ctx, 'deadlines.dayCounts', { ...month, state: 'done' }))).toEqual({
      days: [{ date: '2026-03-06', count: 1 }],
      total: 1,
    });
  });
});

describe('deadline list filters', () => {
  it('filters by kind and names the person each deadline belongs to', async () => {
    await firmAt('2026-03-01T12:00:00.000Z');
    const client = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    const child = await ok<{ id: number }>(
      dispatch(ctx, 'dependants.create', {
        clientId: client.id,
        relationship: 'child',
        givenNames: 'Ada',
        familyName: 'Okafor',
      }),
    );
    await deadline(client.id, '2026-03-10', { kind: 'biometrics', dependantId: child.id });
    await deadline(client.id, '2026-03-11');
    const page = await ok<DeadlinePage>(dispatch(ctx, 'deadlines.list', { kind: 'biometrics' }));
    expect(page.items.map((d) => [d.personGivenNames, d.clientGivenNames, d.kind])).toEqual([
      ['Ada', 'Amara', 'biometrics'],
    ]);
  });
});

describe('ICS export', () => {
  it('exports open deadlines with stable UIDs, all-day dates and one alarm per lead time', async () => {
    await firmAt('2026-03-01T12:00:00.000Z');
    const { id } = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
    const a = await deadline(id, '2026-03-10', { kind: 'biometrics', title: '', leadTimes: [7, 1] });
    const b = await deadline(id, '2026-04-01');
    const labels = {
      calendarName: 'Caseport deadlines',
      kinds: { biometrics: 'Biometrics', other: 'Other' },
    };
    const all = await ok<IcsExport>(dispatch(ctx, 'deadlines.exportIcs', { labels }));
    expect(all.count).toBe(2);
    expect(all.fileName).toMatch(/^caseport-deadlines-2026-03-01\.ics$/);
    const events = new ICAL.Component(ICAL.parse(all.text)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      `deadline-${a.id}@caseport.local`,
      `deadline-${b.id}@caseport.local`,
    ]);
    const first = new ICAL.Event(events[0]);
    expect(first.summary).toBe('Biometrics – Amara Okafor');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2026-03-10');
    expect(events[0]?.getAllSubcomponents('valarm')).toHaveLength(2);

    const filtered = await ok<IcsExport>(dispatch(ctx, 'deadlines.exportIcs', { labels, kind: 'other' }));
    expect(filtered.count).toBe(1);
    expect(filtered.text).toContain(`deadline-${b.id}@caseport.local`);
    expect(filtered.text).not.toContain(`deadline-${a.id}@caseport.local`);
  });

  it("uses the firm's lead times for the kind when the deadline has none", async () => {
    await firmAt('2026-03-01T12:00:00.000Z');
    const { id } = await createClient(ctx, { givenNames: 'Amara' });
    await deadline(id, '2026-03-10', { kind: 'biometrics' });
    const prefs = await ok<ReminderPreferences>(
      dispatch(ctx, 'reminders.updatePreferences', { leadTimes: { biometrics: [10, 5, 0] }, mode: 'digest' }),
    );
    expect(prefs).toMatchObject({ mode: 'digest', notifyAt: '08:00', leadTimes: { biometrics: [10, 5, 0] } });
    const { text } = await ok<IcsExport>(
      dispatch(ctx, 'deadlines.exportIcs', { labels: { calendarName: 'x', kinds: {} } }),
    );
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(3);
    expect(
      await dispatch(ctx, 'reminders.updatePreferences', { leadTimes: { biometrics: [400] } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
