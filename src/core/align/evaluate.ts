import type { Finding } from './finding.js';
import { normaliseProvisionNumber, type Gold } from './gold.js';
import { rollUp } from './rollup.js';

/** Figures of the engine against one labelled law (DESIGN.md §3). */
export interface EvaluationFigures {
  /** Gold provisions found among the first three candidates. */
  readonly recall_at_3: number | null;
  /** Obligations whose first candidate is a gold provision, of those the gold gives provisions for. */
  readonly top1_precision: number | null;
  readonly status_accuracy: number | null;
  /** Element presence against the gold's present/absent lists; null when the gold has none. */
  readonly element_f1: number | null;
}

export interface ObligationComparison {
  readonly id: string;
  readonly goldStatus: string;
  readonly status: string;
  readonly goldProvisions: readonly string[];
  readonly top3: readonly string[];
  readonly missed: readonly string[];
}

export interface Counts {
  provisions: number;
  provisionsFound: number;
  top1Total: number;
  top1Hits: number;
  statusTotal: number;
  statusHits: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface LawEvaluation {
  readonly figures: EvaluationFigures;
  readonly counts: Counts;
  readonly comparisons: readonly ObligationComparison[];
  /** Gold IDs the catalogue does not know. */
  readonly unknown: readonly string[];
}

export function emptyCounts(): Counts {
  return {
    provisions: 0,
    provisionsFound: 0,
    top1Total: 0,
    top1Hits: 0,
    statusTotal: 0,
    statusHits: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
  };
}

const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Number((part / whole).toFixed(4));

export function figuresOf(counts: Counts): EvaluationFigures {
  const precision = ratio(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = ratio(counts.truePositives, counts.truePositives + counts.falseNegatives);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : Number(((2 * precision * recall) / (precision + recall)).toFixed(4));
  return {
    recall_at_3: ratio(counts.provisionsFound, counts.provisions),
    top1_precision: ratio(counts.top1Hits, counts.top1Total),
    status_accuracy: ratio(counts.statusHits, counts.statusTotal),
    element_f1: f1,
  };
}

export function addCounts(into: Counts, from: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key];
}

/**
 * Compares findings with a gold. `descendants` maps a gold ID to the catalogue IDs it
 * covers (itself when the catalogue has it, its sub-units when the gold is coarser).
 */
export function evaluate(
  gold: Gold,
  findings: readonly Finding[],
  descendants: (id: string) => readonly string[],
): LawEvaluation {
  const byId = new Map(findings.map((finding) => [finding.obligationId, finding]));
  const counts = emptyCounts();
  const comparisons: ObligationComparison[] = [];
  const unknown: string[] = [];
  for (const expected of gold.obligations) {
    const parts = descendants(expected.id)
      .map((id) => byId.get(id))
      .filter((finding): finding is Finding => finding !== undefined);
    const finding =
      parts.length === 1 && parts[0]?.obligationId === expected.id
        ? parts[0]
        : rollUp(expected.id, parts);
    if (finding === undefined) {
      unknown.push(expected.id);
      continue;
    }
    const goldProvisions = expected.provisions.map(normaliseProvisionNumber);
    const ranked = finding.candidates.map((candidate) =>
      normaliseProvisionNumber(candidate.provision.num),
    );
    const top3 = ranked.slice(0, 3);
    const missed = goldProvisions.filter((num) => !top3.includes(num));
    counts.provisions += goldProvisions.length;
    counts.provisionsFound += goldProvisions.length - missed.length;
    if (goldProvisions.length > 0 && ranked.length > 0) {
      counts.top1Total += 1;
      if (goldProvisions.includes(ranked[0] ?? '')) counts.top1Hits += 1;
    }
    counts.statusTotal += 1;
    if (finding.status === expected.status) counts.statusHits += 1;
    if (expected.elements !== undefined) {
      const present = new Set(
        finding.elements.filter((element) => element.present).map((element) => element.id),
      );
      for (const id of expected.elements.present) {
        if (present.has(id)) counts.truePositives += 1;
        else counts.falseNegatives += 1;
      }
      for (const id of expected.elements.absent) if (present.has(id)) counts.falsePositives += 1;
    }
    comparisons.push({
      id: expected.id,
      goldStatus: expected.status,
      status: finding.status,
      goldProvisions: expected.provisions,
      top3: finding.candidates.slice(0, 3).map((candidate) => candidate.provision.num),
      missed,
    });
  }
  return { figures: figuresOf(counts), counts, comparisons, unknown };
}
