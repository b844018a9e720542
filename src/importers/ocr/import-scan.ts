import type { Diagnostic } from '../../core/errors.js';
import { diagnostic } from '../../core/errors.js';
import { detectLanguage } from '../../core/parse/detect-language.js';
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

async function nextPage(
  iterator: AsyncGenerator<PageImage, void, undefined>,
): Promise<PageImage | undefined> {
  const result = await iterator.next();
  return result.done === true ? undefined : result.value;
}

interface ReadPages {
  readonly language: OcrLanguage | undefined;
  readonly layouts: readonly PageLayout[];
  readonly pages: readonly OcrPageReport[];
}

/**
 * Reads every page: the first alone when the language must be detected from it, then the
 * rest in as many lanes as the pool has (one OCR worker thread each), in page order.
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
  const iterator = source.pages();
  const pending: PageImage[] = [];
  if (language === undefined) {
    const first = await iterator.next();
    if (first.done !== true) {
      const recognized = await (await pool.engine('fr')).recognize(first.value.png);
      const words = recognized.lines.flatMap((line) => line.words.map((word) => word.text));
      language = detectLanguage(words.join(' '));
      if (language === 'fr') {
        read.set(first.value.page, recognized);
        report();
      } else pending.push(first.value);
    }
  }
  const lane = async (index: number): Promise<void> => {
    for (;;) {
      const next = pending.shift() ?? (await nextPage(iterator));
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
