import { IMPORT_CASES } from './import-cases.js';

const name = process.argv[2] ?? '';
const run = IMPORT_CASES[name];
if (run === undefined) {
  process.stderr.write(`unknown case "${name}"; cases: ${Object.keys(IMPORT_CASES).join(', ')}\n`);
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(await run())}\n`);
}
