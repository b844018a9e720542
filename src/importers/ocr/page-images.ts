import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { ImportError } from '../import-result.js';

type RenderParameters = Parameters<PDFPageProxy['render']>[0];

/** Pages are rendered at the resolution Tesseract reads best. */
export const OCR_DPI = 300;
/** The most pages one scan may have: a whole code fits; a 500-page scan is refused up front. */
export const MAX_OCR_PAGES = 300;
/** A page image larger than this (in pixels) is refused: A0 at 300 dpi is about 140 million. */
const MAX_PAGE_PIXELS = 150_000_000;
/** Pages wider or taller than this many PDF points (about 1.2 m) are not gazette pages. */
const MAX_PAGE_POINTS = 3_400;

/** One page ready for OCR: a grayscale PNG. */
export interface PageImage {
  /** 1-based page number in the file. */
  readonly page: number;
  readonly png: Uint8Array;
}

/**
 * A scan as pages rendered one at a time, so only a few page images are in memory: one per
 * OCR lane and the one rendered ahead.
 */
export interface PageSource {
  readonly pageCount: number;
  /** Resolution of the page images when the source sets it (rendered PDF pages). */
  readonly dpi?: number;
  readonly pages: () => AsyncGenerator<PageImage, void, undefined>;
}

function tooManyPages(fileName: string, count: number): ImportError {
  return new ImportError(
    'too-many-pages',
    fileName,
    `the scan has ${count} pages; OCR reads at most ${MAX_OCR_PAGES}: split the file and import each part`,
  );
}

/**
 * A grayscale PNG without alpha (the engine decodes one channel much faster than gray and
 * alpha), lightly compressed: it only travels to the OCR worker.
 */
function grayscalePng(image: Sharp): Promise<Buffer> {
  return image
    .removeAlpha()
    .grayscale()
    .toColourspace('b-w')
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/**
 * The pages of an image-only PDF rendered at 300 dpi with pdfjs on a native canvas. The page
 * count is checked before the first page is rendered.
 */
export function pdfPageImages(pdf: PDFDocumentProxy, fileName: string): PageSource {
  if (pdf.numPages > MAX_OCR_PAGES) throw tooManyPages(fileName, pdf.numPages);
  return {
    pageCount: pdf.numPages,
    dpi: OCR_DPI,
    async *pages() {
      for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const base = page.getViewport({ scale: 1 });
        if (base.width > MAX_PAGE_POINTS || base.height > MAX_PAGE_POINTS) {
          throw new ImportError(
            'corrupt-file',
            fileName,
            `page ${number} measures ${Math.round(base.width)} × ${Math.round(base.height)} points: too large for a gazette page`,
          );
        }
        const viewport = page.getViewport({ scale: OCR_DPI / 72 });
        const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        // pdfjs types its canvas with the DOM's; the native canvas implements what it uses.
        const parameters = { canvas, viewport } as unknown as RenderParameters;
        await page.render(parameters).promise;
        const rgba = canvas.data();
        const png = await grayscalePng(
          sharp(rgba, { raw: { width: canvas.width, height: canvas.height, channels: 4 } }),
        );
        page.cleanup();
        yield { page: number, png };
      }
    },
  };
}

/**
 * The pages of a PNG, JPEG or TIFF (a multi-page TIFF gives several). A file that does not
 * decode is refused as corrupt before any OCR starts.
 */
export async function imagePages(bytes: Uint8Array, fileName: string): Promise<PageSource> {
  let pageCount: number;
  try {
    const metadata = await sharp(bytes, { limitInputPixels: MAX_PAGE_PIXELS }).metadata();
    pageCount = metadata.pages ?? 1;
    // Decoding the first page proves the pixels are there, not only the header.
    await sharp(bytes, { limitInputPixels: MAX_PAGE_PIXELS }).resize(8, 8).raw().toBuffer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('corrupt-file', fileName, `not a readable image: ${reason}`);
  }
  if (pageCount > MAX_OCR_PAGES) throw tooManyPages(fileName, pageCount);
  return {
    pageCount,
    async *pages() {
      for (let index = 0; index < pageCount; index++) {
        const png = await grayscalePng(
          sharp(bytes, { page: index, limitInputPixels: MAX_PAGE_PIXELS }).rotate(),
        ).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          throw new ImportError(
            'corrupt-file',
            fileName,
            `page ${index + 1} is unreadable: ${reason}`,
          );
        });
        yield { page: index + 1, png };
      }
    },
  };
}
