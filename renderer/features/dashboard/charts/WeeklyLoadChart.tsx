import { useTranslation } from 'react-i18next';
import { Bar, BarChart } from 'recharts';
import type { WeekLoad } from '../../../../main/contract';
import { formatNumber } from '../../../i18n/format';
import { ChartFigure, chartColours } from './ChartFigure';
import { TimeSeriesChart } from './TimeSeriesChart';

function shortDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1),
  );
}

/** Open deadlines per week for the next 8 weeks, so a heavy week shows before it arrives. */
export function WeeklyLoadChart({ weeks, overdue }: { weeks: WeekLoad[]; overdue: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rows = weeks.map((w) => ({ ...w, label: shortDate(w.from, locale) }));
  const total = weeks.reduce((sum, w) => sum + w.deadlines, 0);
  return (
    <ChartFigure
      title={t('dashboardCharts.weeks.title')}
      summary={[
        t('dashboardCharts.weeks.summary', { count: total }),
        overdue > 0 ? t('dashboardCharts.weeks.overdue', { count: overdue }) : '',
      ]
        .filter(Boolean)
        .join(' ')}
      chart={
        <TimeSeriesChart chart={BarChart} data={rows}>
          <Bar
            dataKey="deadlines"
            name={t('dashboardCharts.weeks.deadlines')}
            fill={chartColours.load}
            isAnimationActive={false}
          />
        </TimeSeriesChart>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{t('dashboardCharts.weeks.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboardCharts.weeks.week')}</th>
              <th scope="col">{t('dashboardCharts.weeks.deadlines')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <tr key={w.from}>
                <th scope="row">
                  {t('dashboardCharts.weeks.range', {
                    from: shortDate(w.from, locale),
                    to: shortDate(w.to, locale),
                  })}
                </th>
                <td>{formatNumber(w.deadlines, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
