import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReportOutcome } from '../../../main/contract';
import { formatInstantIn, formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { memberName } from './labels';
import { useLaunchReport } from './queries';
import { launchReportCsv, reportReason } from './reportCsv';
import './launch-windows.css';
import './launch-report-print.css';
import { useSession } from '../session/queries';

const OUTCOMES: ReportOutcome[] = [
  'submitted',
  'partly-submitted',
  'not-submitted',
  'not-ready',
  'withdrawn',
];

/**
 * After the window: who was submitted, who was not and why, as a page to print (firm, window
 * and date on every page, numbered) or a CSV to hand over. Reasons are in plain words.
 */
export function LaunchReportPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // When the report was made, on the firm's clock and zone (named), like the window's times.
  const firmZone = useSession().data?.settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  const report = useLaunchReport(id);
  const announce = useAnnounce();
  if (report.isPending) return <p role="status">{t('app.loading')}</p>;
  if (report.isError) return <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />;
  const data = report.data;
  const { window: w, counts, memberCounts, rows } = data;
  const n = (value: number) => formatNumber(value, locale);

  const exportCsv = () => {
    // Built here, in the reader's language; a Blob download keeps the file on this machine.
    const csv = launchReportCsv(t, data, locale);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `caseport-launch-window-${w.id}-report-${data.generatedAt.slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
    announce(t('launchScreens.reportPage.exported', { count: rows.length }));
  };

  return (
    <div className="launch-report">
      <p className="breadcrumb no-print">
        <Link href={`/launch-windows/${w.id}`}>{t('launchScreens.backToWindow', { name: w.name })}</Link>
      </p>
      <PageHeader
        title={t('launchScreens.reportPage.title', { name: w.name })}
        actions={
          <span className="no-print">
            <button type="button" className="button button-primary" onClick={exportCsv}>
              {t('launchScreens.reportPage.exportCsv')}
            </button>{' '}
            <button type="button" className="button" onClick={() => window.print()}>
              {t('launchScreens.reportPage.print')}
            </button>
          </span>
        }
      />
      <p className="report-meta">
        {t('launchScreens.reportPage.meta', {
          firm: data.firmName,
          opens: formatInstantIn(w.opensAt, w.timeZone, locale),
          when: formatInstantIn(data.generatedAt, firmZone, locale),
        })}
      </p>
      <table className="data-table report-summary">
        <caption>{t('launchScreens.reportPage.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('launchScreens.reportPage.outcome')}</th>
            <th scope="col">{t('launchScreens.reportPage.families')}</th>
            <th scope="col">{t('launchScreens.reportPage.people')}</th>
          </tr>
        </thead>
        <tbody>
          {OUTCOMES.map((outcome) => (
            <tr key={outcome}>
              <th scope="row">{t(`launchWindows.reportOutcomes.${outcome}`)}</th>
              <td>{n(counts[outcome])}</td>
              <td>{n(memberCounts[outcome])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table report-table">
        <caption>{t('launchScreens.reportPage.caption')}</caption>
        <thead>
          {/* A table header repeats on every printed page: it carries the firm, window and date. */}
          <tr className="print-only">
            <th colSpan={7} className="print-running-head">
              {data.firmName} · {w.name} ·{' '}
              {t('launchScreens.reportPage.printedOn', {
                when: formatInstantIn(data.generatedAt, firmZone, locale),
              })}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('launchScreens.reportPage.family')}</th>
            <th scope="col">{t('launchScreens.reportPage.member')}</th>
            <th scope="col">{t('launchScreens.reportPage.outcome')}</th>
            <th scope="col">{t('launchScreens.reportPage.confirmation')}</th>
            <th scope="col">{t('launchScreens.reportPage.submittedAt')}</th>
            <th scope="col">{t('launchScreens.reportPage.by')}</th>
            <th scope="col">{t('launchScreens.reportPage.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.clientId}-${row.memberKey}`}>
              <td>{memberName({ givenNames: row.givenNames, familyName: row.familyName })}</td>
              <td>
                {memberName({ givenNames: row.memberGivenNames, familyName: row.memberFamilyName })}
                <span className="muted"> · {t(`launchWindows.audiences.${row.audience}`)}</span>
              </td>
              <td>{t(`launchWindows.reportOutcomes.${row.outcome}`)}</td>
              <td>{row.confirmationNumber}</td>
              <td>{row.submittedAt ? formatInstantIn(row.submittedAt, w.timeZone, locale) : ''}</td>
              <td>{row.submittedByName}</td>
              <td>{reportReason(t, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
