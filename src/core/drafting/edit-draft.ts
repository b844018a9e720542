import { bodyNodes, parseArticleBody } from './article-body.js';
import type { DraftDivisionKind, DraftDocument, DraftEdit, DraftNode } from './draft-document.js';
import type { DraftPlace } from './draft-tree.js';
import {
  KeyMint,
  canContain,
  isDivisionKind,
  locateDraftNode,
  makeDraftNode,
  replaceChildren,
  replaceDraftNode,
  walkDraft,
} from './draft-tree.js';
import { pasteText } from './paste-text.js';

/**
 * What became of an edit: applied (the new document, and the keys of the articles and
 * divisions it changed), refused because someone changed the same unit since the editor's
 * `baseRevision`, or refused because it cannot apply (a unit that no longer exists, a title
 * inside a chapter…). Nothing is thrown.
 */
export type EditOutcome =
  | { status: 'applied'; document: DraftDocument; changed: readonly string[] }
  | { status: 'conflict'; key: string }
  | { status: 'invalid'; key: string | null; message: string };

/**
 * `baseRevision`: the draft's revision the editor last read; `revision`: the one this edit
 * makes (stored as the `rev` of every unit it changes).
 */
export interface EditContext {
  readonly baseRevision: number;
  readonly revision: number;
}

type Edit<TOp extends DraftEdit['op']> = Extract<DraftEdit, { op: TOp }>;

const invalid = (key: string | null, message: string): EditOutcome => ({
  status: 'invalid',
  key,
  message,
});
const applied = (document: DraftDocument, changed: readonly (string | null)[]): EditOutcome => ({
  status: 'applied',
  document,
  changed: changed.filter((key): key is string => key !== null),
});

const KIND_NAMES: Readonly<Record<DraftNode['kind'], string>> = {
  title: 'A title',
  chapter: 'A chapter',
  section: 'A section',
  article: 'An article',
  paragraph: 'A paragraph',
  point: 'A point',
  subpoint: 'A subpoint',
};
const kindName = (kind: DraftNode['kind'] | null): string =>
  kind === null ? 'The top of the draft' : KIND_NAMES[kind];

/**
 * The unit an edit targets, or why the edit stops there: a unit that no longer exists, a
 * paragraph (edited through its article), or a conflict when it changed after `baseRevision`.
 * `subtree`: any unit inside counts too (deleting a chapter would lose their edits).
 */
function target(
  doc: DraftDocument,
  key: string,
  check: { baseRevision: number; subtree: boolean },
): DraftPlace | EditOutcome {
  const place = locateDraftNode(doc, key);
  if (place === undefined) {
    return invalid(key, `${key} no longer exists in the draft: someone deleted it`);
  }
  const { node } = place;
  if (node.kind !== 'article' && !isDivisionKind(node.kind)) {
    return invalid(key, `${key} is a ${node.kind}: edit the wording of its article instead`);
  }
  const units = check.subtree ? [node, ...walkDraft(node.children)] : [node];
  const changed = units.find((unit) => unit.rev > check.baseRevision);
  if (changed === undefined) return place;
  // A paragraph's change is its article's: report the unit the editor shows.
  const shown = changed.kind === 'article' || isDivisionKind(changed.kind) ? changed : node;
  return { status: 'conflict', key: shown.key };
}

const isOutcome = (value: DraftPlace | EditOutcome): value is EditOutcome => 'status' in value;

/** The parent an insert, move or paste goes into; null is the top of the body. */
function destination(
  doc: DraftDocument,
  parentKey: string | null,
): { parent: DraftNode | null; kind: DraftDivisionKind | null } | EditOutcome {
  if (parentKey === null) return { parent: null, kind: null };
  const place = locateDraftNode(doc, parentKey);
  if (place === undefined) {
    return invalid(parentKey, `${parentKey} no longer exists in the draft: someone deleted it`);
  }
  const kind = place.node.kind;
  if (kind !== 'title' && kind !== 'chapter' && kind !== 'section') {
    return invalid(parentKey, `${kindName(kind)} cannot hold titles, chapters or articles`);
  }
  return { parent: place.node, kind };
}

const clampIndex = (index: number, length: number): number =>
  Math.max(0, Math.min(Math.trunc(index), length));

function insertUnit(doc: DraftDocument, edit: Edit<'insert'>, context: EditContext): EditOutcome {
  const into = destination(doc, edit.parentKey);
  if ('status' in into) return into;
  const parentKind = into.parent?.kind ?? null;
  if (!canContain(parentKind, edit.kind)) {
    return invalid(
      edit.parentKey,
      `${kindName(parentKind)} cannot hold ${kindName(edit.kind).toLowerCase()}`,
    );
  }
  if (edit.kind !== 'article' && edit.body.trim() !== '') {
    return invalid(
      null,
      `${kindName(edit.kind)} has no wording of its own: write it in an article`,
    );
  }
  const mint = new KeyMint(doc.nextKey);
  const key = mint.key();
  const children =
    edit.kind === 'article'
      ? bodyNodes(parseArticleBody(doc, edit.body), { previous: [], mint, rev: context.revision })
      : [];
  const node = makeDraftNode({
    key,
    kind: edit.kind,
    heading: edit.heading.trim(),
    children,
    rev: context.revision,
  });
  const document = replaceChildren(doc, edit.parentKey, {
    children: (list) => [
      ...list.slice(0, clampIndex(edit.index, list.length)),
      node,
      ...list.slice(clampIndex(edit.index, list.length)),
    ],
    rev: context.revision,
  });
  return applied({ ...document, nextKey: mint.nextKey }, [key, edit.parentKey]);
}

function updateUnit(doc: DraftDocument, edit: Edit<'update'>, context: EditContext): EditOutcome {
  const place = target(doc, edit.key, { baseRevision: context.baseRevision, subtree: false });
  if (isOutcome(place)) return place;
  const { node } = place;
  if (node.kind !== 'article' && edit.body !== undefined && edit.body.trim() !== '') {
    return invalid(
      edit.key,
      `${kindName(node.kind)} has no wording of its own: write it in an article`,
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

function deleteUnit(doc: DraftDocument, edit: Edit<'delete'>, context: EditContext): EditOutcome {
  const place = target(doc, edit.key, { baseRevision: context.baseRevision, subtree: true });
  if (isOutcome(place)) return place;
  const parentKey = place.parent?.key ?? null;
  const document = replaceChildren(doc, parentKey, {
    children: (list) => list.filter((node) => node.key !== edit.key),
    rev: context.revision,
  });
  return applied(document, [edit.key, parentKey]);
}

function moveUnit(doc: DraftDocument, edit: Edit<'move'>, context: EditContext): EditOutcome {
  const place = target(doc, edit.key, { baseRevision: context.baseRevision, subtree: false });
  if (isOutcome(place)) return place;
  const into = destination(doc, edit.parentKey);
  if ('status' in into) return into;
  const { node } = place;
  const inside = [...walkDraft([node])].some((unit) => unit.key === edit.parentKey);
  if (inside) return invalid(edit.key, `${kindName(node.kind)} cannot be moved inside itself`);
  const parentKind = into.parent?.kind ?? null;
  if (!canContain(parentKind, node.kind)) {
    return invalid(
      edit.key,
      `${kindName(parentKind)} cannot hold ${kindName(node.kind).toLowerCase()}`,
    );
  }
  const fromKey = place.parent?.key ?? null;
  const siblings = (into.parent?.children ?? doc.body).filter((unit) => unit.key !== edit.key);
  const index = clampIndex(edit.index, siblings.length);
  if (fromKey === edit.parentKey && index === place.index) return applied(doc, []);
  const removed = replaceChildren(doc, fromKey, {
    children: (list) => list.filter((unit) => unit.key !== edit.key),
    rev: context.revision,
  });
  const moved: DraftNode = { ...node, rev: context.revision };
  const document = replaceChildren(removed, edit.parentKey, {
    children: (list) => [...list.slice(0, index), moved, ...list.slice(index)],
    rev: context.revision,
  });
  return applied(document, [edit.key, fromKey, fromKey === edit.parentKey ? null : edit.parentKey]);
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
    return invalid(edit.key, `${kindName(place.node.kind)} cannot be linked: link its articles`);
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

function pasteUnits(doc: DraftDocument, edit: Edit<'paste'>, context: EditContext): EditOutcome {
  const into = destination(doc, edit.parentKey);
  if ('status' in into) return into;
  const mint = new KeyMint(doc.nextKey);
  const pasted = pasteText(edit.text, {
    doc,
    parentKind: into.kind,
    mint,
    rev: context.revision,
  });
  if (pasted.length === 0) {
    return invalid(edit.parentKey, 'No article or section heading was found in the pasted text');
  }
  const document = replaceChildren(doc, edit.parentKey, {
    children: (list) => {
      const index = clampIndex(edit.index, list.length);
      return [...list.slice(0, index), ...pasted, ...list.slice(index)];
    },
    rev: context.revision,
  });
  const changed = [...walkDraft(pasted)]
    .filter((unit) => unit.kind === 'article' || isDivisionKind(unit.kind))
    .map((unit) => unit.key);
  return applied({ ...document, nextKey: mint.nextKey }, [...changed, edit.parentKey]);
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

/**
 * Applies one edit of the editor to the draft. Conflict rule: the unit an update, delete,
 * move or link targets must not have changed after `baseRevision` (for a delete, nothing
 * inside it either); edits of other units made since are kept, so two drafters working on
 * different articles never stop each other. Every unit the edit changes, and every parent
 * whose list of children changes, gets `rev = revision`. `changed` lists the articles and
 * divisions concerned (never paragraphs); [] when the edit changed nothing.
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
