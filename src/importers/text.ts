import { listArticles } from '../core/model/index.js';
import type { WorkMeta } from '../core/model/index.js';
import { parseLaw } from '../core/parse/parse-law.js';
import { ImportError } from './import-result.js';
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
 * the extraction's own diagnostics come first. A text without a single article or section
 * is not a law: ImportError 'no-legal-text'.
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
  if (listArticles(parsed.document).length === 0) {
    const lines = text.split('\n').filter((line) => line.trim() !== '').length;
    throw new ImportError(
      'no-legal-text',
      options.fileName,
      `no article or section heading was found in ${lines} line${lines === 1 ? '' : 's'} of text: is it a law?`,
    );
  }
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
