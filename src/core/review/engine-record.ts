import type { Analysis, Candidate, Evidence, Finding } from '../align/index.js';
import type { ProvisionRef } from '../align/units.js';
import { provisionKey } from '../align/units.js';
import type { Bilingual } from '../catalogue/types.js';

/** A provision as a project knows it: which stored law, which article. */
export interface StoredProvision {
  readonly lawId: string;
  readonly eId: string;
  readonly label: string;
}

export interface StoredCandidate extends StoredProvision {
  readonly score: number;
  readonly implements: boolean;
  readonly evidence: readonly Evidence[];
  readonly elements: readonly string[];
  readonly lookAlikeReason?: Bilingual;
}

export interface StoredElement {
  readonly id: string;
  readonly label: Bilingual;
  readonly required: boolean;
  readonly present: boolean;
  readonly provision?: StoredProvision;
  readonly evidence?: Evidence;
}

export interface StoredConflict extends StoredProvision {
  readonly reason: Bilingual;
  readonly evidence: readonly Evidence[];
}

export interface StoredText extends StoredProvision {
  readonly heading: string;
  readonly text: string;
}

/**
 * What the engine said about one obligation, with provisions named by stored law instead of
 * the engine's document positions, and the texts its evidence points into.
 */
export interface EngineRecord {
  readonly candidates: readonly StoredCandidate[];
  readonly lookAlikes: readonly StoredCandidate[];
  readonly elements: readonly StoredElement[];
  readonly conflicts: readonly StoredConflict[];
  readonly explanation: string;
  readonly texts: readonly StoredText[];
}

/** Candidates kept per finding: enough for review, bounded for storage. */
const MAX_CANDIDATES = 5;
const MAX_LOOK_ALIKES = 3;

/**
 * Turns an engine finding into the record a project stores. `lawIds[i]` is the stored law the
 * engine read as document `i`.
 */
export function toEngineRecord(
  finding: Finding,
  context: { readonly analysis: Analysis; readonly lawIds: readonly string[] },
): EngineRecord {
  const stored = (ref: ProvisionRef): StoredProvision => ({
    lawId: context.lawIds[ref.document] ?? '',
    eId: ref.eId,
    label: ref.label,
  });
  const candidate = (item: Candidate): StoredCandidate => ({
    ...stored(item.provision),
    score: Math.round(item.score * 1000) / 1000,
    implements: item.implements,
    evidence: item.evidence,
    elements: item.elements,
    ...(item.lookAlike === undefined ? {} : { lookAlikeReason: item.lookAlike.reason }),
  });
  const candidates = finding.candidates.slice(0, MAX_CANDIDATES).map(candidate);
  const lookAlikes = finding.lookAlikes.slice(0, MAX_LOOK_ALIKES).map(candidate);
  const conflicts = finding.conflicts.map((conflict) => ({
    ...stored(conflict.provision),
    reason: conflict.reason,
    evidence: conflict.evidence,
  }));
  const elements = finding.elements.map((element) => ({
    id: element.id,
    label: element.label,
    required: element.required,
    present: element.present,
    ...(element.provision === undefined ? {} : { provision: stored(element.provision) }),
    ...(element.evidence === undefined ? {} : { evidence: element.evidence }),
  }));
  const wanted = new Set(
    [
      ...finding.candidates.slice(0, MAX_CANDIDATES).map((item) => item.provision),
      ...finding.lookAlikes.slice(0, MAX_LOOK_ALIKES).map((item) => item.provision),
      ...finding.conflicts.map((item) => item.provision),
      ...finding.elements.flatMap((item) => (item.provision === undefined ? [] : [item.provision])),
    ].map(provisionKey),
  );
  const texts = context.analysis.provisions
    .filter((provision) => wanted.has(provisionKey(provision.ref)))
    .map((provision) => ({
      ...stored(provision.ref),
      heading: provision.heading,
      text: provision.text,
    }));
  return { candidates, lookAlikes, elements, conflicts, explanation: finding.explanation, texts };
}

/** What the concordance table shows of an engine record: kept beside it, light to read. */
export interface RowSummary {
  /** Labels of the required elements the engine did not find. */
  readonly missingElements: readonly Bilingual[];
  readonly explanation: string;
}

export function summariseEngineRecord(engine: EngineRecord): RowSummary {
  return {
    missingElements: engine.elements
      .filter((element) => element.required && !element.present)
      .map((element) => element.label),
    explanation: engine.explanation,
  };
}

/** True for a stored summary (rows written before summaries existed hold `{}`). */
export function isRowSummary(value: unknown): value is RowSummary {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof RowSummary, unknown>>;
  return Array.isArray(candidate.missingElements) && typeof candidate.explanation === 'string';
}
