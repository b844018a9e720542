import { useEffect, useState } from 'react';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { ReviewProgress } from '../../components/review-progress.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { allows } from '../projects/model.js';
import { useCatalogue } from '../projects/queries.js';
import { FindingFilters } from './finding-filters.js';
import { FindingsTable } from './findings-table.js';
import { lastView, rememberView } from './last-view.js';
import {
  filterFindings,
  filtersFromQuery,
  filtersToQuery,
  groupByTheme,
  themesOf,
} from './model.js';
import { useFindings, useRunAnalysis } from './queries.js';

/** The concordance table: filters in the address, grouped by theme, keyboard navigation. */
export function FindingsPage({ project, query }: { project: Project; query: URLSearchParams }) {
  const { t, language } = useI18n();
  const findings = useFindings(project.id);
  const catalogue = useCatalogue();
  const run = useRunAnalysis(project.id);
  const [selected, setSelected] = useState(() => lastView(project.id).selected);
  const queryText = query.toString();
  const loaded = findings.data !== undefined;

  useEffect(() => rememberView(project.id, { query: queryText }), [project.id, queryText]);

  // Back from an obligation: bring its row into view, after the page has taken the focus.
  useEffect(() => {
    const back = lastView(project.id).selected;
    if (!loaded || back === undefined) return undefined;
    const timer = setTimeout(() => {
      const row = document.querySelector<HTMLElement>(`[data-obligation="${CSS.escape(back)}"]`);
      row?.scrollIntoView({ block: 'center' });
      row?.focus({ preventScroll: true });
    });
    return () => clearTimeout(timer);
  }, [project.id, loaded]);
  const filters = filtersFromQuery(query);
  const themeOrder = catalogue.data?.themes ?? [];

  function select(obligationId: string) {
    rememberView(project.id, { selected: obligationId });
    setSelected(obligationId);
  }

  const rows = findings.data?.findings ?? [];
  const shown = filterFindings(rows, filters);
  const groups = groupByTheme(shown, themeOrder);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('findings.title')}</h1>
          {findings.data?.analysedAt == null ? null : (
            <p className="muted">
              {t('dashboard.analysedAt', {
                date: formatDateTime(findings.data.analysedAt, language),
              })}
            </p>
          )}
        </div>
        {allows(project, 'analysis.run') ? (
          <button
            type="button"
            className="button"
            onClick={() => run.mutate()}
            disabled={run.isPending}
          >
            {run.isPending ? t('findings.running') : t('findings.run')}
          </button>
        ) : null}
      </div>
      {run.data === undefined ? null : (
        <p className="alert alert-success" role="status">
          {t('findings.ran', { findings: run.data.findings, kept: run.data.kept })}
        </p>
      )}
      {run.error === null ? null : <ErrorMessage error={run.error} />}
      {findings.data === undefined ? null : (
        <ReviewProgress
          confirmed={findings.data.progress.confirmed}
          total={findings.data.progress.total}
        />
      )}
      <FindingFilters
        filters={filters}
        themes={themesOf(rows, themeOrder)}
        onChange={(next) =>
          navigate(href.findings(project.id, filtersToQuery(next)), { replace: true })
        }
      />
      {findings.isPending ? <Loading /> : null}
      {findings.isError ? (
        <ErrorMessage error={findings.error} onRetry={() => void findings.refetch()} />
      ) : null}
      {findings.data === undefined ? null : rows.length === 0 ? (
        <p className="empty">{t('findings.noAnalysis')}</p>
      ) : (
        <>
          <div className="table-info">
            <p role="status" className="muted" data-testid="findings-count">
              {t('findings.count', { shown: shown.length, total: rows.length })}
            </p>
            <p className="muted keys-hint">{t('findings.keys')}</p>
          </div>
          {shown.length === 0 ? (
            <p className="empty">{t('findings.empty')}</p>
          ) : (
            <FindingsTable
              projectId={project.id}
              groups={groups}
              selected={selected}
              onSelect={select}
            />
          )}
        </>
      )}
    </div>
  );
}
