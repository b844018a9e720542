import { FINDING_STATUSES, INSTRUMENTS } from '../../../../src/contract/common.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { ReviewProgress } from '../../components/review-progress.js';
import { StatusChip } from '../../components/status-chip.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { nameOf } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import { CoverageChart } from './coverage-chart.js';
import { chartRows, percent } from './model.js';
import { useDashboard } from './queries.js';

const isInstrument = (key: string): key is (typeof INSTRUMENTS)[number] =>
  (INSTRUMENTS as readonly string[]).includes(key);

/** Where the project stands: counts per status, review progress, coverage by theme and instrument. */
export function DashboardPage({ project }: { project: Project }) {
  const { t, language } = useI18n();
  const dashboard = useDashboard(project.id);
  if (dashboard.isPending) return <Loading />;
  if (dashboard.isError) {
    return <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  }
  const data = dashboard.data;
  return (
    <div className="page dashboard">
      <div className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="muted">
            {t('dashboard.laws', { count: data.laws })} ·{' '}
            {data.analysedAt === null
              ? t('dashboard.neverAnalysed')
              : t('dashboard.analysedAt', { date: formatDateTime(data.analysedAt, language) })}
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="counts-title">
        <h2 id="counts-title">{t('dashboard.counts')}</h2>
        <ul className="status-counts">
          {FINDING_STATUSES.map((status) => (
            <li key={status} data-testid={`count-${status}`}>
              <a
                href={href.findings(project.id, new URLSearchParams({ status }))}
                className="status-count"
              >
                <span className="count-number">{data.counts[status]}</span>
                <StatusChip status={status} />
                <span className="muted">{percent(data.counts[status], data.total)}%</span>
              </a>
            </li>
          ))}
        </ul>
        <h3>{t('dashboard.progress')}</h3>
        <ReviewProgress confirmed={data.confirmed} total={data.total} />
      </section>
      <div className="chart-grid">
        <CoverageChart
          id="chart-theme"
          title={t('dashboard.byTheme')}
          rows={chartRows(data.byTheme, (key) => nameOf(t, 'theme', key))}
        />
        <CoverageChart
          id="chart-instrument"
          title={t('dashboard.byInstrument')}
          rows={chartRows(data.byInstrument, (key) => key)}
          labelWidth={64}
          describe={(row) =>
            isInstrument(row.key) ? `${row.key} · ${t(`instrument.${row.key}`)}` : row.name
          }
        />
      </div>
    </div>
  );
}
