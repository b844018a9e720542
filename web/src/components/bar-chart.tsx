import type { ReactNode } from 'react';
import {
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LegendProps,
} from 'recharts';

interface HorizontalBarChartProps {
  /** What the chart shows, for screen readers: the figures follow as a table. */
  label: string;
  /** One row a bar, its group name in `name`. */
  data: readonly object[];
  /** Height of one row, in pixels. */
  rowHeight: number;
  /** Room for the group names beside the bars, in pixels. */
  labelWidth: number;
  rightMargin: number;
  legend?: Pick<LegendProps, 'itemSorter' | 'formatter'>;
  /** The series: one `<Bar>` each. */
  children: ReactNode;
}

/** Horizontal bars, one row a group, with the app's axes, grid, tooltip and legend. */
export function HorizontalBarChart(props: HorizontalBarChartProps) {
  const { label, data, rowHeight, labelWidth, rightMargin, legend, children } = props;
  return (
    <div role="img" aria-label={label} className="chart">
      <ResponsiveContainer width="100%" height={data.length * rowHeight + 80}>
        <BarChart
          data={[...data]}
          layout="vertical"
          margin={{ left: 8, right: rightMargin }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#e3e7ed" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#4e5a6a', fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth}
            interval={0}
            tick={{ fill: '#1b2431', fontSize: 12 }}
          />
          <Tooltip cursor={{ fill: 'rgb(18 58 94 / 6%)' }} />
          <Legend {...legend} wrapperStyle={{ fontSize: 13 }} />
          {children}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * The figures of a chart as a table. Focusable: on a narrow screen it scrolls sideways by
 * keyboard too.
 */
export function ChartTable({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  /** The table's head and body. */
  children: ReactNode;
}) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
      <table className="table chart-table" data-testid={testId}>
        <caption className="visually-hidden">{title}</caption>
        {children}
      </table>
    </div>
  );
}
