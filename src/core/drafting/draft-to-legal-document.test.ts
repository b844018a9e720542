import { describe, expect, it } from 'vitest';
import { findByEId, listArticles, provisionText } from '../model/legal-document.js';
import type { DraftDocument } from './draft-document.js';
import { draftToLegalDocument } from './draft-to-legal-document.js';
import { applyEdits, article, division, draftWith } from './testing/draft-builder.js';

/** Chapter n1 { n2: one paragraph with points; n6: placeholder }, then n8: two paragraphs citing n2. */
function sample(): DraftDocument {
  const doc = draftWith('fr', [
    division(null, 'chapter', 'Incriminations'),
    article('n1', 'Est puni :\na) le recrutement ;\nb) le transport.', 'Traite'),
    article('n1', 'Texte à venir.', 'Tentative'),
    article(null, "Premier alinéa.\nLes peines de l'article 1er sont doublées.", 'Aggravation'),
  ]);
  return {
    ...doc,
    body: doc.body.map((node) =>
      node.key === 'n1'
        ? {
            ...node,
            children: node.children.map((child) =>
              child.key === 'n6' ? { ...child, placeholder: true } : child,
            ),
          }
        : node,
    ),
  };
}

describe('draftToLegalDocument', () => {
  it('fills in numbers and eIds, reads references as numbers and maps eIds back to keys', () => {
    const { document, keyOfEId } = draftToLegalDocument(sample(), { placeholders: 'keep' });
    expect(document.meta.docType).toBe('bill');
    expect(listArticles(document).map((node) => [node.eId, node.num])).toEqual([
      ['chp_1__art_1', '1er'],
      ['chp_1__art_2', '2'],
      ['art_3', '3'],
    ]);
    // A one-paragraph article reads as the parser reads one: its words, then its points.
    expect(findByEId(document, 'chp_1__art_1')?.text).toBe('Est puni :');
    expect(findByEId(document, 'chp_1__art_1__point_a')?.num).toBe('a)');
    expect(provisionText(findByEId(document, 'art_3') ?? document.body[0]!)).toBe(
      "3\nPremier alinéa.\nLes peines de l'article 1er sont doublées.",
    );
    expect(keyOfEId.get('chp_1')).toBe('n1');
    expect(keyOfEId.get('chp_1__art_1')).toBe('n2');
    expect(keyOfEId.get('chp_1__art_1__point_a')).toBe('n4');
    expect(keyOfEId.get('art_3')).toBe('n8');
    expect(keyOfEId.get('art_3__para_2')).toBe('n10');
  });

  it('marks a kept placeholder as to be drafted, and leaves it out on request', () => {
    const kept = draftToLegalDocument(sample(), { placeholders: 'keep' }).document;
    expect(findByEId(kept, 'chp_1__art_2')?.text).toBe('[À rédiger] Texte à venir.');
    const { document, keyOfEId } = draftToLegalDocument(sample(), { placeholders: 'omit' });
    expect(listArticles(document).map((node) => node.num)).toEqual(['1er', '3']);
    expect([...keyOfEId.values()]).not.toContain('n6');
  });

  it('numbers subsections (1), (2) in a section-numbered draft', () => {
    const doc = applyEdits(draftWith('en', [], 'section'), [article(null, 'First.\nSecond.')]);
    const { document } = draftToLegalDocument(doc, { placeholders: 'omit' });
    expect(listArticles(document)[0]?.children.map((child) => [child.eId, child.num])).toEqual([
      ['sec_1__subsec_1', '(1)'],
      ['sec_1__subsec_2', '(2)'],
    ]);
  });
});
