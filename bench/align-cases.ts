import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyse } from '../src/core/align/index.js';
import { listArticles, provisionText, type LegalDocument } from '../src/core/model/index.js';
import { parseLaw } from '../src/core/parse/parse-law.js';
import { importLaw } from '../src/importers/import-law.js';
import { loadCatalogue } from '../src/services/catalogue-files.js';
import { corpusPath, readCorpus, repoPath } from '../src/testing/shared-corpus.js';
import type { CaseResult } from './import-cases.js';

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed<T>(work: () => T): { readonly value: T; readonly ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/**
 * A realistic 100-article French law: the articles of the two fictional French laws of the
 * examples (varied wording: definitions, offences, victims, procedure, cooperation), in
 * turn, renumbered 1 to 100.
 */
function hundredArticleLaw(): string {
  const sources = [
    'examples/laws/ml-loi-traite-2012.txt',
    'examples/laws/xf-loi-trafic-migrants-2019.txt',
  ];
  const articles = sources.flatMap((path) =>
    listArticles(parseLaw(readFileSync(repoPath(path), 'utf8'), { language: 'fr' }).document).map(
      (article) => provisionText(article).replace(/^\S+\s*/, ''),
    ),
  );
  const lines = ['LOI N° 2020-001 RELATIVE À LA LUTTE CONTRE LA TRAITE DES PERSONNES', ''];
  for (let number = 1; number <= 100; number++) {
    const text = articles[(number - 1) % articles.length] ?? '';
    lines.push(`Article ${number} : ${text}`, '');
  }
  return lines.join('\n');
}

/** A 100-article law against the whole catalogue: median of 20 runs after warm-up. */
function alignHundred(): Promise<CaseResult> {
  const catalogue = loadCatalogue();
  const { document } = parseLaw(hundredArticleLaw(), { language: 'fr' });
  const articles = listArticles(document).length;
  for (let i = 0; i < 3; i++) analyse(catalogue, [document]);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < 20; i++) {
    const { value, ms } = timed(() => analyse(catalogue, [document]));
    times.push(ms);
    findings = value.findings.length;
  }
  const medianMs = median(times);
  return Promise.resolve({
    name: 'align-100-articles',
    figures: {
      articles,
      obligations: findings,
      median_ms: round(medianMs),
      max_ms: round(Math.max(...times)),
    },
    target: 'median under 100 ms',
    met: medianMs < 100 && articles === 100,
  });
}

/** Every law file of the shared corpus (all formats), as paths relative to the corpus. */
function corpusLawFiles(): string[] {
  const root = corpusPath('laws');
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(corpusPath(''), path));
    }
  };
  walk(root);
  return files.sort();
}

/** The ten national laws on trafficking of the corpus, one file each (the batch of the target). */
const TEN_LAWS = [
  'zm/anti-human-trafficking-act-2008.json',
  'ug/prevention-of-trafficking-in-persons-act-2009.json',
  'tz/anti-trafficking-in-persons-act-2008.json',
  'na/combating-of-trafficking-in-persons-act-2018.json',
  'mw/trafficking-in-persons-act-2015.json',
  'ls/anti-trafficking-in-persons-act-2011.json',
  'zw/trafficking-in-persons-act-2014.json',
  'rw/law-51-2018-trafficking-in-persons_GARBLED.json',
  'cm/loi-2005-015-trafic-des-enfants.json',
  'pk/prevention-of-trafficking-in-persons-act-2018.md',
];

/**
 * Imports every law of the shared corpus, then analyses each against the whole catalogue in
 * one batch. Import and analysis are timed apart; every law is listed on stderr, and a law
 * that does not import is counted, never skipped silently.
 */
async function alignCorpusBatch(): Promise<CaseResult> {
  const catalogue = loadCatalogue();
  const files = corpusLawFiles();
  const documents: { readonly file: string; readonly document: LegalDocument }[] = [];
  let failed = 0;
  const importStart = performance.now();
  for (const file of files) {
    try {
      const fileName = file.split('/').pop() ?? file;
      const { document } = await importLaw(readCorpus(file), { fileName });
      documents.push({ file, document });
    } catch (error) {
      failed += 1;
      process.stderr.write(
        `align-corpus-batch: ${file} not imported: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }
  const importMs = performance.now() - importStart;
  let articles = 0;
  let slowest = 0;
  let tenLawsMs = 0;
  const analysisStart = performance.now();
  for (const { file, document } of documents) {
    const { ms } = timed(() => analyse(catalogue, [document]));
    if (TEN_LAWS.some((law) => file.endsWith(law))) tenLawsMs += ms;
    const count = listArticles(document).length;
    articles += count;
    slowest = Math.max(slowest, ms);
    process.stderr.write(`align-corpus-batch: ${file}: ${count} articles, ${round(ms)} ms\n`);
  }
  const analysisMs = performance.now() - analysisStart;
  return {
    name: 'align-corpus-batch',
    figures: {
      laws: files.length,
      laws_imported: documents.length,
      laws_failed: failed,
      articles,
      obligations: catalogue.obligations.length,
      import_ms: round(importMs),
      analysis_ms: round(analysisMs),
      ten_laws_analysis_ms: round(tenLawsMs),
      slowest_law_ms: round(slowest),
      total_ms: round(importMs + analysisMs),
    },
    target:
      'analysis of the ten trafficking laws of the corpus in one batch under 2000 ms (import timed apart); every corpus file imported and analysed',
    met: tenLawsMs < 2000 && failed === 0 && documents.length >= 10,
  };
}

/** The alignment engine's benchmark cases by name. */
export const ALIGN_CASES: Readonly<Record<string, () => Promise<CaseResult>>> = {
  'align-100-articles': alignHundred,
  'align-corpus-batch': alignCorpusBatch,
};
