import { writeFile } from 'node:fs/promises';

/** What a command may do to the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly writeFile: (path: string, contents: string) => Promise<void>;
  /** True when stderr is a terminal: progress bars redraw a line there, plain lines elsewhere. */
  readonly stderrIsTty?: boolean;
}

/** The real terminal and file system. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: (path, contents) => writeFile(path, contents, 'utf8'),
  stderrIsTty: process.stderr.isTTY === true,
};

/** Exit codes shared by every command. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 });
