import type { Kysely } from 'kysely';
import type {
  DraftDetail,
  DraftNodeView,
  DraftProblem,
  DraftSummary,
  DraftVersionSummary,
} from '../contract/drafts.js';
import {
  draftProblems,
  listDraftArticles,
  numberDraft,
  renderArticleBody,
  renderText,
  type DraftNumbers,
} from '../core/drafting/index.js';
import type { DraftDocument, DraftNode } from '../core/drafting/draft-document.js';
import { countOpenComments } from '../store/repos/comments.js';
import { listDraftVersions, type DraftVersionRecord } from '../store/repos/draft-versions.js';
import {
  DRAFT_ARTICLE_TARGET,
  findDraft,
  type DraftRecord,
  type DraftSummaryRecord,
} from '../store/repos/drafts.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { recommendationLabel } from './recommendation-views.js';
import { announce, type Workspace } from './workspace.js';

/* What every use-case of drafts shares: requests, loading, the summary and the editor's view. */

export interface DraftRequest {
  readonly actor: Actor;
  readonly projectId: string;
  readonly draftId: string;
}

export async function loadDraft(
  db: Kysely<Database>,
  request: { readonly projectId: string; readonly draftId: string },
): Promise<DraftRecord> {
  const record = await findDraft(db, request);
  if (record === undefined) throw new AppError('not_found', 'Draft not found');
  return record;
}

/** Tells every open browser that the draft changed; sent after the transaction commits. */
export async function announceDraft(workspace: Workspace, request: DraftRequest): Promise<void> {
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'draft',
    objectId: request.draftId,
    actor: request.actor,
  });
}

/** The comment target of one article of a draft. */
export const articleTarget = (draftId: string, key: string): string => `${draftId}:${key}`;

/** How many articles and placeholders a document has: the list's counts. */
export function draftCounts(document: DraftDocument): {
  articleCount: number;
  placeholderCount: number;
} {
  const articles = listDraftArticles(document);
  return {
    articleCount: articles.length,
    placeholderCount: articles.filter((article) => article.placeholder).length,
  };
}

export function draftSummary(record: DraftSummaryRecord): DraftSummary {
  return {
    id: record.id,
    title: record.title,
    origin: record.origin,
    language: record.language,
    replacesLawId: record.replacesLawId,
    replacesLawTitle: record.replacesLawTitle,
    articleCount: record.articleCount,
    placeholderCount: record.placeholderCount,
    versionCount: record.versionCount,
    revision: record.revision,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}

export function versionSummary(record: DraftVersionRecord): DraftVersionSummary {
  return {
    number: record.number,
    name: record.name,
    note: record.note,
    revision: record.revision,
    articleCount: record.articleCount,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
  };
}

/** What a view needs beside the document: open comments by article key. */
export interface ViewContext {
  readonly numbers: DraftNumbers;
  readonly openComments: ReadonlyMap<string, number>;
}

/** One node as the editor shows it, numbered, with its subtree. */
export function nodeView(
  document: DraftDocument,
  node: DraftNode,
  context: ViewContext,
): DraftNodeView {
  const numbered = context.numbers.get(node.key);
  const isArticle = node.kind === 'article';
  const body = isArticle ? renderArticleBody(document, node.key, context.numbers) : '';
  return {
    key: node.key,
    kind: node.kind,
    num: numbered?.num ?? '',
    label: numbered?.label ?? '',
    heading: node.heading,
    body,
    text: isArticle ? body : renderText(node.text, context.numbers),
    rev: node.rev,
    recommendationIds: [...node.recommendationIds],
    obligationIds: [...node.obligationIds],
    placeholder: node.placeholder,
    origin: node.origin,
    note: node.note,
    openComments: isArticle ? (context.openComments.get(node.key) ?? 0) : 0,
    children: node.children.map((child) => nodeView(document, child, context)),
  };
}

/**
 * The problems of a draft: the core's (dangling references, placeholders, empty articles),
 * and articles linked to a recommendation the project no longer has.
 */
export function problemsOf(
  document: DraftDocument,
  numbers: DraftNumbers,
  recommendationIds: ReadonlySet<string>,
): DraftProblem[] {
  const problems: DraftProblem[] = [...draftProblems(document, numbers)];
  const french = document.meta.language === 'fr';
  for (const article of listDraftArticles(document)) {
    const label = numbers.get(article.key)?.label ?? article.key;
    for (const id of article.recommendationIds) {
      if (recommendationIds.has(id)) continue;
      problems.push({
        code: 'unknown-recommendation',
        key: article.key,
        label,
        message: french
          ? `${label} : la recommandation liée n’existe plus dans le projet`
          : `${label}: the linked recommendation no longer exists in the project`,
      });
    }
  }
  return problems;
}

/** The whole draft as the editor shows it, read with `db` (the writer's transaction after a change). */
export async function detailOf(db: Kysely<Database>, record: DraftRecord): Promise<DraftDetail> {
  const [versions, openComments, recommendations] = await Promise.all([
    listDraftVersions(db, record.id),
    countOpenComments(db, {
      projectId: record.projectId,
      targetType: DRAFT_ARTICLE_TARGET,
      targetIdPrefix: articleTarget(record.id, ''),
    }),
    listRecommendations(db, record.projectId),
  ]);
  return draftDetail(record, { versions, openComments, recommendations });
}

/** The detail from what `detailOf` reads. */
export function draftDetail(
  record: DraftRecord,
  context: {
    readonly versions: readonly DraftVersionRecord[];
    /** Open comments by comment target (`${draftId}:${key}`). */
    readonly openComments: ReadonlyMap<string, number>;
    readonly recommendations: readonly { readonly id: string }[];
  },
): DraftDetail {
  const { document } = record;
  const numbers = numberDraft(document);
  const prefix = articleTarget(record.id, '');
  const byKey = new Map(
    [...context.openComments].map(([target, count]) => [target.slice(prefix.length), count]),
  );
  const view: ViewContext = { numbers, openComments: byKey };
  return {
    ...draftSummary(record),
    // The list counts the versions with a subquery; here they are read anyway.
    versionCount: context.versions.length,
    shortTitle: document.meta.shortTitle,
    numbering: document.numbering,
    preamble: [...document.preamble],
    conclusions: [...document.conclusions],
    body: document.body.map((node) => nodeView(document, node, view)),
    problems: problemsOf(
      document,
      numbers,
      new Set(context.recommendations.map((recommendation) => recommendation.id)),
    ),
    versions: context.versions.map(versionSummary),
  };
}

/** R-labels of recommendation IDs, by the project's numbering; unknown IDs are left out. */
export function recommendationLabels(
  ids: readonly string[],
  numbers: ReadonlyMap<string, number>,
): string[] {
  return ids.flatMap((id) => {
    const number = numbers.get(id);
    return number === undefined ? [] : [recommendationLabel(number)];
  });
}
