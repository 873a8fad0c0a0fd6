import { and, asc, eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { loadLaunchWindow } from '../../db/launch-windows/windows';
import type { CaseportDb } from '../../db/open';
import { clients, launchWindowEnrolments } from '../../db/schema';
import type { LaunchReport, LaunchReportRow, ReportOutcome } from '../contract/launch-queue';
import { queueFamilies } from './queue';

/**
 * After the window: who was filed (with confirmation numbers), who was not and why, who was
 * never ready. One row per member so the CSV matches what was filed, person by person.
 */
export function launchReport(db: CaseportDb, windowId: number, now: Date): LaunchReport {
  const window = loadLaunchWindow(db, windowId);
  const { families } = queueFamilies(db, window, now);
  const counts: Record<ReportOutcome, number> = {
    submitted: 0,
    'partly-submitted': 0,
    'not-submitted': 0,
    'not-ready': 0,
    withdrawn: 0,
  };
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
      const blockers = [...new Set(member.blockers.map((b) => b.code))].join(' ');
      rows.push({
        clientId: family.clientId,
        familyName: family.familyName,
        givenNames: family.givenNames,
        memberKey: member.memberKey,
        memberGivenNames: member.givenNames,
        memberFamilyName: member.familyName,
        audience: member.audience,
        outcome: member.submission ? 'submitted' : outcome,
        confirmationNumber: member.submission?.confirmationNumber ?? '',
        submittedAt: member.submission?.submittedAt ?? null,
        submittedByName: member.submission?.submittedByName ?? '',
        reason: member.submission ? '' : family.notSubmittedReason || blockers,
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
    });
  }
  return { window, counts, rows };
}

export const REPORT_CSV_COLUMNS = [
  'client_id',
  'family_name',
  'given_names',
  'member',
  'member_family_name',
  'member_given_names',
  'audience',
  'outcome',
  'confirmation_number',
  'submitted_at',
  'submitted_by',
  'reason',
] as const;

/** The report as CSV; cells a spreadsheet would run as formulas are quoted (escapeFormulae). */
export function launchReportCsv(report: LaunchReport): { csv: string; rows: number } {
  const data = report.rows.map((r) => [
    r.clientId,
    r.familyName,
    r.givenNames,
    r.memberKey,
    r.memberFamilyName,
    r.memberGivenNames,
    r.audience,
    r.outcome,
    r.confirmationNumber,
    r.submittedAt ?? '',
    r.submittedByName,
    r.reason,
  ]);
  const csv = Papa.unparse(
    { fields: [...REPORT_CSV_COLUMNS], data },
    { escapeFormulae: true, newline: '\r\n' },
  );
  return { csv, rows: report.rows.length };
}
