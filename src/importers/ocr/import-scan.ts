import type { Diagnostic } from '../../core/errors.js';
import { diagnostic } from '../../core/errors.js';
import { ImportError } from '../import-result.js';
import type { ImportedLaw, ImportOptions } from '../import-result.js';
import { importExtractedText } from '../text.js';
import type { OcrEnginePool, OcrLanguage } from './ocr-engine.js';
import { createOcrEnginePool } from './ocr-engine.js';
import type { OcrPageReport } from './ocr-report.js';
import { joinOcrPages, reportArticles, reportLines } from './ocr-report.js';
import type { OcrLine, RecognizedPage } from './ocr-types.js';
import type { PageImage, PageSource } from './page-images.js';
import type { PageLayout } from './page-layout.js';
import { readPageLayout } from './page-layout.js';
import { detectScanLanguage } from './scan-language.js';

function givenLanguage(options: ImportOptions): OcrLanguage | undefined {
  const language = options.language?.toLowerCase();
  return language === 'fr' || language === 'en' ? language : undefined;
}

function layoutDiagnostics(layouts: readonly PageLayout[]): Diagnostic[] {
  const furniture = layouts.reduce((sum, layout) => sum + layout.furniture, 0);
  const noise = layouts.reduce((sum, layout) => sum + layout.noise, 0);
  const twoColumns = layouts.filter((layout) => layout.columns === 2).length;
  return [
    ...(twoColumns > 0
      ? [diagnostic('format-detected', `OCR: ${twoColumns} page(s) read as two columns`)]
      : []),
    ...(furniture > 0
      ? [
          diagnostic(
            'page-furniture-removed',
            `OCR: ${furniture} running header, footer or page number line(s) removed`,
          ),
        ]
      : []),
    ...(noise > 0
      ? [
          diagnostic(
            'content-dropped',
            `OCR: ${noise} line(s) of unreadable marks dropped (stamps, emblems, images)`,
            { severity: 'info' },
          ),
        ]
      : []),
  ];
}

/** Pages to read, in order, the next one rendering while the engines read the others. */
interface PageQueue {
  /** The next page, undefined after the last; the page after it starts rendering. */
  take(): Promise<PageImage | undefined>;
  /** Puts a page already rendered back at the head of the queue. */
  putBack(page: PageImage): void;
}

function pageQueue(source: PageSource): PageQueue {
  const iterator = source.pages();
  const queue: Promise<PageImage | undefined>[] = [];
  const render = (): Promise<PageImage | undefined> => {
    const page = iterator
      .next()
      .then((result) => (result.done === true ? undefined : result.value));
    // The lane that takes the page sees its error; until then it must not go unhandled.
    page.catch(() => undefined);
    return page;
  };
  return {
    take() {
      const page = queue.shift() ?? render();
      if (queue.length === 0) queue.push(render());
      return page;
    },
    putBack(page) {
      queue.unshift(Promise.resolve(page));
    },
  };
}

interface ReadPages {
  readonly language: OcrLanguage | undefined;
  readonly layouts: readonly PageLayout[];
  readonly pages: readonly OcrPageReport[];
}

/**
 * Reads every page once: when the language must be detected, a band of the first page is
 * read first (see detectScanLanguage) while the second page renders; then the pages in as
 * many lanes as the pool has (one OCR worker thread each), in page order, the next page
 * rendering while they read.
 */
async function readPages(
  source: PageSource,
  context: { readonly pool: OcrEnginePool; readonly options: ImportOptions },
): Promise<ReadPages> {
  const { pool, options } = context;
  let language = givenLanguage(options);
  const read = new Map<number, RecognizedPage>();
  const report = (): void =>
    options.onProgress?.({ stage: 'ocr', done: read.size, total: source.pageCount });
  report();
  const queue = pageQueue(source);
  if (language === undefined) {
    const first = await queue.take();
    if (first !== undefined) {
      const detected = await detectScanLanguage(first.png, await pool.engine('fr'));
      language = detected.language;
      if (detected.recognized === undefined) queue.putBack(first);
      else {
        read.set(first.page, detected.recognized);
        report();
      }
    }
  }
  const lane = async (index: number): Promise<void> => {
    for (;;) {
      const next = await queue.take();
      if (next === undefined) return;
      const engine = await pool.engine(language ?? 'fr', index);
      read.set(next.page, await engine.recognize(next.png));
      report();
    }
  };
  await Promise.all(Array.from({ length: pool.lanes }, (_, index) => lane(index)));
  const ordered = [...read].sort(([a], [b]) => a - b);
  const layouts = ordered.map(([page, recognized]) => readPageLayout(recognized, page));
  const pages = ordered.map(([page, recognized], index) => ({
    page,
    width: recognized.width,
    height: recognized.height,
    confidence: Math.round(recognized.confidence * 10) / 10,
    columns: layouts[index]?.columns ?? 1,
  }));
  return { language, layouts, pages };
}

/**
 * Imports a law from page images: each page is read by OCR in French or English (the
 * caller's language, or the one detected on the first page), laid out in reading order,
 * then parsed like any text. The result carries per-page confidence and, per article,
 * its pages, boxes and a low-confidence flag. Progress is told page by page; all work
 * happens in OCR worker threads, and the import either returns a whole law or throws.
 */
export async function importScan(
  source: PageSource,
  options: ImportOptions,
  format: 'pdf' | 'image',
): Promise<ImportedLaw> {
  const pool = options.ocrEngines ?? createOcrEnginePool();
  try {
    const read = await readPages(source, { pool, options });
    const { language, layouts, pages } = read;
    const text = joinOcrPages(layouts.map((layout): readonly OcrLine[] => layout.lines));
    if (text.lines.size === 0) {
      throw new ImportError(
        'no-legal-text',
        options.fileName,
        `OCR read no text on ${pages.length} page${pages.length === 1 ? '' : 's'}: is the scan blank, or a photograph?`,
      );
    }
    const ocrLanguage = language ?? 'fr';
    const law = importExtractedText(
      text.text,
      { ...options, language: ocrLanguage },
      { format, diagnostics: layoutDiagnostics(layouts) },
    );
    const articles = reportArticles(law.document, text);
    const flagged = articles.filter((article) => article.lowConfidence);
    const lowNote =
      flagged.length === 0
        ? []
        : [
            diagnostic(
              'garbled-text',
              `OCR confidence is low in ${flagged.length} article(s): ${flagged
                .map((article) => article.num)
                .join(', ')}; check them against the scan`,
            ),
          ];
    return {
      ...law,
      diagnostics: [...law.diagnostics, ...lowNote],
      ocr: {
        engine: 'tesseract',
        language: ocrLanguage,
        ...(source.dpi === undefined ? {} : { dpi: source.dpi }),
        pages,
        articles,
        lines: reportLines(text),
      },
    };
  } finally {
    if (options.ocrEngines === undefined) await pool.terminate();
  }
}
