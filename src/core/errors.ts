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

/** Builds a diagnostic; `where` carries the optional line and article. */
export function diagnostic(
  code: DiagnosticCode,
  severity: DiagnosticSeverity,
  message: string,
  where: { readonly line?: number; readonly article?: string } = {},
): Diagnostic {
  return Object.freeze({ code, severity, message, ...where });
}
