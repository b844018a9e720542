import type { Diagnostic } from '../core/errors.js';
import type { LegalDocument } from '../core/model/index.js';
import type { OcrEnginePool } from './ocr/ocr-engine.js';
import type { OcrReport } from './ocr/ocr-report.js';

/** The formats LexAlign reads. */
export type SourceFormat =
  | 'txt'
  | 'markdown'
  | 'docx'
  | 'pdf'
  | 'image'
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
  /** Told as long work advances: each page of a scan read by OCR. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * OCR engines to reuse across imports (a server keeps one pool); without one, an import
   * of a scan starts its own and stops it when done.
   */
  readonly ocrEngines?: OcrEnginePool;
}

/** How far a long import is: `done` of `total` pages read by OCR. */
export interface ImportProgress {
  readonly stage: 'ocr';
  readonly done: number;
  readonly total: number;
}

export interface ImportedLaw {
  readonly document: LegalDocument;
  readonly diagnostics: readonly Diagnostic[];
  readonly format: SourceFormat;
  /** Present when the text was read by OCR from a scan: confidence and page links. */
  readonly ocr?: OcrReport;
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
  | 'too-many-pages'
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
