import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';
import type { OcrBox, OcrWord, RecognizedLine, RecognizedPage } from './ocr-types.js';

/** The languages LexAlign reads in scans, with their Tesseract language codes. */
export type OcrLanguage = 'fr' | 'en';

const TESSERACT_CODES: Readonly<Record<OcrLanguage, string>> = { fr: 'fra', en: 'eng' };

const require = createRequire(import.meta.url);

/**
 * The folder of the installed language data (`@tesseract.js-data/fra`, `…/eng`): the
 * integer "best" LSTM models, read from node_modules, never downloaded.
 */
export function languageDataPath(language: OcrLanguage): string {
  const manifest = require.resolve(`@tesseract.js-data/${TESSERACT_CODES[language]}/package.json`);
  return join(dirname(manifest), '4.0.0_best_int');
}

/** Reads the words, lines and confidences of one page image. */
export interface OcrEngine {
  readonly language: OcrLanguage;
  recognize(image: Uint8Array): Promise<RecognizedPage>;
  terminate(): Promise<void>;
}

/**
 * Engines by language, created on first use and reused for every page and every import
 * that shares the pool; the owner terminates it. A server keeps one pool for its lifetime.
 */
export interface OcrEnginePool {
  /** How many engines per language read pages side by side: one per core, at most two. */
  readonly lanes: number;
  /** The engine of one language in one lane (0-based), started on first use. */
  engine(language: OcrLanguage, lane?: number): Promise<OcrEngine>;
  terminate(): Promise<void>;
}

function box(bbox: Tesseract.Bbox): OcrBox {
  return { x: bbox.x0, y: bbox.y0, width: bbox.x1 - bbox.x0, height: bbox.y1 - bbox.y0 };
}

function toPage(data: Tesseract.Page, size: { width: number; height: number }): RecognizedPage {
  const lines: RecognizedLine[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words: OcrWord[] = line.words
          .filter((word) => word.text.trim() !== '')
          .map((word) => ({
            text: word.text.trim(),
            confidence: word.confidence,
            box: box(word.bbox),
          }));
        if (words.length > 0)
          lines.push({ words, confidence: line.confidence, box: box(line.bbox) });
      }
    }
  }
  return { ...size, confidence: data.confidence, lines };
}

/** The pixel size of a PNG from its IHDR chunk (the pages handed to the engine are PNG). */
function pngSize(image: Uint8Array): { width: number; height: number } {
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Starts a Tesseract engine for one language. Recognition runs in a worker thread
 * (tesseract.js spawns one per engine), so a server's event loop stays free while a
 * 20-page gazette is read; the language data comes from the installed package and
 * nothing is cached to disk or fetched.
 */
export async function createOcrEngine(language: OcrLanguage): Promise<OcrEngine> {
  const worker = await Tesseract.createWorker(TESSERACT_CODES[language], Tesseract.OEM.LSTM_ONLY, {
    langPath: languageDataPath(language),
    cacheMethod: 'none',
    gzip: true,
  });
  await worker.setParameters({
    tessedit_pageseg_mode: Tesseract.PSM.AUTO,
    preserve_interword_spaces: '0',
    user_defined_dpi: '300',
  });
  return {
    language,
    async recognize(image) {
      const result = await worker.recognize(Buffer.from(image), {}, { blocks: true, text: false });
      return toPage(result.data, pngSize(image));
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

/** A pool that starts each language's engine once, when a page first needs it. */
export function createOcrEnginePool(
  lanes = Math.max(1, Math.min(2, availableParallelism())),
): OcrEnginePool {
  const engines = new Map<string, Promise<OcrEngine>>();
  return {
    lanes,
    engine(language, lane = 0) {
      const key = `${language}:${lane % lanes}`;
      let engine = engines.get(key);
      if (engine === undefined) {
        engine = createOcrEngine(language);
        engines.set(key, engine);
      }
      return engine;
    },
    async terminate() {
      const started = [...engines.values()];
      engines.clear();
      const settled = await Promise.allSettled(started);
      await Promise.all(
        settled.map((result) =>
          result.status === 'fulfilled' ? result.value.terminate() : Promise.resolve(),
        ),
      );
    },
  };
}
