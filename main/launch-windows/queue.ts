import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { loadLaunchWindow } from '../../db/launch-windows/windows';
import type { CaseportDb } from '../../db/open';
import {
  checklistItems,
  clients,
  dependants,
  firmUsers,
  immigrationStatuses,
  launchWindowEnrolments,
  launchWindowSubmissions,
  passports,
} from '../../db/schema';
import { calendarDateIn } from '../contract/dates';
import type { CapTracker, LaunchQueue, QueueFamily, QueueMember } from '../contract/launch-queue';
import type { LaunchWindow } from '../contract/launch-windows';
import { personDisplayName } from '../contract/people';
import {
  audienceOf,
  blocker,
  capStatus,
  type FamilySnapshot,
  familyReadiness,
  type MemberSnapshot,
  memberKey,
  orderQueue,
  queueState,
} from '../domain/launch-windows';

/**
 * The launch queue: every enrolled family's readiness, read in a handful of queries per
 * window (not per family) so a window of thousands of families answers in one pass.
 */

type SubmissionRow = {
  id: number;
  version: number;
  overrideReason: string;
  overrideBlockers: { code: string; key: string; params: Record<string, string | number> }[];
  enrolmentId: number;
  dependantId: number | null;
  applicationId: number;
  audience: QueueMember['audience'];
  confirmationNumber: string;
  submittedAt: string | null;
  submittedBy: number | null;
  submittedByName: string | null;
};

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * A family whose file was closed after it was enrolled cannot be submitted until the file is
 * reopened (its records are read-only, and recording would be refused with CLOSED): it waits at
 * the bottom of the queue with that reason, on the principal, instead of looking ready.
 */
function closedFileReadiness(
  readiness: ReturnType<typeof familyReadiness>,
  closed: boolean,
  principalName: string,
): ReturnType<typeof familyReadiness> {
  if (!closed) return readiness;
  const reason = blocker('fileClosed', memberKey(null), { member: principalName });
  return {
    ...readiness,
    ready: false,
    eligible: false,
    blockers: [reason, ...readiness.blockers],
    members: readiness.members.map((member, index) => ({
      ...member,
      ready: false,
      blockers: index === 0 ? [reason, ...member.blockers] : member.blockers,
    })),
  };
}

/** Families of a window (optionally one), in queue order, with readiness worked out. */
export function queueFamilies(
  db: CaseportDb,
  window: LaunchWindow,
  now: Date,
  onlyClientId?: number,
): { families: QueueFamily[]; withdrawn: number; today: string } {
  const enrolmentWhere: SQL[] = [eq(launchWindowEnrolments.windowId, window.id)];
  if (onlyClientId !== undefined) enrolmentWhere.push(eq(launchWindowEnrolments.clientId, onlyClientId));
  const enrolments = db
    .select({ enrolment: launchWindowEnrolments, client: clients })
    .from(launchWindowEnrolments)
    .innerJoin(clients, eq(clients.id, launchWindowEnrolments.clientId))
    .where(and(...enrolmentWhere))
    .orderBy(asc(launchWindowEnrolments.id))
    .all();
  const active = enrolments.filter((e) => e.enrolment.state !== 'withdrawn');
  const clientIds = active.map((e) => e.client.id);
  const today = calendarDateIn(window.timeZone, now);
  if (clientIds.length === 0) return { families: [], withdrawn: enrolments.length, today };
  // SQLite limits bound parameters; a whole window is read by window id instead of by list.
  const byFamily = onlyClientId === undefined ? undefined : onlyClientId;
  const inWindow = (clientColumn: SQLiteColumn) =>
    byFamily !== undefined
      ? eq(clientColumn, byFamily)
      : inArray(
          clientColumn,
          db
            .select({ id: launchWindowEnrolments.clientId })
            .from(launchWindowEnrolments)
            .where(eq(launchWindowEnrolments.windowId, window.id)),
        );
  const dependantRows = groupBy(
    db.select().from(dependants).where(inWindow(dependants.clientId)).orderBy(asc(dependants.id)).all(),
    (d) => d.clientId,
  );
  const passportRows = groupBy(
    db.select().from(passports).where(inWindow(passports.clientId)).all(),
    (p) => `${p.clientId}:${p.dependantId ?? 0}`,
  );
  const statusRows = groupBy(
    db.select().from(immigrationStatuses).where(inWindow(immigrationStatuses.clientId)).all(),
    (s) => `${s.clientId}:${s.dependantId ?? 0}`,
  );
  const submissionWhere = [eq(launchWindowSubmissions.windowId, window.id)];
  if (byFamily !== undefined) submissionWhere.push(eq(launchWindowSubmissions.clientId, byFamily));
  const submissions: SubmissionRow[] = db
    .select({
      id: launchWindowSubmissions.id,
      version: launchWindowSubmissions.version,
      overrideReason: launchWindowSubmissions.overrideReason,
      overrideBlockers: launchWindowSubmissions.overrideBlockers,
      enrolmentId: launchWindowSubmissions.enrolmentId,
      dependantId: launchWindowSubmissions.dependantId,
      applicationId: launchWindowSubmissions.applicationId,
      audience: launchWindowSubmissions.audience,
      confirmationNumber: launchWindowSubmissions.confirmationNumber,
      submittedAt: launchWindowSubmissions.submittedAt,
      submittedBy: launchWindowSubmissions.submittedBy,
      submittedByName: firmUsers.displayName,
    })
    .from(launchWindowSubmissions)
    .leftJoin(firmUsers, eq(firmUsers.id, launchWindowSubmissions.submittedBy))
    .where(and(...submissionWhere))
    .all();
  const submissionsByEnrolment = groupBy(submissions, (s) => s.enrolmentId);
  const items = groupBy(
    db
      .select({
        id: checklistItems.id,
        applicationId: checklistItems.applicationId,
        labelKey: checklistItems.labelKey,
        label: checklistItems.label,
        state: checklistItems.state,
      })
      .from(checklistItems)
      .innerJoin(
        launchWindowSubmissions,
        eq(launchWindowSubmissions.applicationId, checklistItems.applicationId),
      )
      .where(and(...submissionWhere))
      .orderBy(asc(checklistItems.applicationId), asc(checklistItems.sortOrder))
      .all(),
    (i) => i.applicationId,
  );

  const entries = active.map(({ enrolment, client }) => {
    const filings = new Map(
      (submissionsByEnrolment.get(enrolment.id) ?? []).map((s) => [s.dependantId ?? 0, s]),
    );
    const people = [
      { ...client, dependantId: null, relationship: null, lastVerifiedOn: null },
      ...(dependantRows.get(client.id) ?? []).map((d) => ({ ...d, dependantId: d.id })),
    ].filter((p) => p.dependantId === null || !p.archivedAt || filings.get(p.dependantId)?.submittedAt);
    const members = people.map((person) => {
      const filing = filings.get(person.dependantId ?? 0);
      const documents = `${client.id}:${person.dependantId ?? 0}`;
      const snapshot: MemberSnapshot = {
        key: memberKey(person.dependantId),
        dependantId: person.dependantId,
        audience: audienceOf(person.relationship),
        name: personDisplayName(person),
        dateOfBirth: person.dateOfBirth,
        addressCountry: person.addressCountry,
        lastVerifiedOn: person.lastVerifiedOn,
        passports: passportRows.get(documents) ?? [],
        statuses: statusRows.get(documents) ?? [],
        checklist: filing ? (items.get(filing.applicationId) ?? []) : null,
        submitted: Boolean(filing?.submittedAt),
      };
      return { person, filing, snapshot };
    });
    const family: FamilySnapshot = { members: members.map((m) => m.snapshot) };
    const membersSubmitted = members.filter((m) => m.snapshot.submitted).length;
    const readiness = closedFileReadiness(
      familyReadiness(family, { eligibility: window.eligibility, opensOn: window.opensOn, today }),
      client.archivedAt !== null && membersSubmitted < members.length,
      personDisplayName(client),
    );
    const queueMembers: QueueMember[] = members.map(({ person, filing, snapshot }, index) => ({
      memberKey: snapshot.key,
      dependantId: snapshot.dependantId,
      audience: snapshot.audience,
      givenNames: person.givenNames,
      familyName: person.familyName,
      dateOfBirth: person.dateOfBirth,
      applicationId: filing?.applicationId ?? null,
      filingId: filing?.id ?? null,
      filingVersion: filing?.version ?? 0,
      personVersion: person.version,
      passports: (passportRows.get(`${client.id}:${person.dependantId ?? 0}`) ?? []).map((p) => ({
        id: p.id,
        number: p.number,
        issuingCountry: p.issuingCountry,
        issuedOn: p.issuedOn,
        expiresOn: p.expiresOn,
      })),
      lastVerifiedOn: person.lastVerifiedOn,
      checklist: filing
        ? (items.get(filing.applicationId) ?? []).map(({ applicationId: _a, ...i }) => i)
        : [],
      ready: readiness.members[index]?.ready ?? false,
      blockers: readiness.members[index]?.blockers ?? [],
      flags: readiness.members[index]?.flags ?? [],
      submission:
        filing?.submittedAt && filing.submittedBy !== null
          ? {
              confirmationNumber: filing.confirmationNumber,
              submittedAt: filing.submittedAt,
              submittedBy: filing.submittedBy,
              submittedByName: filing.submittedByName ?? '',
              override: filing.overrideReason
                ? { reason: filing.overrideReason, blockers: filing.overrideBlockers }
                : null,
            }
          : null,
    }));
    const flagged = queueMembers.some((m) => m.flags.length > 0 || m.submission?.override);
    return {
      state: queueState({
        ready: readiness.ready,
        eligible: readiness.eligible,
        membersSubmitted,
        members: members.length,
      }),
      score: readiness.score,
      enrolledOrder: enrolment.id,
      family: {
        position: 0,
        enrolmentId: enrolment.id,
        clientId: client.id,
        givenNames: client.givenNames,
        familyName: client.familyName,
        eligible: readiness.eligible,
        blockers: readiness.blockers,
        flagged,
        members: queueMembers,
        membersSubmitted,
        notSubmittedReason: enrolment.notSubmittedReason,
      },
    };
  });
  const families = orderQueue(entries).map((e, index) => ({
    ...e.family,
    position: index + 1,
    state: e.state,
    score: e.score,
  }));
  return { families, withdrawn: enrolments.length - active.length, today };
}

/** Our filings that count toward the cap, and what is left of it. */
export function capTracker(db: CaseportDb, window: LaunchWindow): CapTracker {
  const submitted = db
    .select({
      dependantId: launchWindowSubmissions.dependantId,
      submittedAt: launchWindowSubmissions.submittedAt,
    })
    .from(launchWindowSubmissions)
    .where(eq(launchWindowSubmissions.windowId, window.id))
    .all()
    .filter((s): s is { dependantId: number | null; submittedAt: string } => s.submittedAt !== null);
  return capStatus(
    {
      cap: window.cap,
      countsToward: window.capCountsToward,
      reportedCount: window.reportedCount,
      reportedAt: window.reportedAt,
    },
    submitted.map((s) => ({ principal: s.dependantId === null, submittedAt: s.submittedAt })),
  );
}

/** Families still to submit held back by each kind of blocker, eligibility kinds first, then the most common. */
export function blockerCounts(families: readonly QueueFamily[]): LaunchQueue['blockerCounts'] {
  const counts = new Map<string, { code: string; eligibility: boolean; families: number }>();
  for (const family of families) {
    for (const code of new Set(family.blockers.map((b) => b.code))) {
      const entry = counts.get(code) ?? {
        code,
        eligibility: family.blockers.some((b) => b.code === code && b.eligibility),
        families: 0,
      };
      entry.families += 1;
      counts.set(code, entry);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      Number(b.eligibility) - Number(a.eligibility) ||
      b.families - a.families ||
      a.code.localeCompare(b.code),
  );
}

export function launchQueue(
  db: CaseportDb,
  windowId: number,
  now: Date,
  rehearsal: LaunchQueue['rehearsal'] = null,
): LaunchQueue {
  const window = loadLaunchWindow(db, windowId);
  const { families, withdrawn, today } = queueFamilies(db, window, now);
  const tally = (state: QueueFamily['state']) => families.filter((f) => f.state === state).length;
  return {
    window,
    today,
    counts: {
      families: families.length,
      ready: tally('ready'),
      blocked: tally('blocked'),
      ineligible: tally('ineligible'),
      inProgress: tally('in-progress'),
      submitted: tally('submitted'),
      withdrawn,
    },
    blockerCounts: blockerCounts(families),
    cap: capTracker(db, window),
    families,
    rehearsal,
  };
}
