import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReportOutcome } from '../../../main/contract';
import { call } from '../../api/client';
import { formatInstantIn, formatNumber } from '../../i18n/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';
import { useAnnounce } from '../../ui/StatusMessage';
import { useLaunchCommand, useLaunchReport } from './queries';
import './launch-windows.css';

const OUTCOMES: ReportOutcome[] = [
  'submitted',
  'partly-submitted',
  'not-submitted',
  'not-ready',
  'withdrawn',
];

/** After the window: who was submitted, who was not and why, as a page to print or a CSV to keep. */
export function LaunchReportPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const report = useLaunchReport(id);
  const command = useLaunchCommand();
  const announce = useAnnounce();
  if (report.isPending) return <p role="status">{t('app.loading')}</p>;
  if (report.isError) return <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />;
  const { window: w, counts, rows } = report.data;

  const exportCsv = async () => {
    const file = await command.run(() => call('launchWindows.reportCsv', { windowId: id }));
    if (!file) return;
    // A Blob download keeps the file on this machine: nothing leaves it.
    const url = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    URL.revokeObjectURL(url);
    announce(t('launchScreens.reportPage.exported', { count: file.rows }));
  };

  return (
    <>
      <p className="breadcrumb no-print">
        <Link href={`/launch-windows/${w.id}`}>{t('launchScreens.backToWindow', { name: w.name })}</Link>
      </p>
      <PageHeader
        title={t('launchScreens.reportPage.title', { name: w.name })}
        actions={
          <span className="no-print">
            <button type="button" className="button button-primary" onClick={() => void exportCsv()}>
              {t('launchScreens.reportPage.exportCsv')}
            </button>{' '}
            <button type="button" className="button" onClick={() => window.print()}>
              {t('launchScreens.reportPage.print')}
            </button>
          </span>
        }
      />
      {command.error && <ErrorNotice error={command.error} />}
      <dl className="stat-list">
        {OUTCOMES.map((outcome) => (
          <div key={outcome}>
            <dt>{t(`launchWindows.reportOutcomes.${outcome}`)}</dt>
            <dd>{formatNumber(counts[outcome], locale)}</dd>
          </div>
        ))}
      </dl>
      <table className="data-table report-table">
        <caption className="visually-hidden">{t('launchScreens.reportPage.caption')}</caption>
        <thead>
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
              <td>{row.familyName ? `${row.familyName}, ${row.givenNames}` : row.givenNames}</td>
              <td>
                {row.memberFamilyName
                  ? `${row.memberFamilyName}, ${row.memberGivenNames}`
                  : row.memberGivenNames}
                <span className="muted"> · {t(`launchWindows.audiences.${row.audience}`)}</span>
              </td>
              <td>{t(`launchWindows.reportOutcomes.${row.outcome}`)}</td>
              <td>{row.confirmationNumber}</td>
              <td>{row.submittedAt ? formatInstantIn(row.submittedAt, w.timeZone, locale) : ''}</td>
              <td>{row.submittedByName}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
