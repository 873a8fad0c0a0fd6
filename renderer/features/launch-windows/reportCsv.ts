import type { TFunction } from 'i18next';
import type { LaunchReport, LaunchReportRow } from '../../../main/contract';
import { csvText } from '../../../main/contract/csv';
import { formatInstantIn } from '../../i18n/format';
import { blockerText, memberName } from './labels';

/** Why a member was not filed (or is flagged), in plain words: the firm's reason, then each blocker. */
export function reportReason(t: TFunction, row: LaunchReportRow): string {
  const parts = [
    row.reason,
    row.overrideReason ? t('launchScreens.reportPage.recordedAnyway', { reason: row.overrideReason }) : '',
    ...row.blockers.map((b) => blockerText(t, { ...b, memberKey: row.memberKey, eligibility: false })),
  ];
  const said = parts.filter(Boolean);
  // A member with nothing of their own to report still needs a why a reader can follow.
  if (said.length === 0 && row.outcome === 'not-ready') said.push(t('launchScreens.reportPage.heldBack'));
  if (said.length === 0 && row.outcome === 'not-submitted') said.push(t('launchScreens.reportPage.noReason'));
  return said.join(' · ');
}

/**
 * The report as a CSV a regulator or client can open in Excel: column names and outcomes in the
 * reader's language, reasons in plain words, times in the window's zone and as UTC, a BOM so
 * accents survive, and formula-like cells defused (main/contract/csv.ts).
 */
export function launchReportCsv(t: TFunction, report: LaunchReport, locale: string): string {
  const header = [
    t('launchScreens.reportPage.family'),
    t('launchScreens.reportPage.member'),
    t('launchScreens.reportPage.relationship'),
    t('launchScreens.reportPage.outcome'),
    t('launchScreens.reportPage.confirmation'),
    t('launchScreens.reportPage.submittedAtZone', { zone: report.window.timeZone }),
    t('launchScreens.reportPage.submittedAtUtc'),
    t('launchScreens.reportPage.by'),
    t('launchScreens.reportPage.reason'),
  ];
  const rows = report.rows.map((row) => [
    memberName({ givenNames: row.givenNames, familyName: row.familyName }),
    memberName({ givenNames: row.memberGivenNames, familyName: row.memberFamilyName }),
    t(`launchWindows.audiences.${row.audience}`),
    t(`launchWindows.reportOutcomes.${row.outcome}`),
    row.confirmationNumber,
    row.submittedAt ? formatInstantIn(row.submittedAt, report.window.timeZone, locale) : '',
    row.submittedAt ?? '',
    row.submittedByName,
    reportReason(t, row),
  ]);
  return csvText(header, rows);
}
