import { parseLaw } from '../src/core/parse/parse-law.js';
import { listArticles } from '../src/core/model/index.js';
import { importLaw } from '../src/importers/import-law.js';
import { readCorpus } from '../src/testing/shared-corpus.js';
import { syntheticLaw, syntheticLawOfSize } from './synthetic-law.js';

/** One measured case: figures plus the target it is held to. */
export interface CaseResult {
  readonly name: string;
  readonly figures: Readonly<Record<string, number>>;
  readonly target: string;
  readonly met: boolean;
}

const MB = 1024 * 1024;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timeRuns(runs: number, work: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** Resident memory now and at its peak so far, in MB. */
function memory(): { readonly rss: number; readonly peak: number } {
  return { rss: process.memoryUsage().rss / MB, peak: process.resourceUsage().maxRSS / 1024 };
}

async function parseHundred(language: 'fr' | 'en'): Promise<CaseResult> {
  const text = syntheticLaw({ articles: 100, language });
  await timeRuns(10, () => parseLaw(text, { language }));
  const times = await timeRuns(60, () => parseLaw(text, { language }));
  const articles = listArticles(parseLaw(text, { language }).document).length;
  const medianMs = median(times);
  return {
    name: `parse-100-articles-${language}`,
    figures: {
      articles,
      input_kb: round(text.length / 1024),
      median_ms: round(medianMs),
      p95_ms: round(percentile(times, 95)),
      articles_per_s: Math.round(articles / (medianMs / 1000)),
    },
    target: 'median under 20 ms',
    met: medianMs < 20 && articles === 100,
  };
}

async function importCorpusLaw(name: string, path: string): Promise<CaseResult> {
  const bytes = readCorpus(path);
  const fileName = path.split('/').pop() ?? path;
  const [firstRun = Number.NaN] = await timeRuns(1, () => importLaw(bytes, { fileName }));
  await timeRuns(2, () => importLaw(bytes, { fileName }));
  const before = memory();
  const times = await timeRuns(10, () => importLaw(bytes, { fileName }));
  const after = memory();
  const { document } = await importLaw(bytes, { fileName });
  const articles = listArticles(document).length;
  const medianMs = median(times);
  return {
    name,
    figures: {
      articles,
      input_mb: round(bytes.length / MB),
      first_run_ms: round(firstRun),
      median_ms: round(medianMs),
      p95_ms: round(percentile(times, 95)),
      articles_per_s: Math.round(articles / (medianMs / 1000)),
      mb_per_s: round(bytes.length / MB / (medianMs / 1000)),
      peak_rss_growth_mb: round(Math.max(0, after.peak - before.rss)),
    },
    target: 'first run and median under 300 ms',
    met: medianMs < 300 && firstRun < 300,
  };
}

async function importLargeText(): Promise<CaseResult> {
  const { text, articles: expected } = syntheticLawOfSize(10 * MB, 'fr');
  const bytes = new TextEncoder().encode(text);
  const before = memory();
  const start = performance.now();
  const { document } = await importLaw(bytes, { fileName: 'synthetic-10mb.txt' });
  const elapsed = performance.now() - start;
  const after = memory();
  const articles = listArticles(document).length;
  const growth = Math.max(0, after.peak - before.rss);
  const ratio = (growth * MB) / bytes.length;
  return {
    name: 'import-10mb-text',
    figures: {
      articles,
      expected_articles: expected,
      input_mb: round(bytes.length / MB),
      ms: round(elapsed),
      articles_per_s: Math.round(articles / (elapsed / 1000)),
      mb_per_s: round(bytes.length / MB / (elapsed / 1000)),
      baseline_rss_mb: round(before.rss),
      peak_rss_mb: round(after.peak),
      peak_memory_to_input_ratio: round(ratio),
    },
    target: 'memory growth under 10x the input, every article found',
    met: ratio < 10 && articles === expected,
  };
}

/** The import benchmark cases by name; each runs in a process of its own (see run.ts). */
export const IMPORT_CASES: Readonly<Record<string, () => Promise<CaseResult>>> = {
  'parse-100-articles-fr': () => parseHundred('fr'),
  'parse-100-articles-en': () => parseHundred('en'),
  'import-irpa-en': () => importCorpusLaw('import-irpa-en', 'laws/ca/irpa-I-2.5_en.xml'),
  'import-irpa-fr': () => importCorpusLaw('import-irpa-fr', 'laws/ca/irpa-I-2.5_fr.xml'),
  'import-10mb-text': importLargeText,
};
