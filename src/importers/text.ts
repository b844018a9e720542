import type { WorkMeta } from '../core/model/index.js';
import { parseLaw } from '../core/parse/parse-law.js';
import type { ImportedLaw, ImportOptions, SourceFormat } from './import-result.js';
import { decodeText } from './text-encoding.js';

/** The metadata a caller gave, as the parser takes it. */
export function metaFromOptions(options: ImportOptions): Partial<WorkMeta> {
  return {
    ...(options.country === undefined ? {} : { country: options.country.toLowerCase() }),
    ...(options.docType === undefined ? {} : { docType: options.docType }),
    ...(options.date === undefined ? {} : { date: options.date, year: options.date.slice(0, 4) }),
    ...(options.number === undefined ? {} : { number: options.number }),
  };
}

/** The parser's language option, when the caller gave one it supports. */
export function languageOption(options: ImportOptions): { readonly language?: 'fr' | 'en' } {
  const language = options.language?.toLowerCase();
  return language === 'fr' || language === 'en' ? { language } : {};
}

/**
 * Parses already extracted text (from any format) into a law, with the caller's metadata;
 * the extraction's own diagnostics come first.
 */
export function importExtractedText(
  text: string,
  options: ImportOptions,
  source: { readonly format: SourceFormat; readonly diagnostics?: ImportedLaw['diagnostics'] },
): ImportedLaw {
  const parsed = parseLaw(text, {
    ...languageOption(options),
    format: source.format === 'markdown' ? 'markdown' : 'plain',
    meta: metaFromOptions(options),
  });
  return {
    document: parsed.document,
    diagnostics: [...(source.diagnostics ?? []), ...parsed.diagnostics],
    format: source.format,
  };
}

/** Imports a plain-text or markdown law, detecting its encoding. */
export function importText(
  bytes: Uint8Array,
  options: ImportOptions,
  format: 'txt' | 'markdown',
): ImportedLaw {
  const decoded = decodeText(bytes, options.fileName);
  return importExtractedText(decoded.text, options, { format, diagnostics: decoded.diagnostics });
}
