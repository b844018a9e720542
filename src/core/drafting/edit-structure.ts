import { bodyNodes, parseArticleBody } from './article-body.js';
import type { DraftDocument, DraftNode } from './draft-document.js';
import type { Edit, EditContext, EditOutcome } from './edit-checks.js';
import {
  applied,
  clampIndex,
  destination,
  invalid,
  isOutcome,
  kindName,
  placeName,
  target,
} from './edit-checks.js';
import {
  KeyMint,
  canContain,
  isDivisionKind,
  makeDraftNode,
  replaceChildren,
  walkDraft,
} from './draft-tree.js';
import { pasteText } from './paste-text.js';

/** Edits that change the tree's shape: insert, delete, move and paste. */

export function insertUnit(
  doc: DraftDocument,
  edit: Edit<'insert'>,
  context: EditContext,
): EditOutcome {
  const into = destination(doc, edit.parentKey);
  if ('status' in into) return into;
  const parentKind = into.parent?.kind ?? null;
  if (!canContain(parentKind, edit.kind)) {
    return invalid(
      edit.parentKey,
      `${placeName(doc, into.parent)} cannot hold ${kindName(edit.kind).toLowerCase()}`,
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

export function deleteUnit(
  doc: DraftDocument,
  edit: Edit<'delete'>,
  context: EditContext,
): EditOutcome {
  const place = target(doc, edit.key, { baseRevision: context.baseRevision, subtree: true });
  if (isOutcome(place)) return place;
  const parentKey = place.parent?.key ?? null;
  const document = replaceChildren(doc, parentKey, {
    children: (list) => list.filter((node) => node.key !== edit.key),
    rev: context.revision,
  });
  return applied(document, [edit.key, parentKey]);
}

/**
 * `index` is the place in the destination's list once the unit has left its old place, so
 * moving the first of three articles to index 2 makes it the last.
 */
export function moveUnit(
  doc: DraftDocument,
  edit: Edit<'move'>,
  context: EditContext,
): EditOutcome {
  const place = target(doc, edit.key, { baseRevision: context.baseRevision, subtree: false });
  if (isOutcome(place)) return place;
  const into = destination(doc, edit.parentKey);
  if ('status' in into) return into;
  const { node } = place;
  const inside = [...walkDraft([node])].some((unit) => unit.key === edit.parentKey);
  if (inside) return invalid(edit.key, `${placeName(doc, node)} cannot be moved inside itself`);
  const parentKind = into.parent?.kind ?? null;
  if (!canContain(parentKind, node.kind)) {
    return invalid(edit.key, `${placeName(doc, into.parent)} cannot hold ${placeName(doc, node)}`);
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

export function pasteUnits(
  doc: DraftDocument,
  edit: Edit<'paste'>,
  context: EditContext,
): EditOutcome {
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
