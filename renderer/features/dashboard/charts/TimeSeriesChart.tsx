import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BarChart,
  CartesianGrid,
  type LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { axisTick, tooltipProps } from './ChartFigure';
import { countAxisProps } from './countAxis';
import { countFormat } from './countFormat';

/**
 * Time along the bottom (each row's `label`), counts up the side: the frame the weekly-load bars
 * and the submissions-over-time lines share. `children` are the chart's own marks (bars or
 * lines, and a legend where there is more than one series).
 */
export function TimeSeriesChart<Row extends { label: string }>({
  chart: Chart,
  data,
  children,
}: {
  chart: typeof BarChart | typeof LineChart;
  data: Row[];
  children: ReactNode;
}) {
  const { i18n } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={200}>
      <Chart data={data} accessibilityLayer={false} margin={{ top: 4, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="label" tick={axisTick} tickLine={false} />
        <YAxis {...countAxisProps(i18n.language)} axisLine={false} />
        <Tooltip {...tooltipProps} formatter={countFormat(i18n.language)} />
        {children}
      </Chart>
    </ResponsiveContainer>
  );
}
