import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../services/catalogue-files.js';
import { renderArticleBody } from './article-body.js';
import { draftOutline } from './draft-outline.js';
import { draftProblems } from './draft-problems.js';
import { draftToLegalDocument } from './draft-to-legal-document.js';
import { listDraftArticles } from './draft-tree.js';

const catalogue = loadCatalogue();

describe('draftOutline', () => {
  const input = {
    title: 'Projet de loi relative à la lutte contre la traite des personnes',
    language: 'fr' as const,
    country: 'ml',
    catalogue,
    obligationIds: ['UNTOC.10.1', 'TIP.5.1', 'TIP.3.a', 'SOM.6.1.a', 'NOT.AN.OBLIGATION'],
    recommendations: [
      { id: 'rec-1', obligationIds: ['TIP.5.1', 'TIP.3.a'] },
      { id: 'rec-2', obligationIds: ['TIP.5.1'] },
    ],
  };
  const draft = draftOutline(input);

  it('lays out one chapter per theme in a law’s order, one placeholder per obligation', () => {
    expect(draft.body.map((chapter) => [chapter.kind, chapter.heading])).toEqual([
      ['chapter', 'Définitions'],
      ['chapter', 'Incriminations'],
      ['chapter', 'Responsabilité des personnes morales'],
    ]);
    const articles = listDraftArticles(draft);
    expect(articles.map((article) => article.obligationIds)).toEqual([
      ['TIP.3.a'],
      ['TIP.5.1'],
      ['SOM.6.1.a'],
      ['UNTOC.10.1'],
    ]);
    expect(articles.every((article) => article.placeholder)).toBe(true);
    expect(articles[1]).toMatchObject({
      heading: 'Incrimination',
      recommendationIds: ['rec-1', 'rec-2'],
    });
    expect(articles[2]?.recommendationIds).toEqual([]);
    expect(draft.meta).toMatchObject({ docType: 'bill', language: 'fr', country: 'ml' });
  });

  it('sets definitions first and victims after procedure, whatever the catalogue’s order', () => {
    const outline = draftOutline({
      ...input,
      obligationIds: ['TIP.6.1', 'UNTOC.12.1.b', 'UNTOC.24.2', 'TIP.3.a'],
    });
    expect(outline.body.map((chapter) => chapter.heading)).toEqual([
      'Définitions',
      'Procédure',
      'Confiscation et saisie',
      'Protection des victimes',
    ]);
  });

  it('says in each placeholder that it is to be drafted, with the obligation’s summary', () => {
    const [, offence] = listDraftArticles(draft);
    expect(renderArticleBody(draft, offence?.key ?? '')).toMatch(
      /^\[À rédiger\] Disposition mettant en œuvre TIP\.5\.1 : La loi doit ériger en infraction pénale/,
    );
    expect(draftProblems(draft).map((problem) => problem.code)).toEqual([
      'placeholder',
      'placeholder',
      'placeholder',
      'placeholder',
    ]);
  });

  it('is in English for an English draft', () => {
    const english = draftOutline({ ...input, language: 'en' });
    expect(english.body.map((chapter) => chapter.heading)).toEqual([
      'Definitions',
      'Offences',
      'Liability of legal persons',
    ]);
    const { document } = draftToLegalDocument(english, { placeholders: 'keep' });
    expect(document.body[0]?.children[0]?.text).toMatch(
      /^\[To be drafted\] Provision implementing TIP\.3\.a: /,
    );
  });
});
