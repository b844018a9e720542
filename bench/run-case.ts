import { allCases, findCase } from './cases.js';

const name = process.argv[2] ?? '';
const run = await findCase(name);
if (run === undefined) {
  const names = Object.keys(await allCases());
  process.stderr.write(`unknown case "${name}"; cases: ${names.join(', ')}\n`);
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(await run())}\n`);
}
