import { Bar } from 'recharts';
import { HorizontalBarChart } from '../../components/bar-chart.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { STATUS_COLOURS, statusesIn, type ChartRow } from './model.js';

interface CoverageChartProps {
  id: string;
  title: string;
  rows: readonly ChartRow[];
  /** The group's full name in the table, when the bars carry a short one. */
  describe?: (row: ChartRow) => string;
  /** Room for the group names beside the bars, in pixels. */
  labelWidth?: number;
}

const BAR_HEIGHT = 34;

/**
 * Findings per status for each group, as stacked horizontal bars, followed by the same
 * numbers as a table for screen readers and anyone who prefers figures.
 */
export function CoverageChart(props: CoverageChartProps) {
  const { id, title, rows, describe, labelWidth = 170 } = props;
  const { t } = useI18n();
  const statuses = statusesIn(rows);
  const label = (status: (typeof statuses)[number]) => t(`status.${status}`);
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <HorizontalBarChart
        label={t('dashboard.chartLabel', { title })}
        data={rows}
        rowHeight={BAR_HEIGHT}
        labelWidth={labelWidth}
        rightMargin={16}
        legend={{
          itemSorter: null,
          formatter: (value: string) => <span className="legend-label">{value}</span>,
        }}
      >
        {statuses.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={label(status)}
            stackId="status"
            fill={STATUS_COLOURS[status]}
            isAnimationActive={false}
          />
        ))}
      </HorizontalBarChart>
      <details className="chart-table">
        <summary>{t('dashboard.showTable')}</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.group')}</th>
                {statuses.map((status) => (
                  <th scope="col" key={status} className="number">
                    {label(status)}
                  </th>
                ))}
                <th scope="col" className="number">
                  {t('dashboard.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{describe === undefined ? row.name : describe(row)}</th>
                  {statuses.map((status) => (
                    <td key={status} className="number">
                      {row[status]}
                    </td>
                  ))}
                  <td className="number">{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
