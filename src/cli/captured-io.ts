import { writeFileSync } from 'node:fs';
import type { CliIo } from './cli-io.js';

/** A CliIo that keeps what a command prints, for tests and for callers that embed the CLI. */
export interface CapturedIo {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
}

/** `tty`: the command believes stderr is a terminal (to test progress bars). */
export function captureIo(options: { readonly tty?: boolean } = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (text) => (out += text),
      stderr: (text) => (err += text),
      writeFile: (path, contents) => Promise.resolve(writeFileSync(path, contents)),
      stderrIsTty: options.tty === true,
    },
    out: () => out,
    err: () => err,
  };
}
