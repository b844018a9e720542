import type { Article, LegalDocument } from '../../core/model/index.js';
import { listArticles } from '../../core/model/index.js';
import type { OcrBox, OcrLine } from './ocr-types.js';
import { unionBox } from './ocr-types.js';

/** A line read with less confidence than this (0–100) is one a reviewer should check. */
export const LOW_LINE_CONFIDENCE = 75;
/** An article whose mean confidence is below this is flagged even without a low line. */
export const LOW_ARTICLE_CONFIDENCE = 88;

/** How well one page was read. */
export interface OcrPageReport {
  readonly page: number;
  /** Size of the page image the boxes refer to, in pixels at `dpi`. */
  readonly width: number;
  readonly height: number;
  /** Mean word confidence, 0–100. */
  readonly confidence: number;
  readonly columns: 1 | 2;
}

/** Where an article is printed: one box per page and column it runs over. */
export interface OcrRegion {
  readonly page: number;
  readonly box: OcrBox;
}

/** How well one article was read, and where it is on the scan. */
export interface OcrArticleReport {
  /** The article's eId in the document. */
  readonly eId: string;
  /** Its number as printed. */
  readonly num: string;
  readonly pages: readonly number[];
  readonly regions: readonly OcrRegion[];
  /** Mean confidence of its lines, weighted by their length, 0–100. */
  readonly confidence: number;
  /** True when a reviewer should compare the article with the scan. */
  readonly lowConfidence: boolean;
  /** Lines (in the parsed text) read with low confidence. */
  readonly lowConfidenceLines: readonly number[];
}

/** One line of the text as read, with its place on the scan. */
export interface OcrLineReport {
  /** 1-based line number in the text given to the parser. */
  readonly line: number;
  readonly page: number;
  readonly box: OcrBox;
  readonly confidence: number;
  readonly text: string;
}

/** What OCR did for an imported scan: per page, per article and per line. */
export interface OcrReport {
  readonly engine: 'tesseract';
  /** Language of the OCR model used. */
  readonly language: 'fr' | 'en';
  /** Resolution the PDF pages were rendered at; absent for images, read as they come. */
  readonly dpi?: number;
  readonly pages: readonly OcrPageReport[];
  readonly articles: readonly OcrArticleReport[];
  /** Every line read, in reading order, so a viewer can highlight it on the page image. */
  readonly lines: readonly OcrLineReport[];
}

/** The text given to the parser, and the OCR line behind each of its line numbers. */
export interface OcrText {
  readonly text: string;
  /** 1-based line number in `text` → the OCR line; blank separator lines are absent. */
  readonly lines: ReadonlyMap<number, OcrLine>;
}

/**
 * Joins pages of OCR lines into one text for the parser: a blank line between paragraphs,
 * a form feed before each new page (so running headers are found), and a side table from
 * line number to page, box and confidence, which keeps page geometry out of the parser.
 */
export function joinOcrPages(pages: readonly (readonly OcrLine[])[]): OcrText {
  const out: string[] = [];
  const lines = new Map<number, OcrLine>();
  for (const [pageIndex, pageLines] of pages.entries()) {
    for (const [index, line] of pageLines.entries()) {
      const newPage = pageIndex > 0 && index === 0;
      if (line.startsBlock && index > 0) out.push('');
      out.push(`${newPage ? '\f' : ''}${line.text}`);
      lines.set(out.length, line);
    }
    if (pageIndex > 0 && pageLines.length === 0) out.push('\f');
  }
  return { text: out.join('\n'), lines };
}

function overlapsHorizontally(a: OcrBox, b: OcrBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

function regionsOf(lines: readonly OcrLine[]): OcrRegion[] {
  const regions: OcrRegion[] = [];
  for (const line of lines) {
    const last = regions[regions.length - 1];
    if (last !== undefined && last.page === line.page && overlapsHorizontally(last.box, line.box)) {
      regions[regions.length - 1] = { page: last.page, box: unionBox(last.box, line.box) };
    } else {
      regions.push({ page: line.page, box: line.box });
    }
  }
  return regions;
}

function articleReport(article: Article, text: OcrText): OcrArticleReport {
  const lines: OcrLine[] = [];
  const low: number[] = [];
  const start = article.span?.startLine ?? 0;
  const end = article.span?.endLine ?? -1;
  for (let number = start; number <= end; number++) {
    const line = text.lines.get(number);
    if (line === undefined) continue;
    lines.push(line);
    if (line.confidence < LOW_LINE_CONFIDENCE) low.push(number);
  }
  const weight = lines.reduce((sum, line) => sum + line.text.length, 0);
  const confidence =
    weight === 0
      ? 0
      : lines.reduce((sum, line) => sum + line.confidence * line.text.length, 0) / weight;
  return {
    eId: article.eId,
    num: article.num,
    pages: [...new Set(lines.map((line) => line.page))],
    regions: regionsOf(lines),
    confidence: Math.round(confidence * 10) / 10,
    lowConfidence: low.length > 0 || confidence < LOW_ARTICLE_CONFIDENCE,
    lowConfidenceLines: low,
  };
}

/** The side table as a list, for the report. */
export function reportLines(text: OcrText): OcrLineReport[] {
  return [...text.lines].map(([line, ocr]) => ({
    line,
    page: ocr.page,
    box: ocr.box,
    confidence: Math.round(ocr.confidence * 10) / 10,
    text: ocr.text,
  }));
}

/** Per article of the parsed document: its pages, boxes on the scan and confidence. */
export function reportArticles(document: LegalDocument, text: OcrText): OcrArticleReport[] {
  return listArticles(document).map((article) => articleReport(article, text));
}
