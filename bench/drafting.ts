import { readFileSync } from 'node:fs';
import { analyse } from '../src/core/align/index.js';
import { compareArticles, type ArticleComparison } from '../src/core/drafting/compare-articles.js';
import type { ComparableArticle, DraftDocument } from '../src/core/drafting/draft-document.js';
import { compareCoverage } from '../src/core/drafting/draft-coverage.js';
import { draftFromLaw } from '../src/core/drafting/draft-from-law.js';
import { numberDraft } from '../src/core/drafting/draft-numbering.js';
import { draftToLegalDocument } from '../src/core/drafting/draft-to-legal-document.js';
import { listDraftArticles } from '../src/core/drafting/draft-tree.js';
import { lawComparableArticles } from '../src/core/drafting/law-articles.js';
import { listArticles, provisionText } from '../src/core/model/index.js';
import { parseLaw } from '../src/core/parse/parse-law.js';
import { importLaw } from '../src/importers/import-law.js';
import { loadCatalogue } from '../src/services/catalogue-files.js';
import { readCorpus, repoPath } from '../src/testing/shared-corpus.js';
import type { CaseResult } from './import-cases.js';

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Times `work` `runs` times after `warmUp` runs: median and 95th percentile in ms. */
function measure(work: () => unknown, runs: number, warmUp = 3): { median: number; p95: number } {
  for (let i = 0; i < warmUp; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

/** Acts of the shared corpus whose sections make the 200-article texts. */
const CORPUS_ACTS = [
  'laws/zm/anti-human-trafficking-act-2008.json',
  'laws/na/prevention-of-organised-crime-act-2004.json',
  'laws/mw/trafficking-in-persons-act-2015.json',
  'laws/ls/anti-trafficking-in-persons-act-2011.json',
];

/** 200 real sections (the first 200 of some length), numbered 1 to 200, ten per part. */
async function twoHundredArticles(): Promise<ComparableArticle[]> {
  const sections: ComparableArticle[] = [];
  for (const file of CORPUS_ACTS) {
    const { document } = await importLaw(readCorpus(file), {
      fileName: file.split('/').pop() ?? file,
    });
    sections.push(
      ...lawComparableArticles(document).filter((article) => article.text.length >= 150),
    );
  }
  if (sections.length < 200) throw new Error(`only ${sections.length} sections in the corpus acts`);
  return sections.slice(0, 200).map((article, i) => ({
    ...article,
    key: `n${i + 1}`,
    num: String(i + 1),
    label: `Section ${i + 1}`,
    path: [`Part ${Math.floor(i / 10) + 1}: ${sections[Math.floor(i / 10) * 10]?.heading ?? ''}`],
  }));
}

/** Amends a wording: a few words replaced and a sentence added, as a drafter would. */
function amend(text: string, seed: number): string {
  const words = text.split(' ');
  for (let i = seed % 7; i < words.length; i += 11) words[i] = seed % 2 === 0 ? 'shall' : 'may';
  return `${words.join(' ')}\nThe Minister may make regulations for the better carrying out of this section.`;
}

/**
 * The second version: three new sections (everything after renumbered), five sections moved
 * 30 sections earlier (or to the end) into other parts, one in nine amended, section 40 split in two, sections 60 and 61 merged,
 * section 80 deleted, every article renumbered 1..N.
 */
function secondVersion(first: readonly ComparableArticle[]): ComparableArticle[] {
  const moved = new Set([15, 55, 95, 135, 175]);
  const next: ComparableArticle[] = [];
  let fresh = 1000;
  first.forEach((article, i) => {
    if (moved.has(i) || i === 61 || i === 80) return;
    if (i === 10 || i === 100 || i === 150) {
      next.push({
        ...article,
        key: `n${fresh++}`,
        heading: 'New provision',
        text: `A person who, without lawful excuse, fails to comply with a direction given under Part ${i} commits an offence and is liable, on conviction, to a fine.`,
      });
    }
    if (i === 40) {
      const lines = article.text.split('\n');
      const half = Math.max(1, Math.floor(lines.length / 2));
      next.push({ ...article, text: lines.slice(0, half).join('\n') });
      next.push({ ...article, key: `n${fresh++}`, text: lines.slice(half).join('\n') });
      return;
    }
    if (i === 60) {
      next.push({ ...article, text: `${article.text}\n${first[61]?.text ?? ''}` });
      return;
    }
    next.push(i % 9 === 3 ? { ...article, text: amend(article.text, i) } : article);
    if (moved.has(i + 30)) {
      const target = first[i + 30];
      if (target !== undefined) next.push({ ...target, path: article.path });
    }
  });
  // A section with no place 30 sections earlier goes to the end.
  for (const i of [...moved].filter((index) => index < 30)) {
    const target = first[i];
    if (target !== undefined) next.push({ ...target, path: first.at(-1)?.path ?? [] });
  }
  return next.map((article, i) => ({ ...article, num: String(i + 1), label: `Section ${i + 1}` }));
}

/**
 * The comparative table of two 200-article versions: once between two versions of a draft
 * (articles paired by key), once against the same text pasted (no key in common: every
 * article paired by its wording). Word-level diffs included.
 */
async function diffTwoHundred(): Promise<CaseResult> {
  const first = await twoHundredArticles();
  const second = secondVersion(first);
  const pasted = second.map((article, i) => ({ ...article, key: `p${i + 1}` }));
  let byKey: ArticleComparison | undefined;
  let byWording: ArticleComparison | undefined;
  const versions = measure(() => (byKey = compareArticles(first, second)), 30);
  const wording = measure(() => (byWording = compareArticles(first, pasted)), 30);
  const found = (comparison: ArticleComparison | undefined): boolean =>
    comparison !== undefined &&
    comparison.counts.split === 1 &&
    comparison.counts.merged === 1 &&
    comparison.counts.added === 3 &&
    comparison.counts.deleted === 1 &&
    comparison.rows.filter((row) => row.moved).length >= 5;
  return {
    name: 'drafting-diff-200-articles',
    figures: {
      articles_before: first.length,
      articles_after: second.length,
      rows: byKey?.rows.length ?? 0,
      moved: byKey?.rows.filter((row) => row.moved).length ?? 0,
      renumbered: byKey?.rows.filter((row) => row.renumbered).length ?? 0,
      modified: byKey?.counts.modified ?? 0,
      versions_median_ms: round(versions.median),
      versions_p95_ms: round(versions.p95),
      pasted_median_ms: round(wording.median),
      pasted_p95_ms: round(wording.p95),
      pasted_rows: byWording?.rows.length ?? 0,
    },
    target:
      'median under 200 ms (p95 reported) for two 200-article versions, paired by key and by wording alone, word diffs included; the split, the merger, the 3 added and 1 deleted sections and the moves found both ways',
    met: versions.median < 200 && wording.median < 200 && found(byKey) && found(byWording),
  };
}

/** A 100-article French law from the articles of the two French laws of the examples, in turn. */
function hundredArticleLaw(): string {
  const articles = [
    'examples/laws/ml-loi-traite-2012.txt',
    'examples/laws/xf-loi-trafic-migrants-2019.txt',
  ].flatMap((path) =>
    listArticles(parseLaw(readFileSync(repoPath(path), 'utf8'), { language: 'fr' }).document).map(
      (article) => provisionText(article).replace(/^\S+\s*/, ''),
    ),
  );
  const lines = ['LOI N° 2020-001 RELATIVE À LA LUTTE CONTRE LA TRAITE DES PERSONNES', ''];
  for (let number = 1; number <= 100; number++) {
    if ((number - 1) % 20 === 0) lines.push(`CHAPITRE ${(number - 1) / 20 + 1} : DISPOSITIONS`, '');
    lines.push(`Article ${number} : ${articles[(number - 1) % articles.length] ?? ''}`, '');
  }
  return lines.join('\n');
}

/**
 * What the service does when a drafter opens the coverage of a 100-article draft: the draft
 * as a bill, the engine on it against the whole catalogue, and the comparison with the law in
 * force. The law in force is analysed beforehand, as the project's stored analysis is.
 */
function reanalyseHundred(): Promise<CaseResult> {
  const catalogue = loadCatalogue();
  const law = parseLaw(hundredArticleLaw(), { language: 'fr' }).document;
  const before = analyse(catalogue, [law]).findings;
  const copied = draftFromLaw(law, { title: 'Projet de loi portant révision' });
  // Every fifth article linked by a drafter to an obligation and a recommendation.
  const obligationIds = catalogue.obligations.map((obligation) => obligation.id);
  const draft: DraftDocument = {
    ...copied,
    body: copied.body.map((division) => ({
      ...division,
      children: division.children.map((node, i) =>
        node.kind === 'article' && i % 5 === 0
          ? {
              ...node,
              obligationIds: [obligationIds[i % obligationIds.length] ?? ''],
              recommendationIds: [`R${i}`],
            }
          : node,
      ),
    })),
  };
  const recommendations = Array.from({ length: 20 }, (_, i) => ({
    id: `R${i}`,
    label: `R${i}`,
    title: `Recommendation ${i}`,
    obligationIds: [],
  }));
  let articles = 0;
  let regressions = -1;
  const timing = measure(() => {
    const converted = draftToLegalDocument(draft, { placeholders: 'omit' });
    const after = analyse(catalogue, [converted.document]);
    const numbers = numberDraft(draft);
    const listed = listDraftArticles(draft);
    articles = listArticles(converted.document).length;
    const result = compareCoverage({
      catalogue,
      obligations: catalogue.obligations,
      before,
      after,
      draftDocument: 0,
      keyOfEId: converted.keyOfEId,
      articles: listed.map((article) => ({
        key: article.key,
        label: numbers.get(article.key)?.label ?? article.key,
        placeholder: article.placeholder,
        recommendationIds: article.recommendationIds,
        obligationIds: article.obligationIds,
      })),
      recommendations,
    });
    regressions = result.regressions.length;
  }, 20);
  return Promise.resolve({
    name: 'drafting-reanalysis-100-articles',
    figures: {
      articles,
      obligations: catalogue.obligations.length,
      regressions,
      median_ms: round(timing.median),
      p95_ms: round(timing.p95),
    },
    target:
      'median under 150 ms: the draft as a bill, the engine on it against the whole catalogue, coverage compared with the law in force (analysed beforehand, as stored by the project)',
    met: timing.median < 150 && articles === 100 && regressions === 0,
  });
}

/** The drafting benchmark cases by name. */
export const DRAFTING_CASES: Readonly<Record<string, () => Promise<CaseResult>>> = {
  'drafting-diff-200-articles': diffTwoHundred,
  'drafting-reanalysis-100-articles': reanalyseHundred,
};
