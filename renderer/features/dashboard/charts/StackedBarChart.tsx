import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, legendProps, tooltipProps } from './ChartFigure';
import { countAxisProps } from './countAxis';
import { countFormat } from './countFormat';

/** One part of each bar: which field of a row it counts, its legend name and its colour. */
export interface StackedSeries {
  dataKey: string;
  name: string;
  fill: string;
}

/**
 * Bars that run across, one per row, each split into stacked parts with a legend: the names sit
 * down the side (long stage and window names fit there), the counts along the bottom.
 */
export function StackedBarChart<Row>({
  data,
  height,
  categoryKey,
  categoryWidth,
  categoryInterval,
  stackId,
  series,
}: {
  data: Row[];
  height: number;
  /** The row field that names each bar. */
  categoryKey: string;
  categoryWidth: number;
  /** 0 prints every name; left out, Recharts drops names that would collide. */
  categoryInterval?: 0;
  stackId: string;
  series: StackedSeries[];
}) {
  const { i18n } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 8, left: 8, bottom: 0 }}
      >
        <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
        <XAxis type="number" {...countAxisProps(i18n.language)} />
        <YAxis
          type="category"
          dataKey={categoryKey}
          width={categoryWidth}
          tick={axisTick}
          tickLine={false}
          interval={categoryInterval}
        />
        <Tooltip {...tooltipProps} formatter={countFormat(i18n.language)} />
        <Legend {...legendProps} />
        {series.map((part) => (
          <Bar key={part.dataKey} {...part} stackId={stackId} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
