import type { Kysely } from 'kysely';
import { analyse } from '../core/align/index.js';
import { summariseEngineRecord, toEngineRecord } from '../core/review/engine-record.js';
import { mergeReview } from '../core/review/merge-findings.js';
import { appendAudit } from '../store/repos/audit.js';
import {
  deleteFindings,
  insertFindings,
  listFindings,
  updateFinding,
  type FindingWrite,
} from '../store/repos/findings.js';
import { loadLawDocuments } from '../store/repos/laws.js';
import { markAnalysed } from '../store/repos/projects.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { requireProject } from './project-access.js';
import { selectObligations } from './run-analysis.js';
import { announce, type Workspace } from './workspace.js';

export interface AnalysisOutcome {
  readonly findings: number;
  /** Findings whose status an analyst had set: kept as they were. */
  readonly kept: number;
  readonly analysedAt: string;
}

/**
 * Runs the engine over every law of the project, inside the caller's transaction, and merges
 * the result with the review (core/review): analysts' statuses, decisions and confirmations
 * survive; the engine's evidence and proposals are refreshed.
 */
export async function reanalyseProject(
  tx: Kysely<Database>,
  context: { readonly workspace: Workspace; readonly projectId: string; readonly actor: Actor },
): Promise<AnalysisOutcome> {
  const { projectId, actor } = context;
  const catalogue = context.workspace.catalogue;
  const laws = await loadLawDocuments(tx, projectId);
  const lawIds = laws.map((law) => law.id);
  const present = new Set(lawIds);
  const analysis = analyse(
    catalogue.catalogue,
    laws.map((law) => law.document),
    { obligations: selectObligations(catalogue) },
  );
  const previous = new Map(
    (await listFindings(tx, projectId)).map((finding) => [finding.obligationId, finding]),
  );
  const now = new Date().toISOString();
  const fresh: FindingWrite[] = [];
  let kept = 0;
  for (const finding of laws.length === 0 ? [] : analysis.findings) {
    const engine = toEngineRecord(finding, { analysis, lawIds });
    const before = previous.get(finding.obligationId);
    previous.delete(finding.obligationId);
    const review = mergeReview(
      before === undefined
        ? undefined
        : {
            ...before,
            confirmedById: before.confirmedBy?.id ?? null,
          },
      finding.status,
      { engine, lawIds: present },
    );
    const write: FindingWrite = {
      projectId,
      obligationId: finding.obligationId,
      status: review.status,
      engineStatus: finding.status,
      engine,
      summary: summariseEngineRecord(engine),
      mappings: [...review.mappings],
      reason: review.reason,
      statusSetByAnalyst: review.statusSetByAnalyst,
      updatedById: before?.updatedBy?.id ?? null,
      confirmedAt: review.confirmedAt,
      confirmedById: review.confirmedById,
    };
    if (before === undefined) {
      fresh.push(write);
      continue;
    }
    if (review.statusSetByAnalyst) kept += 1;
    const updated = await updateFinding(tx, { write, expectedVersion: before.version });
    if (updated === 'conflict' || updated === undefined) {
      throw new AppError(
        'conflict',
        `${finding.obligationId} changed during the analysis; run it again`,
      );
    }
    if (before.status !== review.status) {
      await appendAudit(tx, {
        projectId,
        actorId: actor.id,
        action: 'finding.engine_status',
        objectType: 'finding',
        objectId: finding.obligationId,
        before: { status: before.status },
        after: { status: review.status },
      });
    }
  }
  await insertFindings(tx, fresh);
  await deleteFindings(tx, { projectId, obligationIds: [...previous.keys()] });
  await markAnalysed(tx, { projectId, at: now, catalogueVersion: analysis.catalogueVersion });
  await appendAudit(tx, {
    projectId,
    actorId: actor.id,
    action: 'analysis.run',
    objectType: 'analysis',
    objectId: projectId,
    after: {
      laws: lawIds.length,
      findings: analysis.findings.length,
      kept,
      catalogue: analysis.catalogueVersion,
    },
  });
  return { findings: laws.length === 0 ? 0 : analysis.findings.length, kept, analysedAt: now };
}

/** The use-case behind "Re-run the analysis": one transaction, then everyone is told. */
export async function runProjectAnalysis(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string },
): Promise<AnalysisOutcome> {
  const outcome = await workspace.store.transaction(async (tx) => {
    await requireProject(tx, { ...request, action: 'analysis.run' });
    return reanalyseProject(tx, { workspace, ...request });
  });
  await announce(workspace, {
    projectId: request.projectId,
    kind: 'analysis',
    objectId: request.projectId,
    actor: request.actor,
  });
  return outcome;
}
