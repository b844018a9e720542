import type { Numbering } from '../model/legal-document.js';
import { EMPTY_META } from '../model/legal-document.js';
import type { DraftDocument } from './draft-document.js';

/** What a new draft needs: its title, language and country. */
export interface BlankDraftInput {
  readonly title: string;
  readonly language: 'fr' | 'en';
  /** ISO 3166-1 alpha-2, lower case; '' when unknown. */
  readonly country: string;
  /** Articles ("Article 5") by default; `section` for a Commonwealth-style act ("Section 5"). */
  readonly numbering?: Numbering;
}

/**
 * An empty bill: no preamble, no article, keys starting at `n1`.
 *
 * @example createBlankDraft({ title: 'Loi relative à la traite des personnes', language: 'fr', country: 'ml' }).meta.docType // 'bill'
 */
export function createBlankDraft(input: BlankDraftInput): DraftDocument {
  return {
    meta: {
      ...EMPTY_META,
      docType: 'bill',
      country: input.country.trim().toLowerCase(),
      language: input.language,
      title: input.title.trim(),
    },
    numbering: input.numbering ?? 'article',
    preamble: [],
    body: [],
    conclusions: [],
    nextKey: 1,
  };
}
