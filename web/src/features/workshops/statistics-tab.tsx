import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Project } from '../../../../src/contract/projects.js';
import type { SexCounts, WorkshopDetail } from '../../../../src/contract/workshops.js';
import { ChartTable, HorizontalBarChart } from '../../components/bar-chart.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDay, formatShare } from './model.js';
import { exportHref, useWorkshopStatistics } from './queries.js';

const SEX_COLOURS = { female: '#8a3b8f', male: '#1f5f8b', undisclosed: '#6b7280' } as const;
const SEX_KEYS = ['female', 'male', 'undisclosed'] as const;
const PARTS = ['statistics', 'participants', 'attendance', 'decisions'] as const;
const DECISIONS = ['adopted', 'adopted_with_changes', 'rejected', 'deferred', 'open'] as const;

interface Row {
  name: string;
  counts: SexCounts;
}

/** Bars split by sex, then the same figures as a table. */
function SexChart({ id, title, rows }: { id: string; title: string; rows: readonly Row[] }) {
  const { t } = useI18n();
  const data = rows.map((row) => ({ name: row.name, ...row.counts }));
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <HorizontalBarChart
        label={t('ws.stats.chartLabel', { title })}
        data={data}
        rowHeight={34}
        labelWidth={150}
        rightMargin={16}
      >
        {SEX_KEYS.map((sex) => (
          <Bar
            key={sex}
            dataKey={sex}
            name={t(`ws.sex.${sex}`)}
            stackId="sex"
            fill={SEX_COLOURS[sex]}
            isAnimationActive={false}
          />
        ))}
      </HorizontalBarChart>
      <ChartTable title={title} testId={`${id}-table`}>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {SEX_KEYS.map((sex) => (
              <th scope="col" key={sex}>
                {t(`ws.sex.${sex}`)}
              </th>
            ))}
            <th scope="col">{t('ws.stats.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              {SEX_KEYS.map((sex) => (
                <td key={sex}>{row.counts[sex]}</td>
              ))}
              <td>{row.counts.total}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </section>
  );
}

/** The workshop's figures, computed by the server from its records, and the downloads. */
export function StatisticsTab(props: { project: Project; workshop: WorkshopDetail }) {
  const { project, workshop } = props;
  const { t, language } = useI18n();
  const statistics = useWorkshopStatistics(project.id, workshop.id);
  if (statistics.isPending) return <Loading />;
  if (statistics.isError) {
    return <ErrorMessage error={statistics.error} onRetry={() => void statistics.refetch()} />;
  }
  const data = statistics.data;
  const ids = { projectId: project.id, workshopId: workshop.id };
  const decided = data.recommendations.byStatus;
  return (
    <div className="statistics">
      <section className="card" aria-labelledby="stats-summary-title">
        <h2 id="stats-summary-title">{t('ws.tab.statistics')}</h2>
        <p className="hint">{t('ws.stats.computed')}</p>
        <dl className="key-figures" data-testid="key-figures">
          <div>
            <dt>{t('ws.stats.participants')}</dt>
            <dd data-testid="figure-participants">{data.participants.total}</dd>
          </div>
          <div>
            <dt>{t('ws.stats.women')}</dt>
            <dd data-testid="figure-women">{data.participants.female}</dd>
          </div>
          <div>
            <dt>{t('ws.stats.womenShare')}</dt>
            <dd data-testid="figure-women-share">{formatShare(data.womenShare, language)}</dd>
          </div>
          <div>
            <dt>{t('ws.stats.attendees')}</dt>
            <dd data-testid="figure-attendees">{data.attendees.total}</dd>
          </div>
          <div>
            <dt>{t('ws.stats.recommendations')}</dt>
            <dd>{data.recommendations.total}</dd>
          </div>
        </dl>
        <h3>{t('ws.stats.export')}</h3>
        <ul className="export-links">
          <li>
            <a
              className="button button-primary"
              href={exportHref(ids, 'xlsx')}
              download
              data-testid="export-xlsx"
            >
              {t('ws.stats.exportXlsx')}
            </a>
          </li>
          {PARTS.map((part) => (
            <li key={part}>
              <a
                className="button"
                href={exportHref(ids, 'csv', part)}
                download
                data-testid={`export-csv-${part}`}
              >
                {t('ws.stats.exportCsv', { part: t(`ws.stats.part.${part}`) })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <div className="chart-grid">
        <SexChart
          id="chart-sex"
          title={t('ws.stats.bySex')}
          rows={[
            { name: t('ws.stats.registered'), counts: data.participants },
            { name: t('ws.stats.attendees'), counts: data.attendees },
          ]}
        />
        <SexChart
          id="chart-sector"
          title={t('ws.stats.bySector')}
          rows={data.bySector.map((entry) => ({
            name: t(`ws.sector.${entry.sector}`),
            counts: entry.counts,
          }))}
        />
        <SexChart
          id="chart-days"
          title={t('ws.stats.byDay')}
          rows={data.attendanceByDay.map((entry, index) => ({
            name: `${t('ws.attendance.day', { number: index + 1 })} · ${formatDay(entry.day, language)}`,
            counts: entry.counts,
          }))}
        />
        <section
          className="card chart-card"
          aria-labelledby="chart-decisions-title"
          data-testid="chart-decisions"
        >
          <h2 id="chart-decisions-title">{t('ws.stats.decisions')}</h2>
          <div
            role="img"
            aria-label={t('ws.stats.chartLabel', { title: t('ws.stats.decisions') })}
            className="chart"
          >
            <ResponsiveContainer width="100%" height={DECISIONS.length * 34 + 60}>
              <BarChart
                data={DECISIONS.map((status) => ({
                  name: t(`ws.decision.${status}`),
                  value: decided[status],
                }))}
                layout="vertical"
                margin={{ left: 8, right: 16 }}
                accessibilityLayer={false}
              >
                <CartesianGrid horizontal={false} stroke="#e3e7ed" />
                <XAxis
                  type="number"
                  allowDecimals={false}
                  tick={{ fill: '#4e5a6a', fontSize: 12 }}
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={170}
                  interval={0}
                  tick={{ fill: '#1b2431', fontSize: 12 }}
                />
                <Tooltip cursor={{ fill: 'rgb(18 58 94 / 6%)' }} />
                <Bar
                  dataKey="value"
                  name={t('ws.stats.recommendations')}
                  fill="#1f5f8b"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ChartTable title={t('ws.stats.decisions')} testId="decisions-table">
            <thead>
              <tr>
                <th scope="col">{t('ws.stats.decision')}</th>
                <th scope="col">{t('ws.stats.recommendations')}</th>
              </tr>
            </thead>
            <tbody>
              {DECISIONS.map((status) => (
                <tr key={status}>
                  <th scope="row">{t(`ws.decision.${status}`)}</th>
                  <td>{decided[status]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('ws.stats.byVote')}</th>
                <td>{data.recommendations.byMethod.vote}</td>
              </tr>
              <tr>
                <th scope="row">{t('ws.stats.byConsensus')}</th>
                <td>{data.recommendations.byMethod.consensus}</td>
              </tr>
            </tbody>
          </ChartTable>
        </section>
      </div>
      <section className="card" aria-labelledby="decision-list-title">
        <h2 id="decision-list-title">{t('ws.stats.decisionList')}</h2>
        {data.decisions.length === 0 ? (
          <p>{t('ws.stats.noDecisions')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table responsive-table" data-testid="decision-list">
              <caption className="visually-hidden">{t('ws.stats.decisionList')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ws.stats.recommendation')}</th>
                  <th scope="col">{t('ws.stats.decision')}</th>
                  <th scope="col">{t('ws.stats.method')}</th>
                  <th scope="col">{t('ws.stats.tally')}</th>
                </tr>
              </thead>
              <tbody>
                {data.decisions.map((decision) => (
                  <tr key={decision.recommendationId}>
                    <th scope="row" data-label={t('ws.stats.recommendation')}>
                      {decision.label} · {decision.title}
                    </th>
                    <td data-label={t('ws.stats.decision')}>{t(`recStatus.${decision.status}`)}</td>
                    <td data-label={t('ws.stats.method')}>
                      {decision.method === null ? '–' : t(`ws.method.${decision.method}`)}
                    </td>
                    <td data-label={t('ws.stats.tally')}>
                      {decision.tally === null
                        ? '–'
                        : `${decision.tally.for} / ${decision.tally.against} / ${decision.tally.abstain}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
