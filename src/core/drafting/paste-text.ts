import { listArticles } from '../model/legal-document.js';
import { parseLaw } from '../parse/parse-law.js';
import type { DraftDivisionKind, DraftDocument, DraftNode } from './draft-document.js';
import { draftLanguage } from './draft-numbering.js';
import type { KeyMint } from './draft-tree.js';
import { legalTreeToDraft } from './legal-tree-to-draft.js';

/**
 * Plain text (an excerpt of a law, a colleague's proposal) read by the importer's parser and
 * turned into draft units to insert under a parent of kind `parentKind`. Only the body is
 * kept: a title, visas or signatures in the pasted text are left out. References between the
 * pasted articles ("l'article 3" of the excerpt) become tokens; [] when no article was found.
 *
 * @example pasteText('Article 1er : …\nArticle 2 : …', { doc, parentKind: null, mint, rev: 3 }).length // 2
 */
export function pasteText(
  text: string,
  context: {
    readonly doc: DraftDocument;
    readonly parentKind: DraftDivisionKind | null;
    readonly mint: KeyMint;
    readonly rev: number;
  },
): DraftNode[] {
  const { document } = parseLaw(text, { language: draftLanguage(context.doc) });
  if (listArticles(document).length === 0) return [];
  return legalTreeToDraft(document.body, {
    parentKind: context.parentKind,
    numbering: context.doc.numbering,
    sourceNumbering: document.numbering,
    language: draftLanguage(context.doc),
    mint: context.mint,
    rev: context.rev,
    keepOrigin: false,
  });
}
