import { z } from 'zod';
import { DEADLINE_KINDS, type DeadlineKind, type DeadlineListItem } from './deadlines';
import { isoDate, optionalText, recordId } from './validation';

/**
 * Cross-family views of deadlines: the dashboard (what needs attention now, in the firm's time
 * zone) and the calendar export.
 */
export const DASHBOARD_BUCKETS = ['overdue', 'today', 'next7', 'next30', 'later', 'beyond'] as const;
export type DashboardBucket = (typeof DASHBOARD_BUCKETS)[number];

/** How far ahead the dashboard looks; the user picks one. */
export const DASHBOARD_HORIZONS = [7, 30, 90, 180] as const;
export type DashboardHorizon = (typeof DASHBOARD_HORIZONS)[number];

/**
 * Kinds that warn of losing status and that people tend to see too late: the "beyond" section
 * lists them past the chosen horizon (a grace period or a passport expiring in six weeks, the
 * last day to file an extension under maintained status, a restoration deadline).
 */
export const WATCH_BEYOND_KINDS = [
  'grace-period',
  'passport-expiry',
  'authorized-stay-end',
  'status-expiry',
  'extension-filing',
  'restoration',
] as const satisfies readonly DeadlineKind[];
/** How far past the horizon the "beyond" section looks. */
export const WATCH_BEYOND_DAYS = 180;

export const dashboardInput = z.strictObject({
  horizonDays: z
    .number()
    .int()
    .refine((n) => (DASHBOARD_HORIZONS as readonly number[]).includes(n))
    .default(30),
  /** Most deadlines listed per section; the counts are always exact. */
  rowsPerSection: z.number().int().min(1).max(500).default(25),
});

export interface DashboardFamily {
  clientId: number;
  clientGivenNames: string;
  clientFamilyName: string;
  /** Deadlines of this family listed in the section (the section's count is the true total). */
  count: number;
  deadlines: DeadlineListItem[];
}

export interface DashboardSection {
  bucket: DashboardBucket;
  /** First and last due date the section covers (overdue: from is null). */
  from: string | null;
  to: string;
  /** Only these kinds (the "beyond" section); null for every kind. */
  kinds: DeadlineKind[] | null;
  /** Every open deadline in the section, counted in SQL: never the length of a capped list. */
  count: number;
  /** How many of them are listed below (at most rowsPerSection). */
  listed: number;
  families: DashboardFamily[];
}

export interface Dashboard {
  /** Today in the firm's time zone (YYYY-MM-DD). */
  today: string;
  timeZone: string;
  horizonDays: number;
  sections: DashboardSection[];
}

/** The month view: how many deadlines fall on each day (the day's list is loaded on demand). */
export const dayCountsInput = z.strictObject({
  from: isoDate,
  to: isoDate,
  kind: z.enum(DEADLINE_KINDS).optional(),
  state: z.enum(['open', 'done', 'dismissed', 'all']).default('open'),
});

export interface DayCounts {
  days: { date: string; count: number }[];
  total: number;
}

/** The lines of an exported event's description, in this order. */
export const ICS_DESCRIPTION_FIELDS = [
  'kind',
  'person',
  'family',
  'title',
  'notes',
  'setByHand',
  'reminders',
] as const;

/** ICS export: every open deadline, or the ones the Deadlines screen filters to. */
export const exportIcsInput = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  clientId: recordId.optional(),
  kind: z.enum(DEADLINE_KINDS).optional(),
  state: z.enum(['open', 'all']).default('open'),
  /** Translated words for the calendar: the main process has no catalogue of its own. */
  labels: z.strictObject({
    calendarName: optionalText(200),
    kinds: z.partialRecord(z.enum(DEADLINE_KINDS), optionalText(200)),
    /** Words for each event's description ("Person", "Family"...); English when left out. */
    fields: z.partialRecord(z.enum(ICS_DESCRIPTION_FIELDS), optionalText(200)).default({}),
  }),
});

export interface IcsExport {
  fileName: string;
  text: string;
  count: number;
}
