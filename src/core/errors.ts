/**
 * Diagnostics are how core code reports expected problems: as values, never as throws.
 * A parser returns `{ document, diagnostics }`; the caller decides what is fatal.
 */
export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** Closed list of what the core and the importers can report. Add a code here before using it. */
export type DiagnosticCode =
  // structure
  | 'empty-document'
  | 'no-articles'
  | 'numbering-gap'
  | 'numbering-duplicate'
  | 'numbering-out-of-order'
  | 'toc-skipped'
  | 'numbering-inferred'
  | 'orphan-text'
  // OCR and gazette repair
  | 'ocr-heading-repaired'
  | 'hyphenation-joined'
  | 'page-furniture-removed'
  | 'garbled-text'
  // metadata
  | 'metadata-guessed'
  | 'metadata-missing'
  // import
  | 'encoding-detected'
  | 'encoding-replaced-characters'
  | 'format-detected'
  | 'unsupported-content'
  | 'content-dropped';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  /** 1-based line in the text given to the parser, when the problem has a place. */
  readonly line?: number;
  /** Article or section number as printed, when the problem belongs to one. */
  readonly article?: string;
}

/** The severity each code has unless the reporter says otherwise. */
const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, DiagnosticSeverity>> = {
  'empty-document': 'error',
  'no-articles': 'error',
  'numbering-gap': 'warning',
  'numbering-duplicate': 'warning',
  'numbering-out-of-order': 'warning',
  'toc-skipped': 'info',
  'numbering-inferred': 'warning',
  'orphan-text': 'warning',
  'ocr-heading-repaired': 'info',
  'hyphenation-joined': 'info',
  'page-furniture-removed': 'info',
  'garbled-text': 'warning',
  'metadata-guessed': 'info',
  'metadata-missing': 'info',
  'encoding-detected': 'info',
  'encoding-replaced-characters': 'warning',
  'format-detected': 'info',
  'unsupported-content': 'warning',
  'content-dropped': 'warning',
};

/**
 * Builds a diagnostic with the code's usual severity; `where` carries the optional line and
 * article, and a severity when this occurrence differs from the usual one.
 *
 * @example diagnostic('numbering-gap', 'Article 14 follows article 12', { line: 88, article: '14' })
 */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  where: {
    readonly line?: number;
    readonly article?: string;
    readonly severity?: DiagnosticSeverity;
  } = {},
): Diagnostic {
  const { severity = DEFAULT_SEVERITY[code], ...place } = where;
  return Object.freeze({ code, severity, message, ...place });
}
