import type { Kysely } from 'kysely';
import type { CompareDraftQuery, ComparisonRowView, DraftComparison } from '../contract/drafts.js';
import { compareArticles } from '../core/drafting/compare-articles.js';
import { comparisonComment } from '../core/drafting/comparison-comment.js';
import type { ComparableArticle, DraftDocument } from '../core/drafting/draft-document.js';
import { draftComparableArticles, listDraftArticles } from '../core/drafting/index.js';
import { lawComparableArticles } from '../core/drafting/law-articles.js';
import { listDraftVersions, findDraftVersion } from '../store/repos/draft-versions.js';
import type { DraftRecord } from '../store/repos/drafts.js';
import { findLaw } from '../store/repos/laws.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import type { Database } from '../store/schema.js';
import { AppError } from './app-error.js';
import { loadDraft, recommendationLabels, type DraftRequest } from './draft-views.js';
import { requireProject } from './project-access.js';
import type { Workspace } from './workspace.js';

/** One side of a comparison, read. */
interface Side {
  readonly side: string;
  readonly title: string;
  readonly articles: ComparableArticle[];
  /** A draft's side: the recommendations each article implements, by key. */
  readonly recommendations: ReadonlyMap<string, readonly string[]>;
}

function draftSide(side: string, title: string, document: DraftDocument): Side {
  return {
    side,
    title,
    articles: draftComparableArticles(document),
    recommendations: new Map(
      listDraftArticles(document).map((article) => [article.key, article.recommendationIds]),
    ),
  };
}

/** Reads `current`, `v<n>` or `law:<id>` of a draft's project. */
export async function readSide(
  db: Kysely<Database>,
  record: DraftRecord,
  side: string,
): Promise<Side> {
  if (side === 'current') return draftSide(side, record.title, record.document);
  if (side.startsWith('law:')) {
    const lawId = side.slice('law:'.length);
    const law = await findLaw(db, { projectId: record.projectId, lawId });
    if (law === undefined) throw new AppError('not_found', `${side}: not a law of this project`);
    return {
      side,
      title: law.title,
      articles: lawComparableArticles(law.document),
      recommendations: new Map(),
    };
  }
  const number = Number(side.slice(1));
  const version = await findDraftVersion(db, { draftId: record.id, number });
  if (version === undefined) {
    throw new AppError('not_found', `“${record.title}” has no version ${number}`);
  }
  return draftSide(side, `${version.name} (v${number})`, version.document);
}

/** The default left side: the law the draft replaces, else its first saved version. */
async function defaultLeft(db: Kysely<Database>, record: DraftRecord): Promise<string> {
  if (record.replacesLawId !== null) return `law:${record.replacesLawId}`;
  const [first] = await listDraftVersions(db, record.id);
  if (first !== undefined) return `v${first.number}`;
  throw new AppError(
    'bad_request',
    `“${record.title}” replaces no law and has no saved version: choose what to compare it with (left=law:<id> or v<n>)`,
  );
}

const compared = (article: ComparableArticle) => ({
  key: article.key,
  num: article.num,
  label: article.label,
  heading: article.heading,
  path: [...article.path],
  text: article.text,
});

/**
 * The comparative table ("tableau comparatif") of two sides of a draft: old article(s) /
 * new article(s) / comment, aligned across moves, renumbering, splits and merges, with the
 * recommendations the new article implements.
 */
export async function compareDraft(
  workspace: Workspace,
  request: DraftRequest & {
    readonly query: CompareDraftQuery;
    /** The language of the comment column; the draft's by default (a report may ask another). */
    readonly language?: 'fr' | 'en';
  },
): Promise<DraftComparison> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  const record = await loadDraft(db, request);
  const leftName = request.query.left ?? (await defaultLeft(db, record));
  const [left, right, recommendations] = await Promise.all([
    readSide(db, record, leftName),
    readSide(db, record, request.query.right),
    listRecommendations(db, record.projectId),
  ]);
  const numbers = new Map(recommendations.map((item) => [item.id, item.number]));
  const comparison = compareArticles(left.articles, right.articles);
  const language = request.language ?? record.language;
  const rows: ComparisonRowView[] = comparison.rows.map((row) => ({
    change: row.change,
    renumbered: row.renumbered,
    moved: row.moved,
    old: row.old.map(compared),
    new: row.new.map(compared),
    diff: row.diff.map((segment) => ({ kind: segment.kind, text: segment.text })),
    similarity: row.similarity,
    comment: comparisonComment(row, language),
    recommendations: [
      ...new Set(
        row.new.flatMap((article) =>
          recommendationLabels(right.recommendations.get(article.key) ?? [], numbers),
        ),
      ),
    ],
  }));
  return {
    left: { side: left.side, title: left.title },
    right: { side: right.side, title: right.title },
    rows,
    counts: { ...comparison.counts },
  };
}
