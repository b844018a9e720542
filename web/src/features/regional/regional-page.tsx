import type { FindingStatus } from '../../../../src/contract/common.js';
import { INSTRUMENTS, FINDING_STATUSES } from '../../../../src/contract/common.js';
import type { RegionalMatrix } from '../../../../src/contract/regional.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { nameOf } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import '../../styles/regional.css';
import {
  codesOf,
  exportHref,
  filtersOf,
  searchOf,
  STATUS_LETTERS,
  STATUS_SIGNS,
  THEMES,
  toggled,
  type RegionalFilters,
} from './model.js';
import { useProjects } from '../projects/queries.js';
import { useRegional } from './queries.js';

const regionalHref = (filters: RegionalFilters): string => {
  const search = searchOf(filters).toString();
  return `#/regional${search === '' ? '' : `?${search}`}`;
};

/** The countries one may read side by side, obligation by obligation or theme by theme. */
export function RegionalPage({ query }: { query: URLSearchParams }) {
  const { t, language } = useI18n();
  const filters = filtersOf(query);
  const matrix = useRegional(filters);
  const projects = useProjects();
  const change = (next: Partial<RegionalFilters>) =>
    navigate(regionalHref({ ...filters, ...next }), { replace: true });
  return (
    <div className="page regional-page">
      <p>
        <a href={href.projects()}>{t('projects.title')}</a>
      </p>
      <h1>{t('regional.title')}</h1>
      <p className="muted">{t('regional.intro')}</p>
      <form className="filters regional-filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('findings.filters')}</legend>
          <label>
            {t('regional.level')}
            <select
              data-testid="regional-level"
              value={filters.level}
              onChange={(event) =>
                change({ level: event.target.value === 'theme' ? 'theme' : 'obligation' })
              }
            >
              <option value="obligation">{t('regional.level.obligation')}</option>
              <option value="theme">{t('regional.level.theme')}</option>
            </select>
          </label>
          <label>
            {t('findings.instrument')}
            <select
              data-testid="regional-instrument"
              value={filters.instrument}
              onChange={(event) => change({ instrument: event.target.value })}
            >
              <option value="">{t('findings.all')}</option>
              {INSTRUMENTS.map((instrument) => (
                <option key={instrument} value={instrument}>
                  {instrument} · {t(`instrument.${instrument}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('findings.theme')}
            <select
              data-testid="regional-theme"
              value={filters.theme}
              onChange={(event) => change({ theme: event.target.value })}
            >
              <option value="">{t('findings.all')}</option>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {nameOf(t, 'theme', theme)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('findings.status')}
            <select
              data-testid="regional-status"
              value={filters.status}
              onChange={(event) => change({ status: event.target.value })}
            >
              <option value="">{t('findings.all')}</option>
              {FINDING_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        {projects.data === undefined || projects.data.projects.length < 2 ? null : (
          <fieldset className="regional-countries" data-testid="regional-countries">
            <legend>{t('regional.countries')}</legend>
            {projects.data.projects.map((project) => (
              <label key={project.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={filters.projects.includes(project.id)}
                  onChange={(event) =>
                    change({
                      projects: toggled(filters.projects, project.id, event.target.checked),
                    })
                  }
                />{' '}
                {project.country} – {project.name}
              </label>
            ))}
            <p className="hint">{t('regional.countriesHint')}</p>
          </fieldset>
        )}
      </form>
      <p className="regional-export">
        <span>{t('regional.export')}</span>{' '}
        <a
          className="button"
          data-testid="regional-export-csv"
          href={exportHref(filters, 'csv', language)}
          download
        >
          {t('regional.exportCsv')}
        </a>{' '}
        <a
          className="button"
          data-testid="regional-export-xlsx"
          href={exportHref(filters, 'xlsx', language)}
          download
        >
          {t('regional.exportXlsx')}
        </a>
      </p>
      {matrix.isPending ? <Loading /> : null}
      {matrix.isError ? (
        <ErrorMessage error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : null}
      {matrix.data === undefined ? null : matrix.data.countries.length === 0 ? (
        <p className="empty">{t('regional.none')}</p>
      ) : (
        <>
          {filters.level === 'theme' ? (
            <ThemeMatrix matrix={matrix.data} />
          ) : (
            <ObligationMatrix matrix={matrix.data} />
          )}
          <Gaps matrix={matrix.data} />
        </>
      )}
    </div>
  );
}

function StatusCell({
  status,
  label,
  to,
  testId,
}: {
  status: FindingStatus | null;
  label: string;
  to: string;
  testId: string;
}) {
  const { language } = useI18n();
  if (status === null) {
    return (
      <span className="regional-cell status-none" data-testid={testId}>
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">{label}</span>
      </span>
    );
  }
  return (
    <a
      className={`regional-cell status status-${status}`}
      href={to}
      data-testid={testId}
      data-status={status}
    >
      <span aria-hidden="true">
        {STATUS_SIGNS[status]} {STATUS_LETTERS[language][status]}
      </span>
      <span className="visually-hidden">{label}</span>
    </a>
  );
}

function ObligationMatrix({ matrix }: { matrix: RegionalMatrix }) {
  const { t, pick } = useI18n();
  if (matrix.rows.length === 0) return <p className="empty">{t('regional.noRows')}</p>;
  const label = (projectIndex: number, obligationId: string, status: FindingStatus | null) =>
    t('regional.cell', {
      country: matrix.countries[projectIndex]?.name ?? '',
      obligation: obligationId,
      status: status === null ? t('regional.noFinding') : t(`status.${status}`),
    });
  return (
    <>
      <div className="regional-scroll regional-wide" data-testid="regional-matrix">
        <table className="regional-table">
          <caption>{t('regional.matrix')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('regional.obligation')}</th>
              {matrix.countries.map((country) => (
                <th
                  key={country.projectId}
                  scope="col"
                  data-testid={`regional-country-${country.country}`}
                >
                  <abbr title={country.name}>{country.country}</abbr>
                  <span className="regional-coverage">
                    {t('regional.coverageOf', { percent: Math.round(country.coverage * 100) })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.obligationId} data-testid={`regional-row-${row.obligationId}`}>
                <th scope="row">
                  <span className="regional-id">{row.obligationId}</span>{' '}
                  <span className="regional-title">{pick(row.title)}</span>
                </th>
                {row.cells.map((cell, index) => (
                  <td key={cell.projectId}>
                    <StatusCell
                      status={cell.status}
                      label={label(index, row.obligationId, cell.status)}
                      to={href.finding(cell.projectId, cell.obligationId)}
                      testId={`regional-cell-${matrix.countries[index]?.country ?? ''}-${row.obligationId}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="regional-cards" aria-label={t('regional.matrix')}>
        {matrix.rows.map((row) => (
          <li key={row.obligationId} className="card">
            <h3>
              <span className="regional-id">{row.obligationId}</span> {pick(row.title)}
            </h3>
            <ul className="regional-card-cells">
              {row.cells.map((cell, index) =>
                cell.status === null ? null : (
                  <li key={cell.projectId}>
                    <a
                      className={`chip status status-${cell.status}`}
                      href={href.finding(cell.projectId, cell.obligationId)}
                    >
                      <span aria-hidden="true">{STATUS_SIGNS[cell.status]}</span>{' '}
                      {matrix.countries[index]?.country}: {t(`status.${cell.status}`)}
                    </a>
                  </li>
                ),
              )}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

function ThemeMatrix({ matrix }: { matrix: RegionalMatrix }) {
  const { t } = useI18n();
  if (matrix.themes.length === 0) return <p className="empty">{t('regional.noRows')}</p>;
  return (
    <div className="regional-scroll" data-testid="regional-theme-matrix">
      <table className="regional-table">
        <caption>{t('regional.themeMatrix')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('regional.theme')}</th>
            {matrix.countries.map((country) => (
              <th key={country.projectId} scope="col">
                <abbr title={country.name}>{country.country}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.themes.map((row) => (
            <tr key={row.theme} data-testid={`regional-theme-${row.theme}`}>
              <th scope="row">
                {nameOf(t, 'theme', row.theme)} <span className="muted">({row.obligations})</span>
              </th>
              {row.cells.map((cell, index) => {
                const country = matrix.countries[index];
                const counts = {
                  missing: cell.counts.missing ?? 0,
                  partial: cell.counts.partial ?? 0,
                  aligned: cell.counts.aligned ?? 0,
                };
                return (
                  <td key={cell.projectId}>
                    <a
                      className="regional-theme-cell"
                      href={href.findings(
                        cell.projectId,
                        new URLSearchParams({ theme: row.theme }),
                      )}
                    >
                      <span aria-hidden="true">
                        <span className="status-missing">✗ {counts.missing}</span>{' '}
                        <span className="status-partial">◐ {counts.partial}</span>{' '}
                        <span className="status-aligned">✓ {counts.aligned}</span>
                      </span>
                      <span className="visually-hidden">
                        {t('regional.themeCell', {
                          country: country?.name ?? '',
                          theme: nameOf(t, 'theme', row.theme),
                          ...counts,
                        })}
                      </span>
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Gaps({ matrix }: { matrix: RegionalMatrix }) {
  const { t, pick } = useI18n();
  const total = matrix.countries.length;
  return (
    <section className="regional-gaps" aria-labelledby="regional-gaps-title">
      <h2 id="regional-gaps-title">{t('regional.gaps')}</h2>
      {matrix.summary.gaps.length === 0 ? (
        <p className="empty">{t('regional.gapsNone')}</p>
      ) : (
        <ol data-testid="regional-gaps">
          {matrix.summary.gaps.map((gap) => (
            <li key={gap.obligationId} data-testid={`regional-gap-${gap.obligationId}`}>
              <strong>{gap.obligationId}</strong> {pick(gap.title)} —{' '}
              {t('regional.gapCountries', { count: gap.countries, total })}
              {gap.missing.length > 0
                ? ` · ${t('regional.missingIn', { list: codesOf(matrix, gap.missing).join(', ') })}`
                : ''}
              {gap.partial.length > 0
                ? ` · ${t('regional.partialIn', { list: codesOf(matrix, gap.partial).join(', ') })}`
                : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
