import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart and its table: the picture is for the eye (hidden from screen readers, which read
 * the table instead), the table for anyone who wants the exact numbers or cannot see colours.
 */
export function ChartFigure({
  title,
  summary,
  chart,
  table,
}: {
  title: string;
  /** One sentence a screen reader hears before the table, e.g. "12 deadlines in 8 weeks". */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <figure className="chart-card" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3 className="chart-title">{title}</h3>
      </figcaption>
      <p className="chart-summary">{summary}</p>
      <div className="chart-picture" aria-hidden="true">
        {chart}
      </div>
      <details className="chart-table">
        <summary>{t('dashboardCharts.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}

/** Recharts draws in SVG; colours come from the theme's tokens so both themes stay legible. */
export const axisTick = { fill: 'var(--muted)', fontSize: 12 };
export const chartColours = {
  CA: 'var(--chart-1)',
  US: 'var(--chart-2)',
  ready: 'var(--chart-3)',
  blocked: 'var(--chart-4)',
  inProgress: 'var(--chart-2)',
  submitted: 'var(--chart-1)',
  load: 'var(--chart-1)',
};

/** Recharts styles its tooltip and legend inline, so the theme goes in through props. */
export const tooltipProps = {
  cursor: { fill: 'var(--surface-hover)' },
  contentStyle: { background: 'var(--surface)', borderColor: 'var(--border)', color: 'var(--text)' },
  labelStyle: { color: 'var(--text)' },
};
export const legendProps = {
  wrapperStyle: { fontSize: 12 },
  formatter: (value: string) => <span style={{ color: 'var(--text)' }}>{value}</span>,
};
