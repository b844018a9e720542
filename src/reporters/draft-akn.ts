import type { LegalDocument } from '../core/model/legal-document.js';
import { toAkomaNtoso } from './akn.js';
import { isPlaceholderArticle } from './draft-placeholder.js';

/** What a caller may add: the date of the version exported, when the draft has none of its own. */
export interface DraftAknOptions {
  /** `YYYY-MM-DD`: the expression date of the FRBR URIs ("fra@2026-12-12"). */
  readonly date?: string;
}

/** The `docStatus` of the preface: the text is a draft, not law. */
const DOC_STATUS: Readonly<Record<string, string>> = { fr: 'Projet', en: 'Draft' };

/**
 * A draft as an Akoma Ntoso 3.0 `bill`, valid against the OASIS schema: the document
 * element is `bill`, the FRBR URIs say `/bill/` (`/akn/ml/bill/2026/nn/fra@2026-12-12`), the
 * preface carries `docStatus` "Projet"/"Draft", and articles still to be drafted (placeholders
 * kept with their "[À rédiger]" marker) are marked `status="incomplete"`. The caller passes
 * `draftToLegalDocument(draft, …).document`; text is escaped by the writer and no entity is
 * declared, so the file is as safe to open as any LexAlign export.
 *
 * @example draftToAkomaNtoso(draftToLegalDocument(draft, { placeholders: 'keep' }).document).includes('<bill name="bill">') // true
 */
export function draftToAkomaNtoso(document: LegalDocument, options: DraftAknOptions = {}): string {
  const given = /^\d{4}-\d{2}-\d{2}$/.test(options.date ?? '') ? (options.date ?? '') : '';
  const date = document.meta.date || given;
  const meta = {
    ...document.meta,
    docType: 'bill',
    date,
    year: document.meta.year || date.slice(0, 4),
  };
  return toAkomaNtoso(
    { ...document, meta },
    {
      docStatus: DOC_STATUS[meta.language] ?? 'Draft',
      incomplete: (node) => node.kind === 'article' && isPlaceholderArticle(node),
    },
  );
}
