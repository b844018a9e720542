import type { LegalDocument } from '../model/legal-document.js';
import { EMPTY_META } from '../model/legal-document.js';
import type { DraftDocument } from './draft-document.js';
import { draftLanguage } from './draft-numbering.js';
import { KeyMint } from './draft-tree.js';
import { legalTreeToDraft } from './legal-tree-to-draft.js';

/**
 * A draft that starts as a copy of the law in force: the same divisions, articles,
 * paragraphs and items, each article's `origin` the eId of the article copied (so the
 * comparative table aligns them), numbers dropped and recomputed in the styles of the law's
 * lists (items "1°, 2°" stay so, and so does an untouched copy in the table), the law's own
 * "article N" mentions turned into cross-references, preamble and final formula kept.
 * The bill has no number, year or date yet; annexes are not copied.
 *
 * @example draftFromLaw(lawInForce, { title: 'Projet de loi portant révision…' }).body.length
 */
export function draftFromLaw(law: LegalDocument, input: { readonly title: string }): DraftDocument {
  const mint = new KeyMint(1);
  // A law whose language was not recognised is drafted in English, as numbered.
  const language = draftLanguage(law);
  const body = legalTreeToDraft(law.body, {
    parentKind: null,
    numbering: law.numbering,
    sourceNumbering: law.numbering,
    language,
    mint,
    rev: 0,
    keepOrigin: true,
  });
  return {
    meta: {
      ...EMPTY_META,
      docType: 'bill',
      country: law.meta.country,
      language,
      title: input.title.trim(),
    },
    numbering: law.numbering,
    preamble: law.preamble,
    body,
    conclusions: law.conclusions,
    nextKey: mint.nextKey,
  };
}
