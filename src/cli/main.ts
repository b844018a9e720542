import { readFileSync } from 'node:fs';
import type { CliIo } from './cli-io.js';
import { EXIT, processIo } from './cli-io.js';
import { runAnalyse } from './commands/analyse.js';
import { runEval } from './commands/eval.js';
import { runImport } from './commands/import.js';
import { runReport } from './commands/report.js';

const USAGE = `LexAlign: align national law on trafficking in persons and smuggling of migrants
with UNTOC and its Protocols.

Usage: lexalign <command> [options]

Commands:
  import <file>   read a law and print its structure (see: lexalign import --help)
  analyse <law>   the concordance table of a law against the obligations (lexalign analyse --help)
  eval <law>      measure the engine against a labelled law (lexalign eval --help)
  report <kind>   write a project's report: analysis, workshop or draft (lexalign report --help)
  help            show this help
  version         show the version
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  import: runImport,
  analyse: runAnalyse,
  analyze: runAnalyse,
  eval: runEval,
  report: runReport,
};

function version(): string {
  const packageJson: unknown = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
  const value =
    typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson
      ? packageJson.version
      : undefined;
  return typeof value === 'string' ? value : 'unknown';
}

/** Entry point of the `lexalign` command: dispatches to a command and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === 'version' || name === '--version') {
    io.stdout(`lexalign ${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`lexalign: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  return command(args, io);
}
