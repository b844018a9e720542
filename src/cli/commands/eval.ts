import { ImportError } from '../../importers/import-result.js';
import {
  evaluateFolder,
  evaluateGold,
  summarise,
  type EvaluationReport,
  type GoldResult,
} from '../../services/evaluate-golds.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../cli-io.js';
import { parseCommand } from '../command-args.js';

export const EVAL_USAGE = `Usage: lexalign eval <law> --gold <gold.json>
       lexalign eval --dir <folder> [--laws <folder>]

Measures the alignment engine against labelled laws (gold files, DESIGN.md §3) and prints,
last, one JSON line of figures: recall_at_3, top1_precision, status_accuracy, element_f1,
overall and per law.

Options:
  --gold <file>     the gold file of <law>
  --dir <folder>    every <name>.gold.json of the folder, each with the law its "law" names
  --laws <folder>   where the laws named by the golds are (default: beside each gold)
  --verbose         list every obligation where the engine and the gold differ
`;

const OPTIONS = {
  gold: { type: 'string' },
  dir: { type: 'string' },
  laws: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const percent = (value: number | null): string =>
  value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;

function describeLaw(result: GoldResult, verbose: boolean): string {
  const { figures, comparisons, unknown } = result.evaluation;
  const lines = [
    `${result.law}: recall@3 ${percent(figures.recall_at_3)}, top-1 ${percent(figures.top1_precision)}, status ${percent(figures.status_accuracy)}, elements F1 ${percent(figures.element_f1)} (${comparisons.length} obligations)`,
  ];
  if (unknown.length > 0) lines.push(`  unknown to the catalogue: ${unknown.join(', ')}`);
  if (verbose) {
    for (const comparison of comparisons) {
      if (comparison.status === comparison.goldStatus && comparison.missed.length === 0) continue;
      lines.push(
        `  ${comparison.id}: engine ${comparison.status} [${comparison.top3.join(', ')}], gold ${comparison.goldStatus} [${comparison.goldProvisions.join(', ')}]`,
      );
    }
  }
  return lines.join('\n');
}

function figuresLine(report: EvaluationReport): string {
  return JSON.stringify({
    ...report.overall,
    laws: report.laws.map((result) => ({ law: result.law, ...result.evaluation.figures })),
  });
}

/** `lexalign eval`: the engine's figures on labelled laws. Returns the exit code. */
export async function runEval(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand({ name: 'eval', usage: EVAL_USAGE, options: OPTIONS }, args, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const single = positionals.length === 1 && values.gold !== undefined && values.dir === undefined;
  const folder = positionals.length === 0 && values.dir !== undefined && values.gold === undefined;
  if (!single && !folder) {
    io.stderr(`lexalign eval: give a law with --gold, or --dir alone\n\n${EVAL_USAGE}`);
    return EXIT.usage;
  }
  let report: EvaluationReport;
  try {
    report =
      values.dir !== undefined
        ? await evaluateFolder(values.dir, values.laws)
        : summarise([await evaluateGold(values.gold ?? '', positionals[0])]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`lexalign eval: error: ${message}\n`);
    if (error instanceof ImportError || error instanceof Error) return EXIT.failed;
    throw error;
  }
  const verbose = values.verbose === true;
  for (const result of report.laws) io.stdout(`${describeLaw(result, verbose)}\n`);
  io.stdout(`${figuresLine(report)}\n`);
  return EXIT.ok;
}
