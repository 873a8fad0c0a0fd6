import { useTranslation } from 'react-i18next';
import type { LaunchProgress } from '../../../../main/contract';
import { formatNumber } from '../../../i18n/format';
import { ChartFigure, chartColours } from './ChartFigure';
import { StackedBarChart } from './StackedBarChart';

const STATES = ['ready', 'blocked', 'inProgress', 'submitted'] as const;

/** Each active launch window's families: ready, blocked, partly and fully submitted. */
export function LaunchProgressChart({ windows }: { windows: LaunchProgress[] }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  if (windows.length === 0) {
    return (
      <section className="chart-card" aria-labelledby="chart-launch-empty">
        <h3 id="chart-launch-empty" className="chart-title">
          {t('dashboardCharts.launch.title')}
        </h3>
        <p className="muted">{t('dashboardCharts.launch.none')}</p>
      </section>
    );
  }
  const families = windows.reduce((sum, w) => sum + w.ready + w.blocked + w.inProgress + w.submitted, 0);
  const submitted = windows.reduce((sum, w) => sum + w.submitted, 0);
  return (
    <ChartFigure
      title={t('dashboardCharts.launch.title')}
      summary={t('dashboardCharts.launch.summary', { count: families, submitted })}
      chart={
        <StackedBarChart
          data={windows}
          height={Math.max(120, 48 * windows.length + 60)}
          categoryKey="name"
          categoryWidth={140}
          stackId="families"
          series={STATES.map((state) => ({
            dataKey: state,
            name: t(`dashboardCharts.launch.${state}`),
            fill: chartColours[state],
          }))}
        />
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{t('dashboardCharts.launch.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboardCharts.launch.window')}</th>
              {STATES.map((state) => (
                <th key={state} scope="col">
                  {t(`dashboardCharts.launch.${state}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {windows.map((w) => (
              <tr key={w.windowId}>
                <th scope="row">{w.name}</th>
                {STATES.map((state) => (
                  <td key={state}>{n(w[state])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
