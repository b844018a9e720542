import { useState } from 'react';
import { Bar, LabelList } from 'recharts';
import type { DraftCoverage, DraftDetail } from '../../../../src/contract/drafts.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ChartTable, HorizontalBarChart } from '../../components/bar-chart.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { StatusChip } from '../../components/status-chip.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { nameOf } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import {
  coveredOf,
  filterObligations,
  OBLIGATION_FILTERS,
  obligationOrder,
  themeRows,
  type ObligationFilter,
  type ThemeCoverageRow,
} from './model.js';
import { useDraftCoverage } from './queries.js';

// Both ≥ 4.5:1 on white: the tooltip writes the series' names in these colours.
const BEFORE_COLOUR = '#5b6676';
const AFTER_COLOUR = '#2e7d4f';
const CHANGE_SIGNS = { improved: '▲', same: '=', regressed: '▼' } as const;

const total = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((sum, count) => sum + count, 0);

/** Covered obligations per theme, before and after, as bars and then as the same figures. */
function ThemeChart({ rows }: { rows: readonly ThemeCoverageRow[] }) {
  const { t } = useI18n();
  const title = t('draft.coverage.byTheme');
  return (
    <section
      className="card chart-card"
      aria-labelledby="coverage-theme-title"
      data-testid="coverage-chart"
    >
      <h2 id="coverage-theme-title">{title}</h2>
      <div className="chart-grid coverage-chart-grid">
        <HorizontalBarChart
          label={t('draft.coverage.chartLabel', { title })}
          data={rows}
          rowHeight={52}
          labelWidth={150}
          rightMargin={24}
        >
          <Bar
            dataKey="before"
            name={t('draft.coverage.before')}
            fill={BEFORE_COLOUR}
            isAnimationActive={false}
          >
            <LabelList dataKey="before" position="right" fontSize={11} />
          </Bar>
          <Bar
            dataKey="after"
            name={t('draft.coverage.after')}
            fill={AFTER_COLOUR}
            isAnimationActive={false}
          >
            <LabelList dataKey="after" position="right" fontSize={11} />
          </Bar>
        </HorizontalBarChart>
        <ChartTable title={title} testId="coverage-theme-table">
          <thead>
            <tr>
              <th scope="col">{t('rec.theme')}</th>
              <th scope="col" className="number">
                {t('draft.coverage.before')}
              </th>
              <th scope="col" className="number">
                {t('draft.coverage.after')}
              </th>
              <th scope="col" className="number">
                {t('draft.coverage.ofTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.theme} data-testid={`coverage-theme-${row.theme}`}>
                <th scope="row">{row.name}</th>
                <td className="number">{row.before}</td>
                <td className="number">
                  {row.after}
                  {row.after === row.before ? null : (
                    <span className="muted">
                      {' '}
                      ({row.after > row.before ? '+' : ''}
                      {row.after - row.before})
                    </span>
                  )}
                </td>
                <td className="number">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </ChartTable>
      </div>
    </section>
  );
}

/** Where coverage stands before and after: covered obligations, regressions, recommendations addressed. */
function KeyFigures({ coverage }: { coverage: DraftCoverage }) {
  const { t } = useI18n();
  const all = total(coverage.totals.after);
  const addressed = coverage.recommendations.filter((item) => item.addressed).length;
  const figures = [
    ['coverage-before', t('draft.coverage.coveredBefore'), coveredOf(coverage.totals.before)],
    ['coverage-after', t('draft.coverage.coveredAfter'), coveredOf(coverage.totals.after)],
    ['aligned-before', t('draft.coverage.alignedBefore'), coverage.totals.before.aligned ?? 0],
    ['aligned-after', t('draft.coverage.alignedAfter'), coverage.totals.after.aligned ?? 0],
  ] as const;
  return (
    <dl className="key-figures" data-testid="coverage-figures">
      {figures.map(([id, label, value]) => (
        <div key={id}>
          <dt>{label}</dt>
          <dd data-testid={id} data-value={value}>
            {value} <span className="muted coverage-of">/ {all}</span>
          </dd>
        </div>
      ))}
      <div>
        <dt>{t('draft.coverage.regressions')}</dt>
        <dd data-testid="regression-count">{coverage.regressions.length}</dd>
      </div>
      <div>
        <dt>{t('draft.coverage.addressed')}</dt>
        <dd data-testid="addressed-count">
          {addressed} <span className="muted coverage-of">/ {coverage.recommendations.length}</span>
        </dd>
      </div>
    </dl>
  );
}

/**
 * The analysis run on the law in force (before) and on the law as the draft makes it (after):
 * per theme as a chart and a table, per obligation, regressions first, and the adopted
 * recommendations the draft addresses or not.
 */
export function CoverageView({ project, draft }: { project: Project; draft: DraftDetail }) {
  const { t, pick, language } = useI18n();
  const [side, setSide] = useState('current');
  const [shown, setShown] = useState<ObligationFilter>('draft');
  const coverage = useDraftCoverage(project.id, draft.id, side);
  const data = coverage.data;
  const lawTitles = data?.scenario.lawsBefore.map((law) => law.title).join(', ') || t('app.none');
  const articleLink = (key: string) =>
    href.draft(project.id, draft.id, { query: new URLSearchParams({ article: key }) });
  return (
    <section aria-labelledby="coverage-title" className="draft-coverage">
      <h2 id="coverage-title">{t('draft.coverage.title')}</h2>
      <div className="rec-toolbar">
        <div className="field">
          <label htmlFor="coverage-side">{t('draft.coverage.side')}</label>
          <select id="coverage-side" value={side} onChange={(event) => setSide(event.target.value)}>
            <option value="current">{t('draft.side.current')}</option>
            {draft.versions.map((version) => (
              <option key={version.number} value={`v${version.number}`}>
                {t('draft.side.version', { number: version.number })} — {version.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {coverage.isPending ? <Loading /> : null}
      {coverage.isError ? (
        <ErrorMessage error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : null}
      {data === undefined ? null : (
        <>
          <p className="hint">
            {data.scenario.replacedLaw === null
              ? t('draft.coverage.scenarioBeside', { laws: lawTitles })
              : t('draft.coverage.scenarioReplacing', {
                  laws: lawTitles,
                  replaced: data.scenario.replacedLaw.title,
                })}{' '}
            {t('draft.coverage.analysedAt', { date: formatDateTime(data.analysedAt, language) })}
          </p>
          <KeyFigures coverage={data} />
          {data.regressions.length === 0 ? null : (
            <div className="alert alert-error" data-testid="coverage-regressions">
              <h3>
                <span aria-hidden="true">▼ </span>
                {t('draft.coverage.regressionTitle', { count: data.regressions.length })}
              </h3>
              <p>{t('draft.coverage.regressionExplain')}</p>
              <ul>
                {data.regressions.map((obligationId) => {
                  const row = data.obligations.find((item) => item.obligationId === obligationId);
                  return (
                    <li key={obligationId}>
                      <span className="obligation-id">{obligationId}</span>{' '}
                      {row === undefined ? null : pick(row.title)}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          <ThemeChart rows={themeRows(data, (theme) => nameOf(t, 'theme', theme))} />
          <section className="card" aria-labelledby="coverage-recs-title">
            <h2 id="coverage-recs-title">{t('draft.coverage.recommendations')}</h2>
            {data.recommendations.length === 0 ? (
              <p className="empty">{t('draft.noAdopted')}</p>
            ) : (
              <ul className="coverage-recs" data-testid="coverage-recommendations">
                {data.recommendations.map((item) => (
                  <li
                    key={item.id}
                    data-testid={`coverage-rec-${item.label}`}
                    data-addressed={item.addressed}
                  >
                    <span className={item.addressed ? 'chip chip-accepted' : 'chip chip-rejected'}>
                      <span aria-hidden="true">{item.addressed ? '✓ ' : '✗ '}</span>
                      {item.addressed
                        ? t('draft.coverage.isAddressed')
                        : t('draft.coverage.notAddressed')}
                    </span>{' '}
                    <a href={href.recommendation(project.id, item.id)}>
                      <span className="rec-label">{item.label}</span>
                      {item.title}
                    </a>
                    {item.articles.length === 0 ? null : (
                      <span className="muted">
                        {' — '}
                        {item.articles
                          .map((article) =>
                            article.placeholder
                              ? `${article.label} (${t('draft.placeholderShort')})`
                              : article.label,
                          )
                          .join(', ')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="coverage-obligations-title">
            <h2 id="coverage-obligations-title">{t('draft.coverage.obligations')}</h2>
            <div className="field coverage-filter">
              <label htmlFor="coverage-filter">{t('draft.coverage.show')}</label>
              <select
                id="coverage-filter"
                value={shown}
                onChange={(event) =>
                  setShown(
                    OBLIGATION_FILTERS.find((item) => item === event.target.value) ?? 'draft',
                  )
                }
                data-testid="coverage-filter"
              >
                {OBLIGATION_FILTERS.map((filter) => (
                  <option key={filter} value={filter}>
                    {t(`draft.coverage.filter.${filter}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="table-wrap">
              <table className="table responsive-table" data-testid="coverage-obligations">
                <caption className="visually-hidden">{t('draft.coverage.obligations')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('draft.coverage.obligation')}</th>
                    <th scope="col">{t('draft.coverage.before')}</th>
                    <th scope="col">{t('draft.coverage.after')}</th>
                    <th scope="col">{t('draft.coverage.change')}</th>
                    <th scope="col">{t('draft.coverage.articles')}</th>
                  </tr>
                </thead>
                <tbody>
                  {obligationOrder(filterObligations(data.obligations, shown)).map((row) => (
                    <tr
                      key={row.obligationId}
                      className={`coverage-${row.change}`}
                      data-testid={`coverage-obligation-${row.obligationId}`}
                      data-change={row.change}
                    >
                      <td data-label={t('draft.coverage.obligation')}>
                        <a href={href.finding(project.id, row.obligationId)}>
                          <span className="obligation-id">{row.obligationId}</span>
                        </a>{' '}
                        {pick(row.title)}
                      </td>
                      <td data-label={t('draft.coverage.before')}>
                        <StatusChip status={row.before} />
                      </td>
                      <td data-label={t('draft.coverage.after')}>
                        <StatusChip status={row.after} />
                      </td>
                      <td data-label={t('draft.coverage.change')}>
                        <span className={`chip coverage-change-${row.change}`}>
                          <span aria-hidden="true">{CHANGE_SIGNS[row.change]} </span>
                          {t(`draft.coverage.change.${row.change}`)}
                        </span>
                        {row.linkedButNotFound ? (
                          <p className="hint">{t('draft.coverage.linkedButNotFound')}</p>
                        ) : null}
                      </td>
                      <td data-label={t('draft.coverage.articles')}>
                        {row.articles.length === 0 ? (
                          <span className="muted">{t('app.none')}</span>
                        ) : (
                          row.articles.map((article, index) => (
                            <span key={article.key}>
                              {index === 0 ? '' : ', '}
                              <a href={articleLink(article.key)}>{article.label}</a>{' '}
                              <span className="muted">
                                ({t(`draft.coverage.via.${article.via}`)})
                              </span>
                            </span>
                          ))
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </section>
  );
}
