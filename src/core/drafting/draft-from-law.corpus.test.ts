import { describe, expect, it } from 'vitest';
import { importJusticeCanadaXml } from '../../importers/justice-canada-xml.js';
import { readCorpus } from '../../testing/shared-corpus.js';
import { listArticles } from '../model/legal-document.js';
import { parseLaw } from '../parse/parse-law.js';
import { renderArticleBody } from './article-body.js';
import { referencedKeys } from './cross-references.js';
import { draftFromLaw } from './draft-from-law.js';
import { numberDraft } from './draft-numbering.js';
import { listDraftArticles, walkDraft } from './draft-tree.js';

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
