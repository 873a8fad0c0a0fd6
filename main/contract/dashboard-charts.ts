import { z } from 'zod';
import type { ApplicationStage, Jurisdiction } from './applications';

/**
 * The dashboard's pictures, each also shown as a table: open applications by stage and
 * jurisdiction, open deadlines per week for the next 8 weeks, and each active launch window's
 * families by readiness. Counted in the firm's time zone on the data service's clock.
 */
export const dashboardChartsInput = z.strictObject({});

export const CHART_WEEKS = 8;

export interface StageCount {
  stage: ApplicationStage;
  jurisdiction: Jurisdiction;
  applications: number;
}

export interface WeekLoad {
  /** First day of the week, counted from today (week 1 is today and the 6 days after). */
  from: string;
  to: string;
  deadlines: number;
}

export interface LaunchProgress {
  windowId: number;
  name: string;
  opensAt: string;
  timeZone: string;
  ready: number;
  blocked: number;
  inProgress: number;
  submitted: number;
  /** Applications (members) submitted so far, at the end of each day that had submissions,
   *  days counted in the window's own zone: the launch's progress over time. */
  submittedByDay: { day: string; applications: number }[];
}

export interface DashboardCharts {
  today: string;
  timeZone: string;
  stages: StageCount[];
  weeks: WeekLoad[];
  overdue: number;
  launchWindows: LaunchProgress[];
}
