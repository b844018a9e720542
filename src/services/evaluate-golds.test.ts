import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationFigures } from '../core/align/index.js';
import { corpusPath, repoPath } from '../testing/shared-corpus.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import {
  descendantsIn,
  evaluateFolder,
  GOLD_SUFFIX,
  readGold,
  type EvaluationReport,
} from './evaluate-golds.js';

const FICTIONAL = repoPath('examples/laws');
const REAL = repoPath('examples/gold');
const HOLDOUT = repoPath('examples/holdout');
const CORPUS_LAWS = corpusPath('laws');

/** Floors a little under the current figures: they catch a collapse, not a wobble. */
const FLOORS = { recall_at_3: 0.7, top1_precision: 0.7, status_accuracy: 0.6 } as const;

/** The targets, held on the laws the rules were never tuned on. */
const TARGETS = { recall_at_3: 0.9, status_accuracy: 0.8 } as const;

function expectFiguresInRange(figures: EvaluationFigures): void {
  for (const value of Object.values(figures)) {
    if (value === null) continue;
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
}

function expectAboveFloors(report: EvaluationReport): void {
  const { overall } = report;
  for (const [name, floor] of Object.entries(FLOORS)) {
    const value = overall[name as keyof typeof FLOORS];
    expect(typeof value, name).toBe('number');
    expect(value, name).toBeGreaterThanOrEqual(floor);
  }
  expect(typeof overall.element_f1).toBe('number');
  expectFiguresInRange(overall);
  for (const law of report.laws) {
    expectFiguresInRange(law.evaluation.figures);
    expect(law.evaluation.unknown, law.gold).toEqual([]);
  }
}

describe('evaluateFolder', () => {
  let fictional: EvaluationReport;
  let real: EvaluationReport;
  let holdout: EvaluationReport;

  beforeAll(async () => {
    fictional = await evaluateFolder(FICTIONAL);
    real = await evaluateFolder(REAL, CORPUS_LAWS);
    holdout = await evaluateFolder(HOLDOUT);
  });

  it('meets the targets on the holdout laws, which no rule was tuned on', () => {
    expect(holdout.laws).toHaveLength(goldFiles(HOLDOUT).length);
    expectAboveFloors(holdout);
    expect(holdout.overall.recall_at_3).toBeGreaterThanOrEqual(TARGETS.recall_at_3);
    expect(holdout.overall.status_accuracy).toBeGreaterThanOrEqual(TARGETS.status_accuracy);
  });

  it('measures every fictional law above the floors', () => {
    expect(fictional.laws).toHaveLength(goldFiles(FICTIONAL).length);
    expectAboveFloors(fictional);
  });

  it('measures every labelled real law of the shared corpus above the floors', () => {
    expect(real.laws).toHaveLength(goldFiles(REAL).length);
    expectAboveFloors(real);
  });

  it('sums the counts of the laws into the overall figures', () => {
    const provisions = fictional.laws.reduce(
      (total, law) => total + law.evaluation.counts.provisions,
      0,
    );
    expect(fictional.counts.provisions).toBe(provisions);
    expect(fictional.overall.recall_at_3).toBeCloseTo(
      fictional.counts.provisionsFound / fictional.counts.provisions,
      3,
    );
  });
});

function goldFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(GOLD_SUFFIX))
    .sort()
    .map((name) => join(folder, name));
}

describe('gold files', () => {
  const descendants = descendantsIn(loadCatalogueIndex());
  const folders = [
    { folder: FICTIONAL, laws: undefined },
    { folder: REAL, laws: CORPUS_LAWS },
    { folder: HOLDOUT, laws: undefined },
  ];
  const files = folders.flatMap(({ folder, laws }) =>
    goldFiles(folder).map((path) => ({ name: basename(path), path, laws })),
  );

  it('finds gold files in both folders', () => {
    expect(goldFiles(FICTIONAL).length).toBeGreaterThanOrEqual(4);
    expect(goldFiles(REAL).length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('$name parses, names a law that exists and only known IDs', async (entry) => {
    const gold = await readGold(entry.path);
    expect(gold.obligations.length).toBeGreaterThan(0);
    expect(existsSync(resolve(entry.laws ?? dirname(entry.path), gold.law)), gold.law).toBe(true);
    const unknown = gold.obligations
      .map((obligation) => obligation.id)
      .filter((id) => descendants(id).length === 0);
    expect(unknown).toEqual([]);
    const ids = gold.obligations.map((obligation) => obligation.id);
    expect(new Set(ids).size, 'each ID once').toBe(ids.length);
  });
});
