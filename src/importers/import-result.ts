import type { Diagnostic } from '../core/errors.js';
import type { LegalDocument } from '../core/model/index.js';

/** The formats LexAlign reads. */
export type SourceFormat =
  | 'txt'
  | 'markdown'
  | 'docx'
  | 'pdf'
  | 'html'
  | 'akn'
  | 'justice-canada-xml'
  | 'lii-seed-json'
  | 'gazette-act-json';

/** What the caller knows about the law; anything left out is read from the text or left empty. */
export interface ImportOptions {
  /** File name as the user gave it: used for format detection and in every error message. */
  readonly fileName: string;
  /** ISO 639-1 language (`fr`, `en`); detected when absent. */
  readonly language?: string;
  /** ISO 3166-1 alpha-2 country (`ML`). */
  readonly country?: string;
  /** Akoma Ntoso document type (`act`, `bill`, `decree`…); `act` by default. */
  readonly docType?: string;
  /** Expression date `YYYY-MM-DD`. */
  readonly date?: string;
  /** Number as printed (`2012-023`). */
  readonly number?: string;
}

export interface ImportedLaw {
  readonly document: LegalDocument;
  readonly diagnostics: readonly Diagnostic[];
  readonly format: SourceFormat;
}

/** Why a file could not be imported at all. */
export type ImportErrorCode =
  | 'file-not-found'
  | 'not-a-file'
  | 'empty-file'
  | 'file-too-large'
  | 'unsupported-format'
  | 'binary-content'
  | 'corrupt-file'
  | 'encrypted-file'
  | 'no-text-layer'
  | 'xml-malformed'
  | 'xml-unsafe'
  | 'no-legal-text';

/**
 * A file that cannot become a law. The message names the file and says what is wrong
 * and, where it helps, what to do ("no text layer: OCR needed").
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    readonly fileName: string,
    detail: string,
  ) {
    super(`${fileName}: ${detail}`);
  }
}
