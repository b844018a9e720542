import type { ImportedLaw, ImportOptions } from '../import-result.js';
import { importScan } from './import-scan.js';
import { imagePages } from './page-images.js';

/** Imports a law from a scanned page image (PNG, JPEG, or TIFF with one page or more) by OCR. */
export async function importImage(bytes: Uint8Array, options: ImportOptions): Promise<ImportedLaw> {
  return importScan(await imagePages(bytes, options.fileName), options, 'image');
}
