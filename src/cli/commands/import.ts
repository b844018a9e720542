import type { Diagnostic } from '../../core/errors.js';
import { frbrExpressionUri, frbrWorkUri, listArticles } from '../../core/model/index.js';
import { ImportError } from '../../importers/import-result.js';
import type { ImportedLaw } from '../../importers/import-result.js';
import { toAkomaNtoso } from '../../reporters/akn.js';
import { importLawFile } from '../../services/import-law-file.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../cli-io.js';
import { parseCommand } from '../command-args.js';
import { countKinds, formatOutline } from '../outline.js';
import { formatOcrOutline, ocrNote } from './import-ocr.js';

export const IMPORT_USAGE = `Usage: lexalign import <file> [options]

Reads a law (txt, docx, pdf, html, md, Akoma Ntoso XML, Justice Canada XML, LII JSON)
and prints its structure with the article count. A scanned PDF (no text layer) or a page
image (png, jpg, tif) is read by OCR in French or English, offline: progress goes to
stderr ("OCR page 3/12"), and the outline shows each article's pages and flags with "⚠"
the articles read with low confidence, to check against the scan. At most 300 pages.

Options:
  --country <ML>        ISO 3166 country code
  --lang <fr|en>        language of the text, and of the OCR (detected when absent)
  --type <act>          document type (act, bill, decree, ordinance…)
  --date <YYYY-MM-DD>   date of this version
  --number <2012-023>   number of the text
  --akn <out.xml>       write Akoma Ntoso 3.0 XML
  --json [out.json]     write the document model as JSON (to stdout without a file name);
                        for a scan, with page confidence and each article's page boxes
  --quiet               print the summary only, not the outline
  --verbose             also print informational notes (repairs, encoding)
`;

const OPTIONS = {
  country: { type: 'string' },
  lang: { type: 'string' },
  type: { type: 'string' },
  date: { type: 'string' },
  number: { type: 'string' },
  akn: { type: 'string' },
  json: { type: 'string' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--json` may stand without a value (stdout); parseArgs needs one, so give it '-'. */
function withJsonDefault(args: readonly string[]): string[] {
  return args.flatMap((arg, index) => {
    const next = args[index + 1];
    const bare = arg === '--json' && (next === undefined || next.startsWith('--'));
    return bare ? [arg, '-'] : [arg];
  });
}

/**
 * `lexalign import <file>`: imports a law, prints its outline and diagnostics, and writes
 * Akoma Ntoso or JSON on request. Returns the exit code.
 */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    { name: 'import', usage: IMPORT_USAGE, options: OPTIONS },
    withJsonDefault(args),
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`lexalign import: give exactly one file\n\n${IMPORT_USAGE}`);
    return EXIT.usage;
  }
  const problem = optionProblem(values);
  if (problem !== undefined) {
    io.stderr(`lexalign import: ${problem}\n`);
    return EXIT.usage;
  }
  let imported: ImportedLaw;
  const started = performance.now();
  try {
    imported = await importLawFile(file, {
      ...(values.country === undefined ? {} : { country: values.country.toLowerCase() }),
      ...(values.lang === undefined ? {} : { language: values.lang.toLowerCase() }),
      ...(values.type === undefined ? {} : { docType: values.type.toLowerCase() }),
      ...(values.date === undefined ? {} : { date: values.date }),
      ...(values.number === undefined ? {} : { number: values.number }),
      onProgress: (progress) => {
        if (progress.done > 0) io.stderr(`OCR page ${progress.done}/${progress.total}\n`);
      },
    });
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(`lexalign import: error: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
  const elapsed = performance.now() - started;
  const verbose = values.verbose === true;
  if (values.json === '-') {
    io.stdout(`${toJson(imported)}\n`);
  } else {
    if (values.quiet !== true) io.stdout(`${formatImportOutline(imported)}\n\n`);
    io.stdout(`${formatSummary(imported, elapsed)}\n`);
  }
  io.stderr(formatDiagnostics(imported.diagnostics, verbose));
  if (values.akn !== undefined) {
    await io.writeFile(values.akn, toAkomaNtoso(imported.document));
    io.stderr(`Akoma Ntoso written to ${values.akn}\n`);
  }
  if (values.json !== undefined && values.json !== '-') {
    await io.writeFile(values.json, `${toJson(imported)}\n`);
    io.stderr(`Document model written to ${values.json}\n`);
  }
  return EXIT.ok;
}

const PLURAL = {
  book: 'books',
  part: 'parts',
  title: 'titles',
  chapter: 'chapters',
  section: 'sections',
  subsection: 'subsections',
  annex: 'annexes',
} as const;

/** What is wrong with the options' values, or undefined. */
function optionProblem(values: {
  readonly date?: string;
  readonly lang?: string;
  readonly country?: string;
}): string | undefined {
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    return `--date must be YYYY-MM-DD, got "${values.date}"`;
  }
  if (values.lang !== undefined && !/^(fr|en)$/i.test(values.lang)) {
    return `--lang must be fr or en, got "${values.lang}"`;
  }
  if (values.country !== undefined && !/^[a-z]{2}$/i.test(values.country)) {
    return `--country must be a two-letter ISO 3166 code such as ML, got "${values.country}"`;
  }
  return undefined;
}

/** The outline; for a scan, each article with its pages and a flag where confidence is low. */
function formatImportOutline(imported: ImportedLaw): string {
  const outline = formatOutline(imported.document);
  return imported.ocr === undefined ? outline : formatOcrOutline(outline, imported.ocr);
}

function formatSummary(imported: ImportedLaw, elapsedMs: number): string {
  const { document } = imported;
  const counts = countKinds(document);
  const unit = document.numbering === 'section' ? 'sections' : 'articles';
  const parts = [`${listArticles(document).length} ${unit}`];
  for (const kind of [
    'book',
    'part',
    'title',
    'chapter',
    'section',
    'subsection',
    'annex',
  ] as const) {
    const count = counts.get(kind) ?? 0;
    const name = PLURAL[kind];
    if (count > 0) parts.push(`${count} ${name}`);
  }
  const warnings = imported.diagnostics.filter((d) => d.severity !== 'info').length;
  return [
    document.meta.title || '(untitled)',
    `${frbrExpressionUri(document.meta)} · ${imported.format}${ocrNote(imported)} · ${document.meta.language || 'language unknown'}`,
    `${parts.join(' · ')} · ${warnings} warning${warnings === 1 ? '' : 's'} · ${elapsedMs.toFixed(0)} ms`,
  ].join('\n');
}

function formatDiagnostics(diagnostics: readonly Diagnostic[], verbose: boolean): string {
  return diagnostics
    .filter((d) => verbose || d.severity !== 'info')
    .map((d) => {
      const place = [
        d.line === undefined ? '' : `line ${d.line}`,
        d.article === undefined ? '' : `article ${d.article}`,
      ]
        .filter((part) => part !== '')
        .join(', ');
      return `${d.severity}${place === '' ? '' : ` (${place})`}: ${d.message} [${d.code}]\n`;
    })
    .join('');
}

function toJson(imported: ImportedLaw): string {
  const { document } = imported;
  return JSON.stringify(
    {
      frbr: { work: frbrWorkUri(document.meta), expression: frbrExpressionUri(document.meta) },
      format: imported.format,
      document,
      diagnostics: imported.diagnostics,
      ...(imported.ocr === undefined ? {} : { ocr: imported.ocr }),
    },
    null,
    2,
  );
}
