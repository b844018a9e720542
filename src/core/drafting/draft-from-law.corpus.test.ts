import { describe, expect, it } from 'vitest';
import { importJusticeCanadaXml } from '../../importers/justice-canada-xml.js';
import { readFileSync } from 'node:fs';
import { readCorpus, repoPath } from '../../testing/shared-corpus.js';
import { listArticles } from '../model/legal-document.js';
import { parseLaw } from '../parse/parse-law.js';
import { renderArticleBody } from './article-body.js';
import { compareArticles } from './compare-articles.js';
import { referencedKeys } from './cross-references.js';
import { draftComparableArticles } from './draft-articles.js';
import { draftFromLaw } from './draft-from-law.js';
import { applyDraftEdit } from './edit-draft.js';
import { numberDraft } from './draft-numbering.js';
import { listDraftArticles, walkDraft } from './draft-tree.js';
import { lawComparableArticles } from './law-articles.js';

/** How many articles of each kind of change an untouched copy of the law shows in the table. */
function copyComparison(law: ReturnType<typeof parseLaw>['document']): Record<string, number> {
  const copy = draftFromLaw(law, { title: 'Projet de loi' });
  const { counts } = compareArticles(lawComparableArticles(law), draftComparableArticles(copy));
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}

const text = (relative: string): string => new TextDecoder().decode(readCorpus(relative));

/** Cameroon, Loi n°2005/015, as "Article N : …" lines (as parse-law.corpus.test.ts reads it). */
function cameroonText(): string {
  // The seed files are JSON written by one scraper; only these two fields are read.
  const seed = JSON.parse(text('laws/cm/loi-2005-015-trafic-des-enfants.json')) as {
    provisions: { section: string; content: string }[];
  };
  const lines = seed.provisions.map(
    (provision) => `Article ${provision.section} : ${provision.content}`,
  );
  return `Loi n° 2005/015 du 29 décembre 2005 relative à la lutte contre le trafic et la traite des enfants\n\n${lines.join('\n')}`;
}

describe('draftFromLaw on Cameroon, Loi n°2005/015', () => {
  const law = parseLaw(cameroonText()).document;
  const draft = draftFromLaw(law, { title: 'Projet de loi relative à la traite des personnes' });
  const articles = listDraftArticles(draft);

  it('copies the 9 articles with their eIds and numbers them 1er to 9', () => {
    const numbers = numberDraft(draft);
    expect(articles.map((article) => article.origin)).toEqual(
      listArticles(law).map((article) => article.eId),
    );
    expect(articles.map((article) => numbers.get(article.key)?.num)).toEqual([
      '1er',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('compares unchanged with the law: its 9 articles, lists "a." and "b)" included', () => {
    expect(copyComparison(law)).toEqual({ unchanged: 9 });
  });

  it('leaves the references to the Penal Code as words', () => {
    expect(renderArticleBody(draft, articles[5]?.key ?? '')).toContain(
      'peines accessoires prévues par l’article 30 du Code Pénal',
    );
    const tokens = [...walkDraft(draft.body)].flatMap((node) => referencedKeys(node.text));
    expect(tokens).toEqual([]);
  });
});

describe('draftFromLaw on Canada, Immigration and Refugee Protection Act (French XML)', () => {
  const law = importJusticeCanadaXml(readCorpus('laws/ca/irpa-I-2.5_fr.xml'), {
    fileName: 'irpa-I-2.5_fr.xml',
  }).document;
  const draft = draftFromLaw(law, { title: 'Projet de loi' });
  const articles = listDraftArticles(draft);
  const numbers = numberDraft(draft);
  const byOrigin = (suffix: string) => articles.find((article) => article.origin.endsWith(suffix));

  it('copies the 324 sections, renumbered 1 to 324 (decimal sections "10.1" included)', () => {
    expect(articles).toHaveLength(324);
    expect(numbers.get(byOrigin('__sec_20')?.key ?? '')?.num).toBe('34');
  });

  it('points "l’article 19" of section 20 to the copy of section 19, now article 33', () => {
    const section19 = byOrigin('__sec_19');
    const section20 = byOrigin('__sec_20');
    expect(section20?.children[0]?.text).toContain(
      `l’article {{art:${section19?.key}}} qui cherche`,
    );
    expect(renderArticleBody(draft, section20?.key ?? '')).toContain(
      'L’étranger non visé à l’article 33 qui cherche à entrer au Canada',
    );
  });

  it('keeps references to other Acts as words', () => {
    // Section 16(4) cites "l’article 15 de la Loi sur le Service canadien du renseignement de sécurité".
    const section16 = byOrigin('__sec_16');
    expect(renderArticleBody(draft, section16?.key ?? '')).toContain(
      'l’article 15 de la Loi sur le Service canadien du renseignement de sécurité',
    );
  });
});

describe('draftFromLaw on the demo law (Mali, loi n°2012-023, items "1°")', () => {
  // The corpus holds no French law with "1°" items (Cameroon letters its lists); the demo law
  // of the examples does, in articles 3, 16 and 21.
  const law = parseLaw(
    readFileSync(repoPath('examples/laws/ml-loi-traite-2012.txt'), 'utf8'),
  ).document;
  const draft = draftFromLaw(law, { title: 'Projet de loi portant révision de la loi n°2012-023' });
  const article3 = listDraftArticles(draft)[2];

  it('keeps the "1°" items of article 3 and every one of the 41 articles compares unchanged', () => {
    expect(renderArticleBody(draft, article3?.key ?? '')).toMatch(
      /\n1° traite des personnes : [^\n]+\n2° exploitation : [^\n]+\n3° enfant/,
    );
    expect(copyComparison(law)).toEqual({ unchanged: 41 });
  });

  it('renumbers 1°, 2°… when an item is deleted and the rest sent back as shown', () => {
    const shown = renderArticleBody(draft, article3?.key ?? '');
    const without = shown
      .split('\n')
      .filter((line) => !line.startsWith('2° exploitation'))
      .join('\n');
    const edited = applyDraftEdit(
      draft,
      { op: 'update', key: article3?.key ?? '', body: without },
      { baseRevision: 0, revision: 1 },
    );
    const after =
      edited.status === 'applied' ? renderArticleBody(edited.document, article3?.key ?? '') : '';
    expect(after.match(/^\d+°/gm)).toEqual(['1°', '2°', '3°', '4°', '5°']);
    expect(after).toContain('\n2° enfant : toute personne âgée de moins de dix-huit ans ;');
  });
});
