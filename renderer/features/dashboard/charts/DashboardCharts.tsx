import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { LaunchProgressChart } from './LaunchProgressChart';
import { useDashboardCharts } from './queries';
import { StageChart } from './StageChart';
import { SubmissionsOverTimeChart } from './SubmissionsOverTimeChart';
import { WeeklyLoadChart } from './WeeklyLoadChart';
import './charts.css';

/** The dashboard's pictures: where the files stand, how busy the coming weeks are, launch readiness. */
export function DashboardCharts() {
  const { t } = useTranslation();
  const charts = useDashboardCharts();
  return (
    <section className="dashboard-charts" aria-labelledby="dashboard-charts-heading">
      <h2 id="dashboard-charts-heading">{t('dashboardCharts.heading')}</h2>
      {charts.isPending && <p role="status">{t('app.loading')}</p>}
      {charts.isError && <ErrorNotice error={charts.error} onRetry={() => void charts.refetch()} />}
      {charts.data && (
        <div className="chart-grid">
          <WeeklyLoadChart weeks={charts.data.weeks} overdue={charts.data.overdue} />
          <StageChart stages={charts.data.stages} />
          <LaunchProgressChart windows={charts.data.launchWindows} />
          {charts.data.launchWindows.length > 0 && (
            <SubmissionsOverTimeChart windows={charts.data.launchWindows} />
          )}
        </div>
      )}
    </section>
  );
}
