import { useEffect } from 'react';
import type { LawArticle } from '../../../../src/contract/laws.js';
import type { Project } from '../../../../src/contract/projects.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { href } from '../../router/routes.js';
import { openedDivisions, sortCoverage } from './model.js';
import { useLaw } from './queries.js';
import { WarningList } from './warning-list.js';

interface LawPageProps {
  project: Project;
  lawId: string;
  /** The article to bring into view, from the address. */
  eId?: string;
}

/** A law's structured text: divisions, articles with anchors, the obligations in the margin. */
export function LawPage({ project, lawId, eId }: LawPageProps) {
  const { t } = useI18n();
  const law = useLaw(project.id, lawId);
  const loaded = law.data !== undefined;

  useEffect(() => {
    if (!loaded || eId === undefined) return;
    const target = document.getElementById(eId);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [loaded, eId]);

  if (law.isPending) return <Loading />;
  if (law.isError) return <ErrorMessage error={law.error} onRetry={() => void law.refetch()} />;
  const detail = law.data;
  const opened = openedDivisions(detail.articles);
  const meta = detail.meta;

  return (
    <div className="page law-page">
      <p className="breadcrumb">
        <a href={href.laws(project.id)}>← {t('laws.back')}</a>
      </p>
      <header className="law-header">
        <h1>{detail.title}</h1>
        <p className="muted">
          {meta.number === '' || meta.date === ''
            ? null
            : t('laws.meta', { docType: meta.docType, number: meta.number, date: meta.date })}{' '}
          <span className="mono">{detail.fileName}</span>
        </p>
      </header>
      {detail.warnings.length === 0 ? null : (
        <details className="card law-warnings">
          <summary>
            {t('laws.importWarnings')} ({detail.warnings.length})
          </summary>
          <WarningList warnings={detail.warnings} testId="law-warnings" />
        </details>
      )}
      {detail.preamble.length === 0 ? null : (
        <section className="law-preamble" aria-label={t('laws.preamble')}>
          {detail.preamble.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
      <div className="law-body">
        {detail.articles.map((article, index) => (
          <div key={article.eId}>
            {(opened[index] ?? []).map((division) => (
              <p
                key={`${division.depth}-${division.title}`}
                className={`division division-${Math.min(division.depth, 3)}`}
                role="heading"
                aria-level={Math.min(division.depth + 2, 6)}
              >
                {division.title}
              </p>
            ))}
            <ArticleView
              projectId={project.id}
              lawId={lawId}
              article={article}
              targeted={article.eId === eId}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

interface ArticleViewProps {
  projectId: string;
  lawId: string;
  article: LawArticle;
  targeted: boolean;
}

function ArticleView({ projectId, lawId, article, targeted }: ArticleViewProps) {
  const { t } = useI18n();
  const headingId = `${article.eId}-heading`;
  return (
    <article
      id={article.eId}
      tabIndex={-1}
      className={targeted ? 'law-article target' : 'law-article'}
      aria-labelledby={headingId}
      data-testid={`article-${article.eId}`}
    >
      <div className="article-text">
        <h3 id={headingId} className="article-heading">
          <a
            href={href.law(projectId, lawId, article.eId)}
            className="article-anchor"
            aria-label={t('laws.linkTo', { label: article.label })}
          >
            §
          </a>{' '}
          {article.label}
          {article.heading === '' ? null : (
            <span className="provision-heading"> · {article.heading}</span>
          )}
        </h3>
        {article.path.length === 0 ? null : (
          <p className="article-path muted">{article.path.join(' › ')}</p>
        )}
        <p className="law-text">{article.text.trim()}</p>
      </div>
      <aside className="article-margin" aria-label={`${t('laws.implements')} · ${article.label}`}>
        <p className="margin-title">{t('laws.implements')}</p>
        {article.coverage.length === 0 ? (
          <p className="muted margin-empty">{t('laws.noCoverage')}</p>
        ) : (
          <ul className="chip-list">
            {sortCoverage(article.coverage).map((coverage) => (
              <li key={coverage.obligationId}>
                <a
                  className={`chip chip-${coverage.state}`}
                  href={href.finding(projectId, coverage.obligationId)}
                  data-testid={`coverage-${coverage.obligationId}`}
                  data-state={coverage.state}
                >
                  {coverage.obligationId}
                  <span className="chip-state">
                    {coverage.state === 'accepted' ? t('laws.accepted') : t('laws.proposed')}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </aside>
    </article>
  );
}
