import { and, asc, eq } from 'drizzle-orm';
import { openDeadlineCounts, openDeadlinesThrough, toListItem } from '../../db/deadlines/agenda';
import { deadlineListFilter, findDeadlineRow } from '../../db/deadlines/queries';
import { overrideDeadline } from '../../db/deadlines/rule-deadlines';
import { readReminderPreferences, writeReminderPreferences } from '../../db/reminders/queries';
import { clients, deadlines, dependants } from '../../db/schema';
import { readSettings } from '../../db/users/queries';
import type {
  Dashboard,
  DashboardFamily,
  DashboardSection,
  Deadline,
  DeadlineExplanationView,
  DeadlineListItem,
  IcsExport,
  ParsedInput,
  ReminderPreferences,
} from '../contract';
import type { ApiContext } from '../data-service/context';
import { read, write } from '../data-service/transaction';
import { addDays } from '../domain/deadlines/calendar-date';
import { todayIn } from '../domain/deadlines/time-zone';
import { deadlinesToIcs, leadTimesFor } from '../domain/reminders';
import { computeRow, firmDeadlinePolicy } from './deadline-truth';
import { explainDeadline } from './explain';

/** Most rows the dashboard lists; counts stay exact beyond it. */
const DASHBOARD_ROW_LIMIT = 500;

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

export function dashboardHandler(ctx: ApiContext): Dashboard {
  return read(ctx, (tx) => {
    const { timeZone } = readSettings(tx);
    // "Today" is the firm's calendar day, not the machine's or UTC's.
    const today = todayIn(timeZone, ctx.now());
    const in7 = addDays(today, 7);
    const in30 = addDays(today, 30);
    const rows = openDeadlinesThrough(tx, in30, DASHBOARD_ROW_LIMIT);
    const counts = openDeadlineCounts(tx, today, in7, in30);
    const section = (
      bucket: DashboardSection['bucket'],
      from: string | null,
      to: string,
      keep: (d: DeadlineListItem) => boolean,
    ): DashboardSection => ({
      bucket,
      from,
      to,
      count: counts[bucket],
      families: byFamily(rows.filter(keep)),
    });
    return {
      today,
      timeZone,
      sections: [
        section('overdue', null, addDays(today, -1), (d) => d.dueOn < today),
        section('today', today, today, (d) => d.dueOn === today),
        section('next7', addDays(today, 1), in7, (d) => d.dueOn > today && d.dueOn <= in7),
        section('next30', addDays(in7, 1), in30, (d) => d.dueOn > in7 && d.dueOn <= in30),
      ],
    };
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
    // The rules' date comes from the engine now, not from whatever the row held before.
    const row = findDeadlineRow(tx, id);
    const computed = computeRow({ ...row, computedDueOn: null }, firmDeadlinePolicy(tx)).explanation
      .computedDate;
    return overrideDeadline(tx, writer, id, version, { date, reason }, computed);
  });
}

const personName = (d: DeadlineListItem) =>
  [d.personGivenNames, d.personFamilyName].filter(Boolean).join(' ');

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
        // The renderer sends the translated kind names: the main process has no catalogue of its own.
        const kind = input.labels.kinds[d.kind] ?? d.kind;
        return {
          id: d.id,
          summary: `${d.title || kind} – ${personName(d)}`,
          description: d.title ? kind : null,
          dueOn: d.dueOn,
          dueTime: d.dueTime,
          timeZone: d.timeZone,
          leadTimes: leadTimesFor(d.kind, { firm: firmLeadTimes, deadline: d.leadTimes }),
          sequence: d.version,
          updatedAt: d.updatedAt,
        };
      }),
      { now, calendarName: input.labels.calendarName },
    );
    return {
      fileName: `caseport-deadlines-${now.toISOString().slice(0, 10)}.ics`,
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
