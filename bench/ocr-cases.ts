import { readFileSync } from 'node:fs';
import { listArticles } from '../src/core/model/index.js';
import { parseLaw } from '../src/core/parse/parse-law.js';
import { importLaw } from '../src/importers/import-law.js';
import { characterAccuracy } from '../src/importers/ocr/character-accuracy.js';
import { createOcrEnginePool } from '../src/importers/ocr/ocr-engine.js';
import type { CaseResult } from './import-cases.js';

const FIXTURES = new URL('../src/importers/ocr/fixtures/', import.meta.url);

/** A scan and the fictional law it was printed from. */
interface Scan {
  readonly file: string;
  readonly source: string;
}

const SCANS: Readonly<Record<string, readonly Scan[]>> = {
  'fr-clean': [
    { file: 'fr-loi-travail-force.pdf', source: 'fr-loi-travail-force.txt' },
    { file: 'fr-loi-protection-temoins.png', source: 'fr-loi-protection-temoins.txt' },
  ],
  'fr-degraded': [
    { file: 'fr-loi-travail-force-degraded.pdf', source: 'fr-loi-travail-force.txt' },
    { file: 'fr-loi-protection-temoins-degraded.jpg', source: 'fr-loi-protection-temoins.txt' },
  ],
  'en-clean': [{ file: 'en-smuggling-act-2019.pdf', source: 'en-smuggling-act-2019.txt' }],
  'en-degraded': [
    { file: 'en-smuggling-act-2019-degraded.pdf', source: 'en-smuggling-act-2019.txt' },
  ],
};

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/**
 * OCR of scanned gazettes made by scripts/make-scan-fixtures.ts: seconds per page (language
 * detected, engine already started, as in a server), character accuracy of the text read
 * against the source, and articles found against those of the source.
 */
async function ocrCase(name: string, quality: 'clean' | 'degraded'): Promise<CaseResult> {
  const pool = createOcrEnginePool();
  try {
    const lanes = Array.from({ length: pool.lanes }, (_, lane) => lane);
    await Promise.all(lanes.flatMap((lane) => [pool.engine('fr', lane), pool.engine('en', lane)]));
    let pages = 0;
    let seconds = 0;
    let distanceWeighted = 0;
    let sourceLength = 0;
    let found = 0;
    let expected = 0;
    for (const scan of SCANS[name] ?? []) {
      const source = readFileSync(new URL(scan.source, FIXTURES), 'utf8');
      const bytes = new Uint8Array(readFileSync(new URL(scan.file, FIXTURES)));
      const start = performance.now();
      const law = await importLaw(bytes, { fileName: scan.file, ocrEngines: pool });
      seconds += (performance.now() - start) / 1000;
      pages += law.ocr?.pages.length ?? 0;
      const read = (law.ocr?.lines ?? []).map((line) => line.text).join('\n');
      distanceWeighted += characterAccuracy(source, read) * source.length;
      sourceLength += source.length;
      found += listArticles(law.document).length;
      expected += listArticles(parseLaw(source).document).length;
    }
    const accuracy = distanceWeighted / sourceLength;
    const perPage = seconds / Math.max(1, pages);
    const minimum = quality === 'clean' ? 0.98 : 0.95;
    return {
      name: `ocr-${name}`,
      figures: {
        pages,
        seconds_per_page: round(perPage, 2),
        character_accuracy: round(accuracy, 4),
        articles_found: found,
        articles_expected: expected,
        accuracy_met: accuracy >= minimum ? 1 : 0,
        articles_met: found === expected ? 1 : 0,
        speed_met: perPage < 5 ? 1 : 0,
      },
      target: `character accuracy ≥ ${minimum * 100}%, every article found, under 5 s per page`,
      met: accuracy >= minimum && found === expected && perPage < 5,
    };
  } finally {
    await pool.terminate();
  }
}

/** The OCR benchmark cases by name. */
export const OCR_CASES: Readonly<Record<string, () => Promise<CaseResult>>> = {
  'ocr-fr-clean': () => ocrCase('fr-clean', 'clean'),
  'ocr-fr-degraded': () => ocrCase('fr-degraded', 'degraded'),
  'ocr-en-clean': () => ocrCase('en-clean', 'clean'),
  'ocr-en-degraded': () => ocrCase('en-degraded', 'degraded'),
};
