import type { EngineRecord } from './engine-record.js';

export type MappingDecision = 'proposed' | 'accepted' | 'rejected';

export interface ReviewMapping {
  readonly lawId: string;
  readonly eId: string;
  readonly label: string;
  readonly decision: MappingDecision;
  readonly source: 'engine' | 'analyst';
}

/** The part of a stored finding that analysts own and a re-run of the engine must respect. */
export interface ReviewState {
  readonly status: string;
  readonly statusSetByAnalyst: boolean;
  readonly reason: string;
  readonly mappings: readonly ReviewMapping[];
  readonly confirmedAt: string | null;
  readonly confirmedById: string | null;
}

/** Most provisions the engine proposes as implementing one obligation. */
const MAX_PROPOSED = 3;

/** The provisions the engine proposes: implementing candidates, best first. */
export function proposedMappings(engine: EngineRecord): ReviewMapping[] {
  return engine.candidates
    .filter((candidate) => candidate.implements)
    .slice(0, MAX_PROPOSED)
    .map((candidate) => ({
      lawId: candidate.lawId,
      eId: candidate.eId,
      label: candidate.label,
      decision: 'proposed',
      source: 'engine',
    }));
}

const key = (mapping: { readonly lawId: string; readonly eId: string }): string =>
  `${mapping.lawId}\u0000${mapping.eId}`;

/**
 * A finding after the engine ran again. Analysts' decisions survive: a status they set stays,
 * accepted or rejected provisions stay decided (while their law is still in the project), and
 * the engine's fresh proposals are added. A confirmation stands only while the status it
 * confirmed is unchanged.
 *
 * @example mergeReview(undefined, 'partial', engine) // a first analysis: the engine's view
 */
export function mergeReview(
  previous: ReviewState | undefined,
  engineStatus: string,
  context: { readonly engine: EngineRecord; readonly lawIds: ReadonlySet<string> },
): ReviewState {
  const proposals = proposedMappings(context.engine);
  if (previous === undefined) {
    return {
      status: engineStatus,
      statusSetByAnalyst: false,
      reason: '',
      mappings: proposals,
      confirmedAt: null,
      confirmedById: null,
    };
  }
  const decided = previous.mappings.filter(
    (mapping) => mapping.decision !== 'proposed' && context.lawIds.has(mapping.lawId),
  );
  const decidedKeys = new Set(decided.map(key));
  const mappings = [...decided, ...proposals.filter((mapping) => !decidedKeys.has(key(mapping)))];
  const status = previous.statusSetByAnalyst ? previous.status : engineStatus;
  const keepsConfirmation = status === previous.status;
  return {
    status,
    statusSetByAnalyst: previous.statusSetByAnalyst,
    reason: previous.reason,
    mappings,
    confirmedAt: keepsConfirmation ? previous.confirmedAt : null,
    confirmedById: keepsConfirmation ? previous.confirmedById : null,
  };
}
