import { applicationStageCounts, submissionInstants } from '../../db/dashboard/queries';
import { countOpenDeadlinesIn, deadlineDayCounts } from '../../db/deadlines/agenda';
import { listLaunchWindows } from '../../db/launch-windows/windows';
import { readSettings } from '../../db/users/queries';
import { CHART_WEEKS, type DashboardCharts, type LaunchProgress, type WeekLoad } from '../contract';
import type { ApiContext } from '../data-service/context';
import { read } from '../data-service/transaction';
import { addDays } from '../domain/deadlines/calendar-date';
import { todayIn } from '../domain/deadlines/time-zone';
import { launchQueue } from '../launch-windows/queue';

/**
 * Numbers for the dashboard's charts, read in one snapshot so the three pictures agree.
 * Weeks run from today (not from Monday): "the next 8 weeks" means the next 56 days, and the
 * first bar is never a half-week.
 */
export function dashboardChartsHandler(ctx: ApiContext): DashboardCharts {
  return read(ctx, (tx) => {
    const { timeZone } = readSettings(tx);
    const now = ctx.now();
    const today = todayIn(timeZone, now);
    const last = addDays(today, CHART_WEEKS * 7 - 1);
    const perDay = deadlineDayCounts(tx, { from: today, to: last, state: 'open' });
    const weeks: WeekLoad[] = Array.from({ length: CHART_WEEKS }, (_, i) => ({
      from: addDays(today, i * 7),
      to: addDays(today, i * 7 + 6),
      deadlines: 0,
    }));
    for (const { date, count } of perDay) {
      const week = weeks.find((w) => w.from <= date && date <= w.to);
      if (week) week.deadlines += count;
    }
    const overdue = countOpenDeadlinesIn(tx, { from: null, to: addDays(today, -1) });
    const launchWindows: LaunchProgress[] = listLaunchWindows(tx, 'exclude').map((w) => {
      const { counts } = launchQueue(tx, w.id, now);
      return {
        windowId: w.id,
        name: w.name,
        opensAt: w.opensAt,
        timeZone: w.timeZone,
        ready: counts.ready,
        // Ineligible families are blocked too, for a picture: neither can be submitted yet.
        blocked: counts.blocked + counts.ineligible,
        inProgress: counts.inProgress,
        submitted: counts.submitted,
        submittedByDay: cumulativeByDay(submissionInstants(tx, w.id), w.timeZone),
      };
    });
    return { today, timeZone, stages: applicationStageCounts(tx), weeks, overdue, launchWindows };
  });
}

/** Running total of submissions at the end of each day (in `timeZone`) that had any. */
export function cumulativeByDay(
  instants: string[],
  timeZone: string,
): { day: string; applications: number }[] {
  const days: { day: string; applications: number }[] = [];
  let total = 0;
  // Sorted as instants, not as text: a stored offset (-04:00) would sort wrongly as a string.
  for (const at of [...instants].sort((a, b) => Date.parse(a) - Date.parse(b))) {
    const day = todayIn(timeZone, Date.parse(at));
    total++;
    const last = days[days.length - 1];
    if (last?.day === day) last.applications = total;
    else days.push({ day, applications: total });
  }
  return days;
}
