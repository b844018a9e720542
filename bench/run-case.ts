import { ALL_CASES } from './cases.js';

const name = process.argv[2] ?? '';
const run = ALL_CASES[name];
if (run === undefined) {
  process.stderr.write(`unknown case "${name}"; cases: ${Object.keys(ALL_CASES).join(', ')}\n`);
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(await run())}\n`);
}
