import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { DashboardCharts, FamilyIntakeResult, LaunchWindow } from '../../../main/contract';
import { cumulativeByDay } from '../../../main/dashboard/charts';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { applicationType } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

// Monday 16 March 2026, 10:00 in Toronto: week 1 is 16–22 March, week 8 is 4–10 May.
let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-16T14:00:00.000Z'));
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

async function family(given: string, typeCodes: string[]): Promise<FamilyIntakeResult> {
  const applications = [];
  for (const code of typeCodes) applications.push({ typeId: (await applicationType(ctx, code)).id });
  return ok<FamilyIntakeResult>(
    dispatch(ctx, 'families.intake', { principal: { givenNames: given, familyName: 'Test', applications } }),
  );
}

describe('dashboard.charts', () => {
  it('counts open applications by stage and jurisdiction, leaving closed files out', async () => {
    await family('Ana', ['ca-work-permit', 'us-h4']);
    await family('Bo', ['ca-work-permit']);
    const closed = await family('Cy', ['ca-study-permit']);
    const client = await ok<{ version: number }>(dispatch(ctx, 'clients.get', { id: closed.clientId }));
    await ok(
      dispatch(ctx, 'clients.archive', { id: closed.clientId, version: client.version, reason: 'Done' }),
    );

    const charts = await ok<DashboardCharts>(dispatch(ctx, 'dashboard.charts', {}));
    const total = (jurisdiction: string) =>
      charts.stages.filter((s) => s.jurisdiction === jurisdiction).reduce((n, s) => n + s.applications, 0);
    expect(total('CA')).toBe(2);
    expect(total('US')).toBe(1);
    expect(charts.stages.every((s) => s.applications > 0)).toBe(true);
  });

  it('puts open deadlines in the week they fall due, from today, and counts overdue apart', async () => {
    const { clientId } = await family('Dee', []);
    const due = async (dueOn: string) =>
      ok(dispatch(ctx, 'deadlines.create', { clientId, kind: 'other', title: `Due ${dueOn}`, dueOn }));
    await due('2026-03-10'); // overdue
    await due('2026-03-16'); // today: week 1
    await due('2026-03-22'); // last day of week 1
    await due('2026-03-23'); // week 2
    await due('2026-05-10'); // last day of week 8
    await due('2026-05-11'); // beyond the chart
    const charts = await ok<DashboardCharts>(dispatch(ctx, 'dashboard.charts', {}));
    expect(charts.today).toBe('2026-03-16');
    expect(charts.weeks).toHaveLength(8);
    expect(charts.weeks[0]).toEqual({ from: '2026-03-16', to: '2026-03-22', deadlines: 2 });
    expect(charts.weeks[1]?.deadlines).toBe(1);
    expect(charts.weeks[7]).toEqual({ from: '2026-05-04', to: '2026-05-10', deadlines: 1 });
    expect(charts.weeks.reduce((n, w) => n + w.deadlines, 0)).toBe(4);
    expect(charts.overdue).toBe(1);
  });

  it("shows each active launch window's families by readiness", async () => {
    const one = await family('Eve', []);
    const two = await family('Fay', []);
    const window = await ok<LaunchWindow>(
      dispatch(ctx, 'launchWindows.createFromTemplate', {
        template: 'ca-owp-us-h1b-2023',
        opensOn: '2026-05-01',
      }),
    );
    await ok(
      dispatch(ctx, 'launchWindows.enrol', { windowId: window.id, clientIds: [one.clientId, two.clientId] }),
    );
    const charts = await ok<DashboardCharts>(dispatch(ctx, 'dashboard.charts', {}));
    expect(charts.launchWindows).toHaveLength(1);
    const progress = charts.launchWindows[0];
    expect(progress?.windowId).toBe(window.id);
    // Nothing is collected: both families are held back, none ready or submitted.
    expect(progress).toMatchObject({ ready: 0, blocked: 2, inProgress: 0, submitted: 0 });
  });
});

describe('launch progress over time', () => {
  it("is a running total per day in the window's zone, a late evening counting on its own day", () => {
    const instants = [
      '2026-05-01T16:00:05Z', // 12:00:05 in Toronto, opening minute
      '2026-05-01T16:00:40Z',
      '2026-05-02T03:30:00Z', // 23:30 on 1 May in Toronto, still the first day
      '2026-05-02T13:00:00-04:00', // 13:00 on 2 May, stored with an offset
      '2026-05-02T14:00:00Z',
    ];
    expect(cumulativeByDay(instants, 'America/Toronto')).toEqual([
      { day: '2026-05-01', applications: 3 },
      { day: '2026-05-02', applications: 5 },
    ]);
    // The same instants read in UTC split differently: the zone decides the day.
    expect(cumulativeByDay(instants, 'UTC')).toEqual([
      { day: '2026-05-01', applications: 2 },
      { day: '2026-05-02', applications: 5 },
    ]);
  });

  it('is empty before anything is submitted', () => {
    expect(cumulativeByDay([], 'America/Toronto')).toEqual([]);
  });
});
