import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';
import { EXIT } from './cli-io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs gives for a command's options, with positionals allowed. */
export type CommandArgs<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true }>
>;

/** A command's name, usage text and options: what every `lexalign <verb>` declares. */
export interface CommandSpec<T extends Options> {
  readonly name: string;
  readonly usage: string;
  readonly options: T;
}

/**
 * Parses a command's arguments. On a usage error it prints the message and the usage and
 * returns the exit code; on `--help` it prints the usage and returns 0; otherwise it
 * returns the parsed values and positionals.
 */
export function parseCommand<T extends Options>(
  spec: CommandSpec<T>,
  args: readonly string[],
  io: CliIo,
): CommandArgs<T> | number {
  let parsed: CommandArgs<T>;
  try {
    parsed = parseArgs({ args: [...args], options: spec.options, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`lexalign ${spec.name}: ${message}\n\n${spec.usage}`);
    return EXIT.usage;
  }
  if ((parsed.values as Record<string, unknown>).help === true) {
    io.stdout(spec.usage);
    return EXIT.ok;
  }
  return parsed;
}
