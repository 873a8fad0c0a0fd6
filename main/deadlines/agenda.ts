import { and, asc, eq } from 'drizzle-orm';
import {
  countOpenDeadlinesIn,
  deadlineDayCounts,
  openDeadlinesIn,
  toListItem,
} from '../../db/deadlines/agenda';
import { deadlineListFilter, findDeadlineRow } from '../../db/deadlines/queries';
import { overrideDeadline } from '../../db/deadlines/rule-deadlines';
import { readReminderPreferences, writeReminderPreferences } from '../../db/reminders/queries';
import { clients, deadlines, dependants } from '../../db/schema';
import { readSettings } from '../../db/users/queries';
import { assertRecordFileOpen } from '../clients/closed-file';
import {
  type Dashboard,
  type DashboardBucket,
  type DashboardFamily,
  type DashboardSection,
  type DayCounts,
  type Deadline,
  type DeadlineExplanationView,
  type DeadlineKind,
  type DeadlineListItem,
  type ICS_DESCRIPTION_FIELDS,
  type IcsExport,
  type ParsedInput,
  type ReminderPreferences,
  WATCH_BEYOND_DAYS,
  WATCH_BEYOND_KINDS,
} from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { addDays } from '../domain/deadlines/calendar-date';
import { todayIn } from '../domain/deadlines/time-zone';
import { deadlinesToIcs, leadTimesFor } from '../domain/reminders';
import { computeRow, firmDeadlinePolicy } from './deadline-truth';
import { explainDeadline } from './explain';

function byFamily(items: DeadlineListItem[]): DashboardFamily[] {
  const families = new Map<number, DashboardFamily>();
  for (const d of items) {
    let family = families.get(d.clientId);
    if (!family) {
      family = {
        clientId: d.clientId,
        clientGivenNames: d.clientGivenNames,
        clientFamilyName: d.clientFamilyName,
        count: 0,
        deadlines: [],
      };
      families.set(d.clientId, family);
    }
    family.count += 1;
    family.deadlines.push(d);
  }
  return [...families.values()];
}

/**
 * What needs attention, in the firm's time zone, as far ahead as the user chose: overdue,
 * today, the next 7 days, days 8–30, days 31–horizon, and past the horizon the kinds people
 * miss (grace periods, passport expiries, ends of stay). Each section is counted in SQL and
 * lists at most `rowsPerSection` deadlines, so the page stays short at any firm size.
 */
export function dashboardHandler(ctx: ApiContext, input: ParsedInput<'deadlines.dashboard'>): Dashboard {
  const { horizonDays, rowsPerSection } = input;
  return read(ctx, (tx) => {
    const { timeZone } = readSettings(tx);
    // "Today" is the firm's calendar day, not the machine's or UTC's.
    const today = todayIn(timeZone, ctx.now());
    const horizon = addDays(today, horizonDays);
    const ranges: {
      bucket: DashboardBucket;
      from: string | null;
      to: string;
      kinds: DeadlineKind[] | null;
    }[] = [
      { bucket: 'overdue', from: null, to: addDays(today, -1), kinds: null },
      { bucket: 'today', from: today, to: today, kinds: null },
      { bucket: 'next7', from: addDays(today, 1), to: addDays(today, Math.min(7, horizonDays)), kinds: null },
    ];
    if (horizonDays > 7)
      ranges.push({
        bucket: 'next30',
        from: addDays(today, 8),
        to: addDays(today, Math.min(30, horizonDays)),
        kinds: null,
      });
    if (horizonDays > 30)
      ranges.push({ bucket: 'later', from: addDays(today, 31), to: horizon, kinds: null });
    ranges.push({
      bucket: 'beyond',
      from: addDays(horizon, 1),
      to: addDays(horizon, WATCH_BEYOND_DAYS),
      kinds: [...WATCH_BEYOND_KINDS],
    });
    const sections = ranges.map((range): DashboardSection => {
      const rows = openDeadlinesIn(tx, range, rowsPerSection);
      return {
        ...range,
        count: countOpenDeadlinesIn(tx, range),
        listed: rows.length,
        families: byFamily(rows),
      };
    });
    return { today, timeZone, horizonDays, sections };
  });
}

/** The month view's per-day counts and their sum (the day's deadlines come from deadlines.list). */
export function dayCountsHandler(ctx: ApiContext, input: ParsedInput<'deadlines.dayCounts'>): DayCounts {
  return read(ctx, (tx) => {
    const days = deadlineDayCounts(tx, input);
    return { days, total: days.reduce((n, d) => n + d.count, 0) };
  });
}

export function explainHandler(
  ctx: ApiContext,
  { id }: ParsedInput<'deadlines.explain'>,
): DeadlineExplanationView {
  return read(ctx, (tx) => explainDeadline(tx, id));
}

export function overrideHandler(
  ctx: ApiContext,
  { id, version, date, reason }: ParsedInput<'deadlines.override'>,
): Deadline {
  return write(ctx, (tx, writer) => {
    assertRecordFileOpen(tx, 'deadline', id);
    // The rules' date comes from the engine now, not from whatever the row held before.
    const row = findDeadlineRow(tx, id);
    const computed = computeRow({ ...row, computedDueOn: null }, firmDeadlinePolicy(tx)).explanation
      .computedDate;
    return overrideDeadline(tx, writer, id, version, { date, reason }, computed);
  });
}

const personName = (d: DeadlineListItem) =>
  [d.personGivenNames, d.personFamilyName].filter(Boolean).join(' ');

const ICS_FIELD_DEFAULTS: Record<(typeof ICS_DESCRIPTION_FIELDS)[number], string> = {
  kind: 'Kind',
  person: 'Person',
  family: 'Family',
  title: 'Title',
  notes: 'Notes',
  setByHand: 'Date set by hand',
  reminders: 'Reminders (days before)',
};

/**
 * What the calendar shows when the event is opened: whose deadline, of which family, what kind,
 * the notes, a date set by hand with its reason, and the lead times the alarms stand for. A
 * paralegal reading Outlook needs no Caseport open to know what the event is about.
 */
function icsDescription(
  d: DeadlineListItem,
  kind: string,
  leadTimes: readonly number[],
  words: Partial<Record<(typeof ICS_DESCRIPTION_FIELDS)[number], string>>,
): string {
  const word = (field: (typeof ICS_DESCRIPTION_FIELDS)[number]) => words[field] ?? ICS_FIELD_DEFAULTS[field];
  const family = [d.clientFamilyName, d.clientGivenNames].filter(Boolean).join(', ');
  const lines = [
    `${word('kind')}: ${kind}`,
    `${word('person')}: ${personName(d)}`,
    `${word('family')}: ${family}`,
  ];
  if (d.title) lines.push(`${word('title')}: ${d.title}`);
  if (d.notes) lines.push(`${word('notes')}: ${d.notes}`);
  if (d.computedDueOn) lines.push(`${word('setByHand')}: ${d.overrideReason}`);
  if (leadTimes.length > 0)
    lines.push(`${word('reminders')}: ${[...leadTimes].sort((a, b) => b - a).join(', ')}`);
  return lines.join('\n');
}

export function exportIcsHandler(ctx: ApiContext, input: ParsedInput<'deadlines.exportIcs'>): IcsExport {
  return read(ctx, (tx) => {
    const where = deadlineListFilter({ ...input, state: input.state });
    const items = tx
      .select({
        deadline: deadlines,
        clientGivenNames: clients.givenNames,
        clientFamilyName: clients.familyName,
        dependantGivenNames: dependants.givenNames,
        dependantFamilyName: dependants.familyName,
      })
      .from(deadlines)
      .innerJoin(clients, eq(clients.id, deadlines.clientId))
      .leftJoin(dependants, eq(dependants.id, deadlines.dependantId))
      .where(and(where))
      .orderBy(asc(deadlines.dueOn), asc(deadlines.id))
      .all()
      .map(toListItem);
    const firmLeadTimes = readReminderPreferences(tx).leadTimes;
    const now = ctx.now();
    const text = deadlinesToIcs(
      items.map((d) => {
        // The renderer sends the translated words: the main process has no catalogue of its own.
        const kind = input.labels.kinds[d.kind] ?? d.kind;
        const leadTimes = leadTimesFor(d.kind, { firm: firmLeadTimes, deadline: d.leadTimes });
        return {
          id: d.id,
          summary: `${d.title || kind} – ${personName(d)}`,
          description: icsDescription(d, kind, leadTimes, input.labels.fields),
          dueOn: d.dueOn,
          dueTime: d.dueTime,
          timeZone: d.timeZone,
          leadTimes,
          sequence: d.version,
          updatedAt: d.updatedAt,
        };
      }),
      { now, calendarName: input.labels.calendarName },
    );
    return {
      // A family's own file says so in its name; the screen's export keeps the plain name.
      fileName:
        input.clientId === undefined
          ? `caseport-deadlines-${now.toISOString().slice(0, 10)}.ics`
          : `caseport-deadlines-client-${input.clientId}-${now.toISOString().slice(0, 10)}.ics`,
      text,
      count: items.length,
    };
  });
}

export function getReminderPreferencesHandler(ctx: ApiContext): ReminderPreferences {
  return read(ctx, (tx) => readReminderPreferences(tx));
}

export function updateReminderPreferencesHandler(
  ctx: ApiContext,
  input: ParsedInput<'reminders.updatePreferences'>,
): ReminderPreferences {
  return write(ctx, (tx, writer) => writeReminderPreferences(tx, writer, input));
}
