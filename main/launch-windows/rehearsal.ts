import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { RecordError } from '../../db/errors';
import { copyDatabase, type DatabaseCopy, setWindowInstants } from '../../db/launch-windows/rehearsal-copy';
import { loadLaunchWindow } from '../../db/launch-windows/windows';
import type { Rehearsal, RehearsalFamilyTiming, RehearsalReport } from '../contract/launch-queue';
import type { ApiContext } from '../data-service/context';
import { read } from '../data-service/transaction';

/**
 * Dress rehearsals of a launch window. Each one runs on its own throwaway copy of the firm's
 * data (same families, same queue), opened on a second connection; launch-mode channels given
 * its id swap that copy in for ctx.db. The copy's window opens a minute after the start, the
 * numbers are typed for real, and every recording is timed for the closing report. Nothing is
 * ever written to the real file: ending the rehearsal closes the copy and deletes it.
 */

/** A minute to settle in before the copy's window opens, as on the night. */
export const REHEARSAL_LEAD_MS = 60_000;

interface RecordingLog {
  clientId: number;
  name: string;
  at: number;
  members: number;
  blockers: string[];
  overrides: number;
}

interface RehearsalSession {
  id: string;
  windowId: number;
  startedAt: string;
  opensAt: string;
  copy: DatabaseCopy;
  log: RecordingLog[];
}

const sessions = new Map<string, RehearsalSession>();

export async function startRehearsal(ctx: ApiContext, windowId: number): Promise<Rehearsal> {
  const window = read(ctx, (tx) => loadLaunchWindow(tx, windowId));
  const copy = await copyDatabase(ctx.db, path.join(ctx.dataDir, 'rehearsals'));
  const now = ctx.now().getTime();
  const opensAt = new Date(now + REHEARSAL_LEAD_MS).toISOString();
  // The window keeps its length: a copy of a window that closes 48 h after opening does too.
  const closesAt =
    window.closesAt === null
      ? null
      : new Date(
          now + REHEARSAL_LEAD_MS + Date.parse(window.closesAt) - Date.parse(window.opensAt),
        ).toISOString();
  setWindowInstants(copy.db, windowId, { opensAt, closesAt });
  const session: RehearsalSession = {
    id: randomUUID(),
    windowId,
    startedAt: new Date(now).toISOString(),
    opensAt,
    copy,
    log: [],
  };
  sessions.set(session.id, session);
  return { id: session.id, windowId, startedAt: session.startedAt, opensAt };
}

function sessionFor(rehearsalId: string, windowId?: number): RehearsalSession {
  const session = sessions.get(rehearsalId);
  if (!session || (windowId !== undefined && session.windowId !== windowId))
    throw new RecordError('not-found', 'This rehearsal has ended. Start a new one from the window.', {
      rehearsalId: 'launchWindows.errors.rehearsalEnded',
    });
  return session;
}

/** The context a channel runs in: the real one, or the same one reading and writing the rehearsal's copy. */
export function contextFor(ctx: ApiContext, rehearsalId: string | undefined, windowId?: number): ApiContext {
  if (rehearsalId === undefined) return ctx;
  return { ...ctx, db: sessionFor(rehearsalId, windowId).copy.db };
}

export function rehearsalInfo(rehearsalId: string | undefined) {
  if (rehearsalId === undefined) return null;
  const session = sessionFor(rehearsalId);
  return { id: session.id, startedAt: session.startedAt };
}

/** Called after each recording in a rehearsal: what the timing report is made of. */
export function logRehearsalRecording(rehearsalId: string, entry: Omit<RecordingLog, 'at'>, at: Date): void {
  sessionFor(rehearsalId).log.push({ ...entry, at: at.getTime() });
}

/** Families per hour, the slowest family, the blockers met: worked out from the recordings' times. */
export function timingReport(
  session: Pick<RehearsalSession, 'windowId' | 'startedAt' | 'opensAt' | 'log'>,
  finishedAt: Date,
): RehearsalReport {
  const log = [...session.log].sort((a, b) => a.at - b.at);
  const opensMs = Date.parse(session.opensAt);
  // Recording before the copy opened is allowed in a rehearsal; the clock then starts at the start.
  const startMs =
    log.length > 0 && (log[0] as RecordingLog).at < opensMs ? Date.parse(session.startedAt) : opensMs;
  const families = new Map<number, RehearsalFamilyTiming>();
  let previous = startMs;
  const blockers = new Map<string, number>();
  let overrides = 0;
  for (const entry of log) {
    const timing = families.get(entry.clientId) ?? {
      clientId: entry.clientId,
      name: entry.name,
      members: 0,
      ms: 0,
      blockers: 0,
    };
    timing.ms += Math.max(0, entry.at - previous);
    timing.members += entry.members;
    timing.blockers += entry.blockers.length;
    families.set(entry.clientId, timing);
    for (const code of entry.blockers) blockers.set(code, (blockers.get(code) ?? 0) + 1);
    overrides += entry.overrides;
    previous = entry.at;
  }
  const timings = [...families.values()];
  const workedMs = log.length > 0 ? previous - startMs : 0;
  const slowest = timings.reduce<RehearsalFamilyTiming | null>(
    (s, f) => (s === null || f.ms > s.ms ? f : s),
    null,
  );
  return {
    windowId: session.windowId,
    startedAt: session.startedAt,
    finishedAt: finishedAt.toISOString(),
    familiesRecorded: timings.length,
    membersRecorded: timings.reduce((sum, f) => sum + f.members, 0),
    workedMs,
    familiesPerHour: workedMs > 0 ? Math.round((timings.length * 3_600_000) / workedMs) : 0,
    slowest,
    blockersMet: [...blockers.entries()]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    overrides,
    families: timings,
  };
}

/** Ends a rehearsal: the timing report, then the copy is closed and deleted. */
export function finishRehearsal(ctx: ApiContext, rehearsalId: string): RehearsalReport {
  const session = sessionFor(rehearsalId);
  try {
    return timingReport(session, ctx.now());
  } finally {
    sessions.delete(rehearsalId);
    session.copy.close();
  }
}

/** Closes every open rehearsal copy (the data service shutting down, a test's teardown). */
export function closeAllRehearsals(): void {
  for (const session of sessions.values()) session.copy.close();
  sessions.clear();
}
