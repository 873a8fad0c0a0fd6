import { z } from 'zod';
import { DEADLINE_KINDS, type DeadlineListItem } from './deadlines';
import { isoDate, recordId } from './validation';

/**
 * Cross-family views of deadlines: the dashboard (what needs attention now, in the firm's time
 * zone) and the calendar export.
 */
export const DASHBOARD_BUCKETS = ['overdue', 'today', 'next7', 'next30'] as const;
export type DashboardBucket = (typeof DASHBOARD_BUCKETS)[number];

export const dashboardInput = z.strictObject({});

export interface DashboardFamily {
  clientId: number;
  clientGivenNames: string;
  clientFamilyName: string;
  count: number;
  deadlines: DeadlineListItem[];
}

export interface DashboardSection {
  bucket: DashboardBucket;
  /** First and last due date the section covers (overdue: from is null). */
  from: string | null;
  to: string;
  count: number;
  families: DashboardFamily[];
}

export interface Dashboard {
  /** Today in the firm's time zone (YYYY-MM-DD). */
  today: string;
  timeZone: string;
  sections: DashboardSection[];
}

/** ICS export: every open deadline, or the ones the Deadlines screen filters to. */
export const exportIcsInput = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  clientId: recordId.optional(),
  kind: z.enum(DEADLINE_KINDS).optional(),
  state: z.enum(['open', 'all']).default('open'),
  /** Translated words for the calendar: the main process has no catalogue of its own. */
  labels: z.strictObject({
    calendarName: z.string().max(200),
    kinds: z.partialRecord(z.enum(DEADLINE_KINDS), z.string().max(200)),
  }),
});

export interface IcsExport {
  fileName: string;
  text: string;
  count: number;
}
