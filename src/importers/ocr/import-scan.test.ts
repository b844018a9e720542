import { existsSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticles } from '../../core/model/index.js';
import { importLaw } from '../import-law.js';
import { ImportError } from '../import-result.js';
import type { ImportProgress } from '../import-result.js';
import { characterAccuracy } from './character-accuracy.js';
import { createOcrEnginePool, languageDataPath } from './ocr-engine.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const source = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

// One pool for the whole file: each OCR worker starts once.
const ocrEngines = createOcrEnginePool(1);
afterAll(() => ocrEngines.terminate());

async function refusal(bytes: Uint8Array, fileName: string): Promise<ImportError> {
  const error: unknown = await importLaw(bytes, { fileName, ocrEngines }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError: ${String(error)}`);
  return error;
}

describe('importLaw of scanned gazettes (OCR)', { timeout: 60_000 }, () => {
  it('reads with the French and English language data installed in node_modules', () => {
    for (const language of ['fr', 'en'] as const) {
      const folder = languageDataPath(language);
      expect(folder).toContain('node_modules');
      const code = language === 'fr' ? 'fra' : 'eng';
      expect(existsSync(`${folder}/${code}.traineddata.gz`)).toBe(true);
    }
  });

  it('reads a two-column page image column by column, without blocking the event loop', async () => {
    const progress: ImportProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const imported = await importLaw(fixture('fr-loi-protection-temoins.png'), {
      fileName: 'temoins.png',
      ocrEngines,
      onProgress: (step) => progress.push(step),
    });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(progress.map((step) => `${step.done}/${step.total}`)).toEqual(['0/1', '1/1']);
    expect(imported.format).toBe('image');
    expect(listArticles(imported.document).map((article) => article.num)).toEqual([
      '1er',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    expect(imported.ocr?.pages).toEqual([
      expect.objectContaining({ page: 1, columns: 2, width: 2481, height: 3509 }),
    ]);
    const read = imported.ocr?.lines.map((line) => line.text).join('\n') ?? '';
    expect(characterAccuracy(source('fr-loi-protection-temoins.txt'), read)).toBeGreaterThan(0.98);
  });

  it('imports a scanned French law from a PDF with its articles, page links and confidence', async () => {
    const imported = await importLaw(fixture('fr-loi-travail-force.pdf'), {
      fileName: 'loi.pdf',
      ocrEngines,
    });
    expect(imported.format).toBe('pdf');
    expect(imported.document.meta).toMatchObject({ language: 'fr', number: '2021-017' });
    expect(listArticles(imported.document)).toHaveLength(10);
    const ocr = imported.ocr;
    expect(ocr).toMatchObject({ engine: 'tesseract', language: 'fr', dpi: 300 });
    const byNumber = new Map(ocr?.articles.map((article) => [article.num, article]));
    expect(byNumber.get('1er')?.pages).toEqual([1]);
    expect(byNumber.get('6')?.pages).toEqual([2]);
    for (const article of ocr?.articles ?? []) {
      expect(article.confidence).toBeGreaterThan(80);
      expect(article.regions.length).toBeGreaterThan(0);
      for (const region of article.regions) {
        expect(region.box.x).toBeGreaterThanOrEqual(0);
        expect(region.box.y + region.box.height).toBeLessThanOrEqual(3509);
      }
    }
    const texts = ocr?.lines.map((line) => line.text) ?? [];
    expect(texts.some((text) => text.includes('JOURNAL OFFICIEL'))).toBe(false);
    expect(texts.some((text) => /^-?\s*41[23]\s*-?$/.test(text))).toBe(false);
  });

  it('reads a TIFF page and a degraded JPEG scan', async () => {
    const tiff = await sharp(fixture('fr-loi-protection-temoins.png')).tiff().toBuffer();
    const fromTiff = await importLaw(new Uint8Array(tiff), { fileName: 'p.tif', ocrEngines });
    expect(listArticles(fromTiff.document)).toHaveLength(8);
    const degraded = await importLaw(fixture('fr-loi-protection-temoins-degraded.jpg'), {
      fileName: 'p.jpg',
      ocrEngines,
      language: 'fr',
    });
    expect(listArticles(degraded.document)).toHaveLength(8);
  });

  it('refuses an encrypted PDF, a corrupt image and a 301-page scan before reading a page', async () => {
    expect((await refusal(fixture('encrypted.pdf'), 'secret.pdf')).code).toBe('encrypted-file');
    const png = fixture('fr-loi-protection-temoins.png');
    const corrupt = await refusal(png.slice(0, 2000), 'cut.png');
    expect(corrupt.code).toBe('corrupt-file');
    const pdf = await PDFDocument.create();
    for (let page = 0; page < 301; page++) pdf.addPage([595, 842]);
    const tooLong = await refusal(await pdf.save(), 'long.pdf');
    expect(tooLong.code).toBe('too-many-pages');
    expect(tooLong.message).toBe(
      'long.pdf: the scan has 301 pages; OCR reads at most 300: split the file and import each part',
    );
  });
});
