import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ImportError } from './import-result.js';
import type { ImportedLaw, ImportOptions } from './import-result.js';
import { importScan } from './ocr/import-scan.js';
import { pdfPageImages } from './ocr/page-images.js';
import { importExtractedText } from './text.js';

/** Fewer visible characters than this per page on average: the PDF is a scan. */
const MIN_CHARACTERS_PER_PAGE = 20;
/** Items whose baselines differ by less than this (in PDF units) are on one line. */
const SAME_LINE = 2.5;

interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** The x (index 4) or y (index 5) of a text item's transform matrix. */
function coordinate(item: TextItem, index: 4 | 5): number {
  // pdfjs types the matrix as any[]; its entries are numbers.
  const value: unknown = item.transform[index];
  return typeof value === 'number' ? value : 0;
}

/** The lines of one page, top to bottom, each read left to right with spaces where gaps are. */
function pageLines(items: readonly PlacedText[]): string[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const item of sorted) {
    const current = lines[lines.length - 1];
    const first = current?.[0];
    if (current !== undefined && first !== undefined && Math.abs(first.y - item.y) < SAME_LINE) {
      current.push(item);
    } else {
      lines.push([item]);
    }
  }
  return lines.map((line) => {
    const ordered = line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of ordered) {
      const gap = item.x - end;
      if (text !== '' && gap > 1 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
      text += item.text;
      end = item.x + item.width;
    }
    return text.replace(/\s+/g, ' ').trim();
  });
}

function failure(error: unknown, fileName: string): ImportError {
  const name = error instanceof Error ? error.name : '';
  const reason = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new ImportError(
      'encrypted-file',
      fileName,
      'the PDF is protected by a password: remove the protection and import it again',
    );
  }
  return new ImportError('corrupt-file', fileName, `not a readable PDF: ${reason}`);
}

/** The text layer of an open PDF, pages joined by form feeds; undefined when it is a scan. */
async function textLayer(pdf: PDFDocumentProxy): Promise<string | undefined> {
  const pages: string[] = [];
  let visible = 0;
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const items = content.items.filter(isTextItem).map((item) => ({
      text: item.str,
      x: coordinate(item, 4),
      y: coordinate(item, 5),
      width: item.width,
    }));
    const lines = pageLines(items.filter((item) => item.text !== ''));
    visible += lines.join('').replace(/\s/g, '').length;
    pages.push(lines.join('\n'));
    page.cleanup();
  }
  return visible < MIN_CHARACTERS_PER_PAGE * pdf.numPages ? undefined : pages.join('\n\f');
}

/** Opens a PDF, hands it to `use`, and always releases it. */
async function withPdf<TResult>(
  bytes: Uint8Array,
  fileName: string,
  use: (pdf: PDFDocumentProxy) => Promise<TResult>,
): Promise<TResult> {
  // pdfjs takes ownership of the buffer it is given: pass a copy.
  const loading = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await loading.promise.catch((error: unknown) => {
      throw failure(error, fileName);
    });
    return await use(pdf);
  } finally {
    await loading.destroy();
  }
}

/**
 * The text layer of a PDF, pages joined by form feeds so the parser can find running
 * headers and page numbers. A scanned PDF (no text layer) is refused: OCR needed.
 */
export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<string> {
  return withPdf(bytes, fileName, async (pdf) => {
    const text = await textLayer(pdf);
    if (text === undefined) {
      throw new ImportError(
        'no-text-layer',
        fileName,
        `no text layer: OCR needed (the PDF holds only images in ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'})`,
      );
    }
    return text;
  });
}

/**
 * Imports a law from a PDF: from its text layer when it has one, else by OCR of its pages
 * rendered at 300 dpi (a scanned gazette).
 */
export async function importPdf(bytes: Uint8Array, options: ImportOptions): Promise<ImportedLaw> {
  return withPdf(bytes, options.fileName, async (pdf) => {
    const text = await textLayer(pdf);
    if (text !== undefined) return importExtractedText(text, options, { format: 'pdf' });
    return importScan(pdfPageImages(pdf, options.fileName), options, 'pdf');
  });
}
