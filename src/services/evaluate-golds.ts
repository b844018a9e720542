import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  addCounts,
  analyse,
  emptyCounts,
  evaluate,
  figuresOf,
  parseGold,
  type Counts,
  type EvaluationFigures,
  type Gold,
  type LawEvaluation,
} from '../core/align/index.js';
import type { CatalogueIndex } from '../core/catalogue/catalogue-index.js';
import type { Catalogue } from '../core/catalogue/types.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import { importLawFile } from './import-law-file.js';

/** One labelled law measured: where it came from and the engine's figures on it. */
export interface GoldResult {
  readonly law: string;
  readonly gold: string;
  readonly evaluation: LawEvaluation;
}

export interface EvaluationReport {
  readonly laws: readonly GoldResult[];
  readonly overall: EvaluationFigures;
  readonly counts: Counts;
}

/** The catalogue IDs a gold ID stands for: itself, or its sub-units when it is coarser. */
export function descendantsIn(index: CatalogueIndex): (id: string) => string[] {
  return (id) => index.descendantsOf(id).map((obligation) => obligation.id);
}

export async function readGold(path: string): Promise<Gold> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return parseGold(json, path);
}

/** Every obligation the gold names, so the engine's work is limited to what is measured. */
function goldObligations(index: CatalogueIndex, gold: Gold): Catalogue['obligations'] {
  const chosen = new Set(gold.obligations.flatMap((entry) => index.descendantsOf(entry.id)));
  return index.catalogue.obligations.filter((obligation) => chosen.has(obligation));
}

/** Measures the engine on one law against its gold file. */
export async function evaluateGold(
  goldPath: string,
  lawPath?: string,
  lawsFolder?: string,
): Promise<GoldResult> {
  const index = loadCatalogueIndex();
  const gold = await readGold(goldPath);
  const law = lawPath ?? resolve(lawsFolder ?? dirname(goldPath), gold.law);
  const imported = await importLawFile(
    law,
    gold.language === undefined ? {} : { language: gold.language },
  );
  const analysis = analyse(index.catalogue, [imported.document], {
    obligations: goldObligations(index, gold),
  });
  return {
    law,
    gold: goldPath,
    evaluation: evaluate(gold, analysis.findings, descendantsIn(index)),
  };
}

export const GOLD_SUFFIX = '.gold.json';

/**
 * Measures every `<name>.gold.json` of a folder. Each gold's `law` is found beside it, or
 * under `lawsFolder` when given (labelled real laws kept apart from their texts).
 */
export async function evaluateFolder(
  folder: string,
  lawsFolder?: string,
): Promise<EvaluationReport> {
  const names = (await readdir(folder)).filter((name) => name.endsWith(GOLD_SUFFIX)).sort();
  if (names.length === 0) throw new Error(`${folder}: no *${GOLD_SUFFIX} file`);
  const laws: GoldResult[] = [];
  for (const name of names)
    laws.push(await evaluateGold(join(folder, name), undefined, lawsFolder));
  return summarise(laws);
}

export function summarise(laws: readonly GoldResult[]): EvaluationReport {
  const counts = emptyCounts();
  for (const result of laws) addCounts(counts, result.evaluation.counts);
  return { laws, overall: figuresOf(counts), counts };
}

/** "ml-loi-traite-2012" for "…/ml-loi-traite-2012.gold.json". */
export function goldName(path: string): string {
  return basename(path, GOLD_SUFFIX);
}
