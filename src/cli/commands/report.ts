import { writeFile } from 'node:fs/promises';
import { REPORT_FORMATS, REPORT_KINDS } from '../../core/reports/report-document.js';
import type { ReportFormat, ReportKind } from '../../core/reports/report-document.js';
import { actorOf, FIRST_ADMIN_EMAIL, type Actor } from '../../services/accounts.js';
import { AppError } from '../../services/app-error.js';
import { loadCatalogueIndex } from '../../services/catalogue-files.js';
import { listProjects } from '../../services/projects.js';
import { reportFile, type ReportStep } from '../../services/report-files.js';
import type { Workspace } from '../../services/workspace.js';
import { openStore, type StoreConfig } from '../../store/open-store.js';
import { findUserByEmail } from '../../store/repos/users.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../cli-io.js';
import { parseCommand } from '../command-args.js';

export const REPORT_USAGE = `Usage: lexalign report <analysis|workshop|draft> [options]

Writes a project's report from the server's database (DATABASE_URL, or the SQLite file in
LEXALIGN_DATA_DIR, as the server reads them): the legislative analysis, a workshop's report or
a draft's comparative table, in French or English, as PDF, Word (DOCX) or HTML.

Options:
  --project <id|name>   the project (by ID or name; optional when there is only one)
  --format <f>          pdf (default), docx or html
  --lang <fr|en>        the report's language (default: the project's)
  --out <file>          where to write it (default: its own name in this folder)
  --draft <id>          the draft report: which draft (default: the latest)
  --workshop <id>       the workshop report: which workshop (default: the latest)
  --participants        the workshop report: add the list of participants (organisers only)
  --user <email>        act as this user (default: the site administrator)
`;

const OPTIONS = {
  project: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  draft: { type: 'string' },
  workshop: { type: 'string' },
  participants: { type: 'boolean' },
  user: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const STEPS: Readonly<Record<ReportStep, string>> = {
  gathering: 'gathering the project’s data',
  rendering: 'writing the report',
  pdf: 'printing the PDF',
  done: 'done',
};

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

async function projectIdOf(workspace: Workspace, actor: Actor, wanted: string | undefined) {
  const projects = await listProjects(workspace, actor);
  if (wanted === undefined) {
    const [only, ...others] = projects;
    if (only !== undefined && others.length === 0) return only.id;
    throw new AppError(
      'validation_failed',
      `choose a project with --project: ${projects.map((project) => `"${project.name}" (${project.id})`).join(', ') || 'none found'}`,
    );
  }
  const found =
    projects.find((project) => project.id === wanted) ??
    projects.find((project) => project.name.toLocaleLowerCase() === wanted.toLocaleLowerCase());
  if (found === undefined) throw new AppError('not_found', `no project "${wanted}"`);
  return found.id;
}

/** The database the server uses: `DATABASE_URL`, else `lexalign.sqlite` in `LEXALIGN_DATA_DIR`. */
export function storeConfigOf(env: NodeJS.ProcessEnv): StoreConfig {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') return { databaseUrl: url };
  const dir = (env.LEXALIGN_DATA_DIR ?? './data').replace(/\/$/, '');
  return { sqlitePath: `${dir}/lexalign.sqlite` };
}

/** `lexalign report …`: one report written to a file, progress on stderr. */
export async function runReport(
  args: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const parsed = parseCommand({ name: 'report', usage: REPORT_USAGE, options: OPTIONS }, args, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [kind, ...extra] = positionals;
  const format = values.format ?? 'pdf';
  const problems = [
    kind === undefined || !isOneOf(REPORT_KINDS, kind)
      ? `say which report: ${REPORT_KINDS.join(', ')}`
      : '',
    extra.length > 0 ? `unexpected ${extra.join(' ')}` : '',
    isOneOf(REPORT_FORMATS, format) ? '' : `--format must be one of ${REPORT_FORMATS.join(', ')}`,
    values.lang === undefined || isOneOf(['fr', 'en'], values.lang)
      ? ''
      : '--lang must be fr or en',
  ].filter((problem) => problem !== '');
  if (problems.length > 0) {
    io.stderr(`lexalign report: ${problems.join('; ')}\n\n${REPORT_USAGE}`);
    return EXIT.usage;
  }
  const store = await openStore(storeConfigOf(env));
  try {
    const workspace: Workspace = { store, catalogue: loadCatalogueIndex() };
    const email = values.user ?? FIRST_ADMIN_EMAIL;
    const user = await findUserByEmail(store.db, email);
    if (user === undefined) throw new AppError('not_found', `no user ${email}`);
    const actor = actorOf(user);
    const file = await reportFile(workspace, {
      actor,
      projectId: await projectIdOf(workspace, actor, values.project),
      kind: kind as ReportKind,
      format: format as ReportFormat,
      language: values.lang === 'en' || values.lang === 'fr' ? values.lang : undefined,
      draftId: values.draft,
      workshopId: values.workshop,
      includeParticipants: values.participants === true,
      onProgress: (done, total, step) => io.stderr(`[${done}/${total}] ${STEPS[step]}\n`),
    });
    const out = values.out ?? file.fileName;
    await writeFile(out, file.bytes);
    io.stdout(`${out}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    io.stderr(`lexalign report: ${error.message}\n`);
    return EXIT.failed;
  } finally {
    await store.close();
  }
}
