import { and, asc, eq } from 'drizzle-orm';
import { loadLaunchWindow } from '../../db/launch-windows/windows';
import type { CaseportDb } from '../../db/open';
import { clients, launchWindowEnrolments } from '../../db/schema';
import { readSettings } from '../../db/users/queries';
import type { LaunchReport, LaunchReportRow, ReportOutcome } from '../contract/launch-queue';
import { queueFamilies } from './queue';

/**
 * After the window: who was filed (with confirmation numbers), who was not and why, who was
 * never ready. One row per member so the CSV matches what was filed, person by person. Reasons
 * travel as catalogue keys, so the page and the CSV (both built in the renderer) say them in
 * plain words in the reader's language, never as internal codes.
 */
export function launchReport(db: CaseportDb, windowId: number, now: Date): LaunchReport {
  const window = loadLaunchWindow(db, windowId);
  const { families } = queueFamilies(db, window, now);
  const zero = (): Record<ReportOutcome, number> => ({
    submitted: 0,
    'partly-submitted': 0,
    'not-submitted': 0,
    'not-ready': 0,
    withdrawn: 0,
  });
  const counts = zero();
  const memberCounts = zero();
  const rows: LaunchReportRow[] = [];
  // Report order: by family name, so a printed page reads like the client list.
  const sorted = [...families].sort(
    (a, b) =>
      a.familyName.localeCompare(b.familyName) ||
      a.givenNames.localeCompare(b.givenNames) ||
      a.clientId - b.clientId,
  );
  for (const family of sorted) {
    const outcome: ReportOutcome =
      family.state === 'submitted'
        ? 'submitted'
        : family.state === 'in-progress'
          ? 'partly-submitted'
          : family.state === 'ready'
            ? 'not-submitted'
            : 'not-ready';
    counts[outcome] += 1;
    for (const member of family.members) {
      const memberOutcome: ReportOutcome = member.submission ? 'submitted' : outcome;
      memberCounts[memberOutcome] += 1;
      // A submitted member keeps its flags (eligibility still failing); others show what held them back.
      const reasons = member.submission ? member.flags : member.blockers;
      rows.push({
        clientId: family.clientId,
        familyName: family.familyName,
        givenNames: family.givenNames,
        memberKey: member.memberKey,
        memberGivenNames: member.givenNames,
        memberFamilyName: member.familyName,
        audience: member.audience,
        outcome: memberOutcome,
        confirmationNumber: member.submission?.confirmationNumber ?? '',
        submittedAt: member.submission?.submittedAt ?? null,
        submittedByName: member.submission?.submittedByName ?? '',
        reason: member.submission ? '' : family.notSubmittedReason,
        blockers: reasons.map(({ code, key, params }) => ({ code, key, params })),
        overrideReason: member.submission?.override?.reason ?? '',
      });
    }
  }
  const withdrawn = db
    .select({ enrolment: launchWindowEnrolments, client: clients })
    .from(launchWindowEnrolments)
    .innerJoin(clients, eq(clients.id, launchWindowEnrolments.clientId))
    .where(and(eq(launchWindowEnrolments.windowId, windowId), eq(launchWindowEnrolments.state, 'withdrawn')))
    .orderBy(asc(clients.nameKey))
    .all();
  for (const { enrolment, client } of withdrawn) {
    counts.withdrawn += 1;
    memberCounts.withdrawn += 1;
    rows.push({
      clientId: client.id,
      familyName: client.familyName,
      givenNames: client.givenNames,
      memberKey: 'principal',
      memberGivenNames: client.givenNames,
      memberFamilyName: client.familyName,
      audience: 'principal',
      outcome: 'withdrawn',
      confirmationNumber: '',
      submittedAt: null,
      submittedByName: '',
      reason: enrolment.withdrawReason,
      blockers: [],
      overrideReason: '',
    });
  }
  return {
    window,
    firmName: readSettings(db).firmName,
    generatedAt: now.toISOString(),
    counts,
    memberCounts,
    rows,
  };
}
