import sharp from 'sharp';
import { detectLanguage } from '../../core/parse/detect-language.js';
import type { OcrEngine, OcrLanguage } from './ocr-engine.js';
import type { RecognizedPage } from './ocr-types.js';

/**
 * The band of the first page read to tell its language, as shares of the page height: below
 * the running header, through the title, the preamble and the first articles.
 */
export const LANGUAGE_BAND = [0.1, 0.4] as const;
/** The band is read this wide in pixels (an A4 page at 150 dpi): enough to read small words. */
export const LANGUAGE_BAND_WIDTH = 1240;

/** Function words of each language; none is common in the other (no `a`, `or`, `en`). */
const FUNCTION_WORDS: Readonly<Record<OcrLanguage, ReadonlySet<string>>> = {
  fr: new Set(
    'le la les des du de et est une un par pour dans sur au aux qui que sont ne pas'.split(' '),
  ),
  en: new Set('the of and to in is by for shall be any which this with that under are'.split(' ')),
};
/** A language is told when its function words are at least this many… */
const MIN_FUNCTION_WORDS = 5;
/** …and at least this many times those of the other language. */
const MIN_RATIO = 2;

/**
 * The language of the words read on part of a page, or undefined when they are too few or too
 * mixed to tell (a cover page, a title, a table of figures): then more of the page is read.
 *
 * @example languageOfWords(['La', 'présente', 'loi', 'fixe', 'les', 'règles', 'de', …]) // 'fr'
 */
export function languageOfWords(words: readonly string[]): OcrLanguage | undefined {
  let fr = 0;
  let en = 0;
  for (const word of words) {
    const folded = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (FUNCTION_WORDS.fr.has(folded)) fr++;
    if (FUNCTION_WORDS.en.has(folded)) en++;
  }
  if (fr >= MIN_FUNCTION_WORDS && fr >= MIN_RATIO * en) return 'fr';
  if (en >= MIN_FUNCTION_WORDS && en >= MIN_RATIO * fr) return 'en';
  return undefined;
}

/**
 * The language band of a page image (see LANGUAGE_BAND), scaled down to LANGUAGE_BAND_WIDTH
 * when wider: a grayscale PNG that OCR reads in a fraction of the time of the whole page.
 */
export async function languageBand(png: Uint8Array): Promise<Buffer> {
  const { width = 1, height = 1 } = await sharp(png).metadata();
  const top = Math.floor(height * LANGUAGE_BAND[0]);
  const bandHeight = Math.max(1, Math.round(height * (LANGUAGE_BAND[1] - LANGUAGE_BAND[0])));
  return sharp(png)
    .extract({ left: 0, top, width, height: Math.min(bandHeight, height - top) })
    .resize({ width: Math.min(width, LANGUAGE_BAND_WIDTH) })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

function wordsOf(page: RecognizedPage): string[] {
  return page.lines.flatMap((line) => line.words.map((word) => word.text));
}

/** The language of a scan and, when telling it took reading the whole page in French, that page. */
export interface ScanLanguage {
  readonly language: OcrLanguage;
  readonly recognized?: RecognizedPage;
}

/**
 * Tells the language of a scan from its first page: the French engine reads the language
 * band, scaled down, and its function words decide; only when they cannot (too little text
 * there) is the whole page read, and kept when it is French so it is not read twice.
 */
export async function detectScanLanguage(
  png: Uint8Array,
  engine: OcrEngine,
): Promise<ScanLanguage> {
  const glimpse = languageOfWords(wordsOf(await engine.recognize(await languageBand(png))));
  if (glimpse !== undefined) return { language: glimpse };
  const recognized = await engine.recognize(png);
  const words = wordsOf(recognized);
  const language = languageOfWords(words) ?? detectLanguage(words.join(' '));
  return language === engine.language ? { language, recognized } : { language };
}
