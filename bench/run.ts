import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CaseResult } from './import-cases.js';
import { allCases } from './cases.js';

/**
 * Runs every benchmark case in a fresh Node process (so peak memory belongs to that case
 * alone) and prints one JSON document on stdout. Exit code 1 when a target is missed.
 */
const runner = fileURLToPath(new URL('./run-case.ts', import.meta.url));
const only = process.argv.slice(2);
const names = Object.keys(await allCases()).filter(
  (name) => only.length === 0 || only.includes(name),
);

const results: CaseResult[] = names.map((name) => {
  process.stderr.write(`bench: ${name}…\n`);
  const output = execFileSync(process.execPath, ['--import', 'tsx', runner, name], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  // run-case.ts prints exactly one CaseResult as JSON.
  return JSON.parse(output) as CaseResult;
});

const report = {
  suite: 'lexalign',
  node: process.version,
  date: new Date().toISOString(),
  results,
  all_targets_met: results.every((result) => result.met),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
if (!report.all_targets_met) process.exitCode = 1;
