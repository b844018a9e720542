import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { OcrEngine, OcrLanguage } from './ocr-engine.js';
import { createOcrEngine } from './ocr-engine.js';
import type { RecognizedPage } from './ocr-types.js';
import { pdfPageImages } from './page-images.js';
import {
  LANGUAGE_BAND,
  LANGUAGE_BAND_WIDTH,
  detectScanLanguage,
  languageBand,
  languageOfWords,
} from './scan-language.js';

const words = (text: string): string[] => text.split(' ');

/** A page of one line holding `text`. */
function pageOf(text: string, size: { width: number; height: number }): RecognizedPage {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  const line = words(text).map((word) => ({ text: word, confidence: 95, box }));
  return {
    ...size,
    confidence: 95,
    lines: text === '' ? [] : [{ words: line, confidence: 95, box }],
  };
}

/** An engine that reads `band` on images as narrow as the band and `page` on wider ones. */
function fakeEngine(
  language: OcrLanguage,
  texts: { readonly band: string; readonly page: string },
): OcrEngine & { readonly widths: number[] } {
  const widths: number[] = [];
  return {
    language,
    widths,
    async recognize(image) {
      const { width = 0, height = 0 } = await sharp(image).metadata();
      widths.push(width);
      return pageOf(width <= LANGUAGE_BAND_WIDTH ? texts.band : texts.page, { width, height });
    },
    terminate: () => Promise.resolve(),
  };
}

/** A white grayscale page image of `width` × `height` pixels. */
const blank = (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .grayscale()
    .png()
    .toBuffer();
const blankPage = (): Promise<Buffer> => blank(2481, 3509);

describe('languageOfWords', () => {
  it('tells French and English from their function words, punctuation and case aside', () => {
    expect(
      languageOfWords(
        words(
          'Article 1er : La présente loi fixe les règles de protection des témoins et des victimes.',
        ),
      ),
    ).toBe('fr');
    expect(
      languageOfWords(
        words('AN ACT to provide for the prevention and suppression of the smuggling of migrants,'),
      ),
    ).toBe('en');
  });

  it('does not tell from too few words, a mix, or noise', () => {
    expect(languageOfWords(words('RÉPUBLIQUE DU NIGER'))).toBeUndefined();
    expect(languageOfWords(words('the of and to le la les des et'))).toBeUndefined();
    expect(languageOfWords(words('ee Eu ES aies ons PT N'))).toBeUndefined();
    expect(languageOfWords([])).toBeUndefined();
  });

  it('counts "a" and "or", common to both languages, for neither', () => {
    expect(languageOfWords(words('a a a a a or or or or'))).toBeUndefined();
  });
});

describe('languageBand', () => {
  it('cuts the band below the running header and scales it to the band width', async () => {
    const band = await sharp(await languageBand(await blankPage())).metadata();
    expect(band.width).toBe(LANGUAGE_BAND_WIDTH);
    const height = 3509 * (LANGUAGE_BAND[1] - LANGUAGE_BAND[0]) * (LANGUAGE_BAND_WIDTH / 2481);
    expect(Math.abs((band.height ?? 0) - height)).toBeLessThanOrEqual(1);
  });

  it('keeps the width of a page already narrower than the band width', async () => {
    const small = await blank(800, 1100);
    expect((await sharp(await languageBand(small)).metadata()).width).toBe(800);
  });
});

describe('detectScanLanguage', () => {
  it('decides from the band alone when its words tell the language', async () => {
    const engine = fakeEngine('fr', {
      band: 'AN ACT to provide for the prevention of the smuggling of migrants and for matters',
      page: '',
    });
    const detected = await detectScanLanguage(await blankPage(), engine);
    expect(detected).toEqual({ language: 'en' });
    expect(engine.widths).toEqual([LANGUAGE_BAND_WIDTH]);
  });

  it('reads the whole page when the band does not tell, keeping it when it is French', async () => {
    const page = 'La présente loi fixe les règles de la protection des témoins et des victimes';
    const french = fakeEngine('fr', { band: 'RÉPUBLIQUE DU NIGER', page });
    const detected = await detectScanLanguage(await blankPage(), french);
    expect(detected.language).toBe('fr');
    expect(detected.recognized?.lines[0]?.words).toHaveLength(words(page).length);
    expect(french.widths).toEqual([LANGUAGE_BAND_WIDTH, 2481]);
    const english = fakeEngine('fr', {
      band: '',
      page: 'This Act applies to the offences under it',
    });
    expect(await detectScanLanguage(await blankPage(), english)).toEqual({ language: 'en' });
  });
});

describe('detectScanLanguage with the engine', { timeout: 60_000 }, () => {
  let engine: OcrEngine | undefined;
  afterAll(() => engine?.terminate());

  it('tells an English scan from the band of its first page read in French', async () => {
    const bytes = readFileSync(new URL('./fixtures/en-smuggling-act-2019.pdf', import.meta.url));
    const loading = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false });
    try {
      const pages = pdfPageImages(await loading.promise, 'act.pdf').pages();
      const first = await pages.next();
      if (first.done === true) throw new Error('the fixture has no page');
      engine = await createOcrEngine('fr');
      expect(await detectScanLanguage(first.value.png, engine)).toEqual({ language: 'en' });
    } finally {
      await loading.destroy();
    }
  });
});
