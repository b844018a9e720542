import { bodyNodes, parseArticleBody, renderArticleBody } from './article-body.js';
import { scanReferences } from './cross-references.js';
import type { DraftDocument, DraftEdit, DraftNode } from './draft-document.js';
import { numberDraft } from './draft-numbering.js';
import { KeyMint, listDraftArticles, replaceDraftNode } from './draft-tree.js';
import type { Edit, EditContext, EditOutcome } from './edit-checks.js';
import { applied, invalid, isOutcome, placeName, target } from './edit-checks.js';
import { deleteUnit, insertUnit, moveUnit, pasteUnits } from './edit-structure.js';

export type { EditContext, EditOutcome } from './edit-checks.js';

/**
 * Whether wording typed at `baseRevision` cites articles by numbers that have changed since:
 * an article was inserted, deleted or moved before one of them after the editor read the
 * draft. Wording that cites no article of the draft, or that reads exactly as the article
 * shows today, is safe.
 */
function citesStaleNumbers(
  doc: DraftDocument,
  edit: Edit<'update'>,
  context: EditContext,
): boolean {
  if (edit.body === undefined || context.baseRevision >= (doc.numberingRevision ?? 0)) {
    return false;
  }
  const cites = scanReferences(edit.body, doc.numbering).some((reference) => !reference.external);
  return cites && edit.body.trim() !== renderArticleBody(doc, edit.key).trim();
}

function updateUnit(doc: DraftDocument, edit: Edit<'update'>, context: EditContext): EditOutcome {
  const place = target(doc, edit.key, { baseRevision: context.baseRevision, subtree: false });
  if (isOutcome(place)) return place;
  const { node } = place;
  // "l'article 5" typed against yesterday's numbers would point to today's article 5: the
  // drafter sees the article renumbered and sends it again, read against today's numbers.
  if (node.kind === 'article' && citesStaleNumbers(doc, edit, context)) {
    return { status: 'conflict', key: edit.key };
  }
  if (node.kind !== 'article' && edit.body !== undefined && edit.body.trim() !== '') {
    return invalid(
      edit.key,
      `${placeName(doc, node)} has no wording of its own: write it in an article`,
    );
  }
  const mint = new KeyMint(doc.nextKey);
  const children =
    node.kind === 'article' && edit.body !== undefined
      ? bodyNodes(parseArticleBody(doc, edit.body), {
          previous: node.children,
          mint,
          rev: context.revision,
        })
      : node.children;
  const bodyChanged =
    children.length !== node.children.length ||
    children.some((child, index) => child !== node.children[index]);
  const heading = edit.heading?.trim() ?? node.heading;
  const note = edit.note?.trim() ?? node.note;
  if (!bodyChanged && heading === node.heading && note === node.note) return applied(doc, []);
  const next: DraftNode = {
    ...node,
    heading,
    note,
    children,
    // Writing the wording of an outline's placeholder makes it a real article.
    placeholder: node.placeholder && !bodyChanged,
    rev: context.revision,
  };
  const body = replaceDraftNode(doc.body, edit.key, () => next);
  return applied({ ...doc, body, nextKey: mint.nextKey }, [edit.key]);
}

const distinct = (ids: readonly string[]): string[] => [
  ...new Set(ids.map((id) => id.trim()).filter((id) => id !== '')),
];
const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

function linkArticle(doc: DraftDocument, edit: Edit<'link'>, context: EditContext): EditOutcome {
  const place = target(doc, edit.key, { baseRevision: context.baseRevision, subtree: false });
  if (isOutcome(place)) return place;
  if (place.node.kind !== 'article') {
    return invalid(edit.key, `${placeName(doc, place.node)} cannot be linked: link its articles`);
  }
  const recommendationIds = distinct(edit.recommendationIds);
  const obligationIds = distinct(edit.obligationIds);
  const { node } = place;
  if (
    sameList(recommendationIds, node.recommendationIds) &&
    sameList(obligationIds, node.obligationIds)
  ) {
    return applied(doc, []);
  }
  const next: DraftNode = { ...node, recommendationIds, obligationIds, rev: context.revision };
  return applied({ ...doc, body: replaceDraftNode(doc.body, edit.key, () => next) }, [edit.key]);
}

function editMeta(doc: DraftDocument, edit: Edit<'meta'>): EditOutcome {
  const title = edit.title?.trim() ?? doc.meta.title;
  if (title === '') return invalid(null, 'The draft needs a title');
  const paragraphs = (
    list: readonly string[] | undefined,
    current: readonly string[],
  ): readonly string[] =>
    list === undefined
      ? current
      : list.map((entry) => entry.trim()).filter((entry) => entry !== '');
  const document: DraftDocument = {
    ...doc,
    meta: { ...doc.meta, title, shortTitle: edit.shortTitle?.trim() ?? doc.meta.shortTitle },
    preamble: paragraphs(edit.preamble, doc.preamble),
    conclusions: paragraphs(edit.conclusions, doc.conclusions),
  };
  return applied(document, []);
}

/** Whether an article present before and after the edit bears another number now. */
function articlesRenumbered(before: DraftDocument, after: DraftDocument): boolean {
  const old = numberDraft(before);
  const now = numberDraft(after);
  return listDraftArticles(after).some((article) => {
    const was = old.get(article.key);
    return was !== undefined && was.num !== now.get(article.key)?.num;
  });
}

/** Edits that may renumber articles: the document records their revision (`numberingRevision`). */
const RENUMBERING: ReadonlySet<DraftEdit['op']> = new Set(['insert', 'delete', 'move', 'paste']);

/**
 * Applies one edit of the editor to the draft. Conflict rule: the unit an update, delete,
 * move or link targets must not have changed after `baseRevision` (for a delete, nothing
 * inside it either); edits of other units made since are kept, so two drafters working on
 * different articles never stop each other. An update whose wording cites articles by
 * number is refused too when articles were renumbered after `baseRevision`
 * (`numberingRevision`, set here by any insert, delete, move or paste that changes the number
 * of an article already there). Every unit the edit changes, and every parent whose list of
 * children changes, gets `rev = revision`. `changed` lists the articles and divisions
 * concerned (never paragraphs); [] when the edit changed nothing.
 *
 * @example
 * applyDraftEdit(draft, { op: 'delete', key: 'n7' }, { baseRevision: 4, revision: 5 })
 * // { status: 'applied', document, changed: ['n7', 'n2'] }
 */
export function applyDraftEdit(
  doc: DraftDocument,
  edit: DraftEdit,
  context: EditContext,
): EditOutcome {
  const outcome = applyEdit(doc, edit, context);
  if (
    outcome.status !== 'applied' ||
    !RENUMBERING.has(edit.op) ||
    outcome.document === doc ||
    !articlesRenumbered(doc, outcome.document)
  ) {
    return outcome;
  }
  return { ...outcome, document: { ...outcome.document, numberingRevision: context.revision } };
}

function applyEdit(doc: DraftDocument, edit: DraftEdit, context: EditContext): EditOutcome {
  switch (edit.op) {
    case 'insert':
      return insertUnit(doc, edit, context);
    case 'update':
      return updateUnit(doc, edit, context);
    case 'delete':
      return deleteUnit(doc, edit, context);
    case 'move':
      return moveUnit(doc, edit, context);
    case 'link':
      return linkArticle(doc, edit, context);
    case 'paste':
      return pasteUnits(doc, edit, context);
    case 'meta':
      return editMeta(doc, edit);
  }
}
