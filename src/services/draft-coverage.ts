import type { Kysely } from 'kysely';
import type { DraftCoverage } from '../contract/drafts.js';
import { analyse } from '../core/align/index.js';
import {
  COVERAGE_STATUSES,
  compareCoverage,
  type CoverageStatus,
} from '../core/drafting/draft-coverage.js';
import type { DraftDocument } from '../core/drafting/draft-document.js';
import { draftToLegalDocument, listDraftArticles, numberDraft } from '../core/drafting/index.js';
import { findDraftVersion } from '../store/repos/draft-versions.js';
import { listFindingSummaries } from '../store/repos/findings.js';
import { listLaws, loadLawDocuments } from '../store/repos/laws.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import type { Database } from '../store/schema.js';
import { AppError } from './app-error.js';
import { loadDraft, type DraftRequest } from './draft-views.js';
import { requireProject } from './project-access.js';
import { recommendationLabel } from './recommendation-views.js';
import { selectObligations } from './run-analysis.js';
import type { Workspace } from './workspace.js';

/** Recommendations whose coverage the drafter follows: those the workshop adopted. */
const ADOPTED: ReadonlySet<string> = new Set(['adopted', 'adopted_with_changes']);

async function documentOf(
  db: Kysely<Database>,
  request: DraftRequest,
  side: string,
): Promise<{ title: string; document: DraftDocument; replacesLawId: string | null }> {
  const record = await loadDraft(db, request);
  if (side === 'current') return record;
  const number = Number(side.slice(1));
  const version = await findDraftVersion(db, { draftId: record.id, number });
  if (version === undefined) {
    throw new AppError('not_found', `“${record.title}” has no version ${number}`);
  }
  return { title: record.title, document: version.document, replacesLawId: record.replacesLawId };
}

/**
 * The engine on the laws in force (before) and on the laws as the draft would leave them
 * (after: the laws in force, minus the one the draft replaces, plus the draft without its
 * placeholder articles): coverage per theme and obligation, regressions, and whether each
 * adopted recommendation has a written article.
 */
export async function draftCoverage(
  workspace: Workspace,
  request: DraftRequest & { readonly side: string },
): Promise<DraftCoverage> {
  const db = workspace.store.db;
  await requireProject(db, { ...request, action: 'project.read' });
  const draft = await documentOf(db, request, request.side);
  const [laws, lawDocuments, recommendations, findings] = await Promise.all([
    listLaws(db, request.projectId),
    loadLawDocuments(db, request.projectId),
    listRecommendations(db, request.projectId),
    listFindingSummaries(db, request.projectId),
  ]);
  const catalogue = workspace.catalogue;
  // "Before" is the engine on the laws in force: the project's own analysis, which every
  // import and deletion of a law re-runs and stores as each finding's engine status.
  const before =
    laws.length === 0
      ? null
      : findings.flatMap(({ obligationId, engineStatus }) =>
          isCoverageStatus(engineStatus) ? [{ obligationId, status: engineStatus }] : [],
        );
  const kept = lawDocuments.filter((law) => law.id !== draft.replacesLawId);
  const converted = draftToLegalDocument(draft.document, { placeholders: 'omit' });
  const obligations = selectObligations(catalogue);
  const after = analyse(
    catalogue.catalogue,
    [...kept.map((law) => law.document), converted.document],
    {
      obligations,
    },
  );
  const numbers = numberDraft(draft.document);
  const articles = listDraftArticles(draft.document);
  const linked = new Set(articles.flatMap((article) => article.recommendationIds));
  const result = compareCoverage({
    catalogue: catalogue.catalogue,
    obligations,
    before,
    after,
    draftDocument: kept.length,
    keyOfEId: converted.keyOfEId,
    articles: articles.map((article) => ({
      key: article.key,
      label: numbers.get(article.key)?.label ?? article.key,
      placeholder: article.placeholder,
      recommendationIds: article.recommendationIds,
      obligationIds: article.obligationIds,
    })),
    recommendations: recommendations
      .filter((item) => ADOPTED.has(item.status) || linked.has(item.id))
      .map((item) => ({
        id: item.id,
        label: recommendationLabel(item.number),
        title: item.title,
        obligationIds: item.obligationIds,
      })),
  });
  const replaced = laws.find((law) => law.id === draft.replacesLawId);
  return {
    side: request.side,
    scenario: {
      lawsBefore: laws.map((law) => ({ id: law.id, title: law.title })),
      replacedLaw: replaced === undefined ? null : { id: replaced.id, title: replaced.title },
    },
    ...result,
    catalogueVersion: after.catalogueVersion,
    analysedAt: new Date().toISOString(),
  };
}

function isCoverageStatus(status: string): status is CoverageStatus {
  return (COVERAGE_STATUSES as readonly string[]).includes(status);
}
