import { useTranslation } from 'react-i18next';
import { Legend, Line, LineChart } from 'recharts';
import type { LaunchProgress } from '../../../../main/contract';
import { formatCalendarDate, formatNumber } from '../../../i18n/format';
import { ChartFigure, legendProps } from './ChartFigure';
import { TimeSeriesChart } from './TimeSeriesChart';

const LINE_COLOURS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-5)',
  'var(--chart-4)',
];

/** Each launch window's running total of submitted applications, day by day in its own zone. */
export function SubmissionsOverTimeChart({ windows }: { windows: LaunchProgress[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const days = [...new Set(windows.flatMap((w) => w.submittedByDay.map((d) => d.day)))].sort();
  if (days.length === 0) {
    return (
      <section className="chart-card" aria-labelledby="chart-over-time-empty">
        <h3 id="chart-over-time-empty" className="chart-title">
          {t('dashboardCharts.overTime.title')}
        </h3>
        <p className="muted">{t('dashboardCharts.overTime.none')}</p>
      </section>
    );
  }
  // A window's total carries forward over days it had no submission.
  const totalOn = (w: LaunchProgress, day: string) =>
    w.submittedByDay.filter((d) => d.day <= day).at(-1)?.applications ?? 0;
  const rows = days.map((day) => ({
    label: formatCalendarDate(day, locale),
    ...Object.fromEntries(windows.map((w) => [`w${w.windowId}`, totalOn(w, day)])),
  }));
  const total = windows.reduce((sum, w) => sum + (w.submittedByDay.at(-1)?.applications ?? 0), 0);
  return (
    <ChartFigure
      title={t('dashboardCharts.overTime.title')}
      summary={t('dashboardCharts.overTime.summary', { count: total })}
      chart={
        <TimeSeriesChart chart={LineChart} data={rows}>
          <Legend {...legendProps} />
          {windows.map((w, i) => (
            <Line
              key={w.windowId}
              dataKey={`w${w.windowId}`}
              name={w.name}
              stroke={LINE_COLOURS[i % LINE_COLOURS.length]}
              strokeWidth={2}
              dot
              isAnimationActive={false}
            />
          ))}
        </TimeSeriesChart>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{t('dashboardCharts.overTime.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboardCharts.overTime.day')}</th>
              {windows.map((w) => (
                <th key={w.windowId} scope="col">
                  {w.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day}>
                <th scope="row">{formatCalendarDate(day, locale)}</th>
                {windows.map((w) => (
                  <td key={w.windowId}>{formatNumber(totalOn(w, day), locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
