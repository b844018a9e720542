import type { ImportedLaw } from '../../importers/import-result.js';
import type { OcrReport } from '../../importers/ocr/ocr-report.js';

/** " (OCR, 3 pages, 94% confidence)" after the format of a scan; '' for other files. */
export function ocrNote(imported: ImportedLaw): string {
  const { ocr } = imported;
  if (ocr === undefined) return '';
  const pages = ocr.pages.length;
  const mean = ocr.pages.reduce((sum, page) => sum + page.confidence, 0) / Math.max(1, pages);
  const flagged = ocr.articles.filter((article) => article.lowConfidence).length;
  return ` (OCR ${ocr.language}, ${pages} page${pages === 1 ? '' : 's'}, ${mean.toFixed(0)}% confidence, ${flagged} article${flagged === 1 ? '' : 's'} to check)`;
}

/**
 * Adds to each article line of an outline its pages on the scan and its OCR confidence,
 * with "⚠" where a reviewer should compare it with the scan. Lines are matched by eId.
 */
export function formatOcrOutline(outline: string, ocr: OcrReport): string {
  const byEId = new Map(ocr.articles.map((article) => [article.eId, article]));
  return outline
    .split('\n')
    .map((line) => {
      const eId = /\[([^\]]+)\]$/.exec(line)?.[1];
      const article = eId === undefined ? undefined : byEId.get(eId);
      if (article === undefined) return line;
      const pages = article.pages.length === 1 ? 'p.' : 'pp.';
      const flag = article.lowConfidence ? ' ⚠ low OCR confidence: check against the scan' : '';
      return `${line}  ${pages} ${article.pages.join(', ')} · ${article.confidence.toFixed(0)}%${flag}`;
    })
    .join('\n');
}
