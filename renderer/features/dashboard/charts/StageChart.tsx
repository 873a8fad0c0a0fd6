import { useTranslation } from 'react-i18next';
import { APPLICATION_STAGES, JURISDICTIONS, type StageCount } from '../../../../main/contract';
import { formatNumber } from '../../../i18n/format';
import { ChartFigure, chartColours } from './ChartFigure';
import { StackedBarChart } from './StackedBarChart';

/** Open applications per firm stage, Canada and the US stacked, with the same numbers as a table. */
export function StageChart({ stages }: { stages: StageCount[] }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const rows = APPLICATION_STAGES.map((stage) => {
    const of = (j: (typeof JURISDICTIONS)[number]) =>
      stages.find((s) => s.stage === stage && s.jurisdiction === j)?.applications ?? 0;
    return { stage, label: t(`stages.${stage}`), CA: of('CA'), US: of('US') };
  });
  const total = rows.reduce((sum, r) => sum + r.CA + r.US, 0);
  return (
    <ChartFigure
      title={t('dashboardCharts.stages.title')}
      summary={t('dashboardCharts.stages.summary', { count: total })}
      chart={
        // Bars run across: six stage names fit down the side, not under narrow columns.
        <StackedBarChart
          data={rows}
          height={200}
          categoryKey="label"
          categoryWidth={130}
          categoryInterval={0}
          stackId="stage"
          series={JURISDICTIONS.map((j) => ({
            dataKey: j,
            name: t(`applications.jurisdictions.${j}`),
            fill: chartColours[j],
          }))}
        />
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{t('dashboardCharts.stages.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboardCharts.stages.stage')}</th>
              {JURISDICTIONS.map((j) => (
                <th key={j} scope="col">
                  {t(`applications.jurisdictions.${j}`)}
                </th>
              ))}
              <th scope="col">{t('dashboardCharts.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.stage}>
                <th scope="row">{r.label}</th>
                <td>{n(r.CA)}</td>
                <td>{n(r.US)}</td>
                <td>{n(r.CA + r.US)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
