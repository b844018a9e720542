import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Analysis, Finding } from '../../core/align/index.js';
import type { Catalogue, CatalogueLanguage, Obligation } from '../../core/catalogue/types.js';
import { ImportError } from '../../importers/import-result.js';
import {
  analyseLawFiles,
  DEFAULT_SELECTION,
  unknownSelectors,
} from '../../services/run-analysis.js';
import { loadCatalogueIndex } from '../../services/catalogue-files.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../cli-io.js';
import { parseCommand } from '../command-args.js';
import { formatCsv } from '../csv.js';

export const ANALYSE_USAGE = `Usage: lexalign analyse <law> [<law>…] [options]
       lexalign analyse --dir <folder> [options]

Runs the alignment engine on one or more texts of a country (read together) and prints the
concordance table: obligation, suggested status, provisions, missing elements.

With --dir, each law file of the folder is one country, analysed on its own (a first pass over
a region's laws): one table with a column naming the file, a progress bar on stderr, and a
clear error for each file that cannot be read without stopping the others (exit code 1 when
some failed). Hidden files, README files and gold files (*.gold.json) are left out.

Options:
  --dir <folder>         analyse every law file of the folder, one country per file
  --obligations <list>   instruments or obligation IDs, comma-separated
                         (default ${DEFAULT_SELECTION.join(',')}; also GP, or TIP.5, UNTOC.10.1)
  --format <f>           table (default), json or csv
  --all                  also list the units that need no legislation (final clauses…)
  --lang <fr|en>         language of the texts (detected when absent)
`;

const OPTIONS = {
  dir: { type: 'string' },
  obligations: { type: 'string' },
  format: { type: 'string' },
  all: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The CSV columns of a concordance row; a folder's analysis puts the file first. */
const CSV_HEADER = [
  'obligation',
  'title',
  'status',
  'provisions',
  'missing_elements',
  'explanation',
];
const csvCells = (row: Row): string[] => [
  row.id,
  row.title,
  row.status,
  row.provisions,
  row.missing,
  row.explanation,
];

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface Row {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly provisions: string;
  readonly missing: string;
  readonly explanation: string;
}

function provisionsOf(finding: Finding, several: boolean): string {
  return finding.candidates
    .filter((candidate) => candidate.implements)
    .slice(0, 3)
    .map((candidate) =>
      several
        ? `${candidate.provision.document + 1}:${candidate.provision.num}`
        : candidate.provision.num,
    )
    .join(', ');
}

function rowsOf(analysis: Analysis, catalogue: Catalogue, several: boolean): Row[] {
  const language: CatalogueLanguage = analysis.language;
  const byId = new Map<string, Obligation>(
    catalogue.obligations.map((obligation) => [obligation.id, obligation]),
  );
  return analysis.findings.map((finding) => ({
    id: finding.obligationId,
    title: byId.get(finding.obligationId)?.title[language] ?? '',
    status: finding.status,
    provisions: finding.status === 'missing' ? '' : provisionsOf(finding, several),
    missing: finding.elements
      .filter((element) => element.required && !element.present)
      .map((element) => element.label[language])
      .join('; '),
    explanation: finding.explanation,
  }));
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

const STATUS_LABELS: Readonly<Record<CatalogueLanguage, Readonly<Record<string, string>>>> = {
  en: { aligned: 'aligned', partial: 'partial', missing: 'missing', not_applicable: 'n/a' },
  fr: { aligned: 'conforme', partial: 'partiel', missing: 'absent', not_applicable: 'sans objet' },
};

function formatTable(rows: readonly Row[], language: CatalogueLanguage): string {
  const headers =
    language === 'fr'
      ? ['Obligation', 'Statut', 'Dispositions', 'Éléments manquants']
      : ['Obligation', 'Status', 'Provisions', 'Missing elements'];
  const cells = rows.map((row) => [
    row.id,
    STATUS_LABELS[language][row.status] ?? row.status,
    row.provisions,
    truncate(row.missing, 70),
  ]);
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => value.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
    '\n',
  );
}

function summary(analysis: Analysis): string {
  const counts = new Map<string, number>();
  for (const finding of analysis.findings)
    counts.set(finding.status, (counts.get(finding.status) ?? 0) + 1);
  return [...counts.entries()].map(([status, count]) => `${status} ${count}`).join(', ');
}

/** `lexalign analyse <law…>`: the engine's concordance table. Returns the exit code. */
export async function runAnalyse(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    { name: 'analyse', usage: ANALYSE_USAGE, options: OPTIONS },
    args,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = (values.format ?? 'table') as Format;
  const problem =
    values.dir !== undefined && positionals.length > 0
      ? 'give either law files or --dir, not both'
      : positionals.length === 0 && values.dir === undefined
        ? 'give at least one law file'
        : !FORMATS.includes(format)
          ? `--format must be table, json or csv, got "${values.format ?? ''}"`
          : values.lang !== undefined && !/^(fr|en)$/i.test(values.lang)
            ? `--lang must be fr or en, got "${values.lang}"`
            : undefined;
  if (problem !== undefined) {
    io.stderr(`lexalign analyse: ${problem}\n\n${ANALYSE_USAGE}`);
    return EXIT.usage;
  }
  const include = values.obligations
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (include !== undefined) {
    const unknown = unknownSelectors(loadCatalogueIndex(), include);
    if (unknown.length > 0) {
      io.stderr(
        `lexalign analyse: --obligations: no obligation matches ${unknown.map((item) => `"${item}"`).join(', ')}\n`,
      );
      return EXIT.usage;
    }
  }
  const selection = {
    ...(include === undefined ? {} : { include }),
    nonLegislative: values.all === true,
    ...(values.lang === undefined ? {} : { language: values.lang.toLowerCase() }),
  };
  if (values.dir !== undefined) return analyseFolder(values.dir, { format, selection }, io);
  let result;
  try {
    result = await analyseLawFiles(positionals, selection);
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(`lexalign analyse: error: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
  const { analysis, catalogue } = result;
  const rows = rowsOf(analysis, catalogue, positionals.length > 1);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ laws: positionals, ...analysis }, null, 2)}\n`);
  } else if (format === 'csv') {
    io.stdout(formatCsv([CSV_HEADER, ...rows.map(csvCells)]));
  } else {
    io.stdout(
      `${formatTable(rows, analysis.language)}\n\n${positionals.join(', ')}: ${rows.length} obligations (${summary(analysis)}); catalogue ${analysis.catalogueVersion}\n`,
    );
  }
  return EXIT.ok;
}

/** Files of a folder that may be laws: not hidden, not a README, not a gold file. */
async function lawFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        !entry.isDirectory() &&
        !entry.name.startsWith('.') &&
        !/^readme(\.|$)/i.test(entry.name) &&
        !entry.name.endsWith('.gold.json'),
    )
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => join(folder, name));
}

/** Progress on stderr: a bar redrawn in place on a terminal, one plain line per file elsewhere. */
function progressReporter(io: CliIo, total: number) {
  const width = 24;
  return (done: number, file: string, outcome: string): void => {
    if (io.stderrIsTty === true) {
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
      io.stderr(`\r\x1b[2K${bar} ${done}/${total} ${truncate(file, 40)}`);
      if (done === total) io.stderr('\n');
    } else {
      io.stderr(`lexalign analyse: ${done}/${total} ${file}: ${outcome}\n`);
    }
  };
}

interface FolderRow extends Row {
  readonly file: string;
}

/** `--dir`: each file one country's law, analysed on its own; errors reported, not fatal. */
async function analyseFolder(
  folder: string,
  options: {
    readonly format: Format;
    readonly selection: Parameters<typeof analyseLawFiles>[1];
  },
  io: CliIo,
): Promise<number> {
  let files: string[];
  try {
    files = await lawFilesIn(folder);
  } catch (error) {
    io.stderr(
      `lexalign analyse: error: cannot read the folder ${folder} (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return EXIT.failed;
  }
  if (files.length === 0) {
    io.stderr(`lexalign analyse: error: no law file in ${folder}\n`);
    return EXIT.failed;
  }
  const progress = progressReporter(io, files.length);
  const rows: FolderRow[] = [];
  const analyses: { file: string; analysis: Analysis }[] = [];
  const failures: string[] = [];
  for (const [index, path] of files.entries()) {
    const file = basename(path);
    try {
      const { analysis, catalogue } = await analyseLawFiles([path], options.selection);
      analyses.push({ file, analysis });
      for (const row of rowsOf(analysis, catalogue, false)) rows.push({ ...row, file });
      progress(index + 1, file, `${analysis.findings.length} obligations (${summary(analysis)})`);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      failures.push(`${file}: ${error.message}`);
      progress(index + 1, file, 'failed');
    }
  }
  for (const failure of failures) io.stderr(`lexalign analyse: error: ${failure}\n`);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ folder, laws: analyses, failed: failures }, null, 2)}\n`);
  } else if (options.format === 'csv') {
    io.stdout(
      formatCsv([['file', ...CSV_HEADER], ...rows.map((row) => [row.file, ...csvCells(row)])]),
    );
  } else {
    const lines = analyses.map(
      ({ file, analysis }) => `${file}  ${analysis.language}  ${summary(analysis)}`,
    );
    io.stdout(`${lines.join('\n')}\n\n${analyses.length} of ${files.length} laws analysed\n`);
  }
  if (failures.length > 0) {
    io.stderr(
      `lexalign analyse: ${failures.length} of ${files.length} files could not be analysed\n`,
    );
    return EXIT.failed;
  }
  return EXIT.ok;
}
