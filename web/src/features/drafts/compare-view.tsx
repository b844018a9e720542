import { useState } from 'react';
import type {
  ComparisonRowView,
  DraftComparison,
  DraftDetail,
} from '../../../../src/contract/drafts.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Translate } from '../../i18n/translate.js';
import { href } from '../../router/routes.js';
import { navigate } from '../../router/use-location.js';
import { useLaws } from '../laws/queries.js';
import { WordDiffView } from '../recommendations/word-diff-view.js';
import {
  diffColumns,
  parseSide,
  rowBadges,
  showsWordDiff,
  sideOptions,
  type RowBadge,
} from './model.js';
import { useDraftComparison } from './queries.js';

const CHANGES = ['modified', 'added', 'deleted', 'split', 'merged', 'unchanged'] as const;
const BADGE_SIGNS: Readonly<Record<RowBadge, string>> = {
  unchanged: '=',
  modified: '✎',
  added: '+',
  deleted: '−',
  split: '⑃',
  merged: '⑂',
  renumbered: '#',
  moved: '↕',
};

/** A side's column heading: "Law in force", "Version 2", "Working copy". */
function sideName(t: Translate, side: string): string {
  const parsed = parseSide(side);
  if (parsed?.kind === 'law') return t('draft.side.law');
  if (parsed?.kind === 'version') return t('draft.side.version', { number: parsed.number });
  return t('draft.side.current');
}

/** The articles of one side of a row, with the words that changed marked when one faces one. */
function ArticlesCell({ row, side }: { row: ComparisonRowView; side: 'old' | 'new' }) {
  const { t } = useI18n();
  const articles = row[side];
  if (articles.length === 0) return <p className="muted">{t('draft.compare.nothing')}</p>;
  const diff = showsWordDiff(row) ? diffColumns(row.diff)[side] : undefined;
  return (
    <>
      {articles.map((article) => (
        <div key={article.key} className="compare-article">
          <p className="compare-article-title">
            <strong>{article.label}</strong>
            {article.heading === '' ? null : ` — ${article.heading}`}
          </p>
          {diff === undefined ? (
            <p className="draft-wording">{article.text}</p>
          ) : (
            <WordDiffView segments={diff} />
          )}
        </div>
      ))}
    </>
  );
}

function Badges({ row }: { row: ComparisonRowView }) {
  const { t } = useI18n();
  const badges = rowBadges(row);
  if (badges.length === 0) return null;
  return (
    <p className="rec-chips">
      {badges.map((badge) => (
        <span key={badge} className={`chip compare-badge compare-${badge}`} data-badge={badge}>
          <span aria-hidden="true">{BADGE_SIGNS[badge]} </span>
          {t(`draft.change.${badge}`)}
        </span>
      ))}
    </p>
  );
}

/** The counts of the table: how many articles were modified, added, deleted, split, merged. */
function Counts({ comparison }: { comparison: DraftComparison }) {
  const { t } = useI18n();
  const renumbered = comparison.rows.filter((row) => row.renumbered).length;
  const moved = comparison.rows.filter((row) => row.moved).length;
  return (
    <dl className="key-figures compare-counts" data-testid="compare-counts">
      {CHANGES.map((change) => (
        <div key={change} data-testid={`compare-count-${change}`}>
          <dt>{t(`draft.change.${change}`)}</dt>
          <dd>{comparison.counts[change] ?? 0}</dd>
        </div>
      ))}
      <div data-testid="compare-count-renumbered">
        <dt>{t('draft.change.renumbered')}</dt>
        <dd>{renumbered}</dd>
      </div>
      <div data-testid="compare-count-moved">
        <dt>{t('draft.change.moved')}</dt>
        <dd>{moved}</dd>
      </div>
    </dl>
  );
}

/**
 * The comparative table ("tableau comparatif"): two sides chosen among the law in force, the
 * saved versions and the working copy, article against article, with a comment column.
 */
export function CompareView({
  project,
  draft,
  query,
}: {
  project: Project;
  draft: DraftDetail;
  query: URLSearchParams;
}) {
  const { t } = useI18n();
  const laws = useLaws(project.id);
  // The server's default is the law replaced, else the first version; a draft written beside
  // the laws in force with no version yet is compared with the project's first law.
  const serverDefault = draft.replacesLawId !== null || draft.versions.length > 0;
  const firstLaw = laws.data?.laws[0];
  const left =
    query.get('left') ??
    (serverDefault || firstLaw === undefined ? undefined : `law:${firstLaw.id}`);
  const right = query.get('right') ?? 'current';
  const comparison = useDraftComparison(project.id, draft.id, {
    left,
    right,
    enabled: left !== undefined || serverDefault || laws.data !== undefined,
  });
  const [hideUnchanged, setHideUnchanged] = useState(false);
  const options = sideOptions(laws.data?.laws ?? [], draft.versions);
  const shownLeft = left ?? comparison.data?.left.side ?? '';

  const choose = (next: { left?: string; right?: string }) => {
    const search = new URLSearchParams();
    const nextLeft = next.left ?? shownLeft;
    if (nextLeft !== '') search.set('left', nextLeft);
    search.set('right', next.right ?? right);
    navigate(href.draft(project.id, draft.id, { tab: 'compare', query: search }), {
      replace: true,
    });
  };

  const optionLabel = (option: (typeof options)[number]) =>
    option.kind === 'law'
      ? `${t('draft.side.law')} — ${option.title}`
      : option.kind === 'version'
        ? `${t('draft.side.version', { number: option.number ?? 0 })} — ${option.title}`
        : t('draft.side.current');

  const select = (side: 'left' | 'right', value: string) => (
    <div className="field">
      <label htmlFor={`compare-${side}`}>
        {side === 'left' ? t('draft.compare.left') : t('draft.compare.right')}
      </label>
      <select
        id={`compare-${side}`}
        value={value}
        onChange={(event) => choose({ [side]: event.target.value })}
        data-testid={`compare-${side}`}
      >
        {value === '' ? <option value="">{t('draft.compare.default')}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );

  const rows = (comparison.data?.rows ?? []).filter(
    (row) => !hideUnchanged || rowBadges(row).length > 0,
  );
  const data = comparison.data;
  return (
    <section aria-labelledby="compare-title" className="draft-compare">
      <h2 id="compare-title">{t('draft.compare.title')}</h2>
      <div className="rec-toolbar compare-sides">
        {select('left', shownLeft)}
        {select('right', right)}
        <div className="checkbox">
          <input
            type="checkbox"
            id="compare-hide-unchanged"
            checked={hideUnchanged}
            onChange={(event) => setHideUnchanged(event.target.checked)}
          />
          <label htmlFor="compare-hide-unchanged">{t('draft.compare.hideUnchanged')}</label>
        </div>
      </div>
      {comparison.isPending ? <Loading /> : null}
      {comparison.isError ? (
        <ErrorMessage error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : null}
      {data === undefined ? null : (
        <>
          <Counts comparison={data} />
          <p className="hint">{t('draft.compare.legend')}</p>
          <div className="table-wrap">
            <table className="table responsive-table compare-table" data-testid="compare-table">
              <caption className="visually-hidden">
                {t('draft.compare.caption', { left: data.left.title, right: data.right.title })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    {sideName(t, data.left.side)}
                    <span className="compare-side-title">{data.left.title}</span>
                  </th>
                  <th scope="col">
                    {sideName(t, data.right.side)}
                    <span className="compare-side-title">{data.right.title}</span>
                  </th>
                  <th scope="col">{t('draft.compare.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr
                    key={`${row.old.map((item) => item.key).join('+')}/${row.new.map((item) => item.key).join('+')}/${index}`}
                    className={`compare-row compare-row-${row.change}`}
                    data-testid="compare-row"
                    data-change={row.change}
                  >
                    <td data-label={sideName(t, data.left.side)}>
                      <ArticlesCell row={row} side="old" />
                    </td>
                    <td data-label={sideName(t, data.right.side)}>
                      <ArticlesCell row={row} side="new" />
                    </td>
                    <td data-label={t('draft.compare.comment')}>
                      <Badges row={row} />
                      {row.comment === '' ? null : <p>{row.comment}</p>}
                      {row.recommendations.length === 0 ? null : (
                        <p className="muted">
                          {t('draft.compare.implements', {
                            labels: row.recommendations.join(', '),
                          })}
                        </p>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length === 0 ? <p className="empty">{t('draft.compare.noRows')}</p> : null}
        </>
      )}
    </section>
  );
}
