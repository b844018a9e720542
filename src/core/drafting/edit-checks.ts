import type { DraftDivisionKind, DraftDocument, DraftEdit, DraftNode } from './draft-document.js';
import type { DraftPlace } from './draft-tree.js';
import { numberDraft } from './draft-numbering.js';
import { isDivisionKind, locateDraftNode, walkDraft } from './draft-tree.js';

/*
 * What every edit checks first: that the unit it targets still exists, is an article or a
 * division, and was not changed by someone else since the editor read the draft.
 */

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

export type Edit<TOp extends DraftEdit['op']> = Extract<DraftEdit, { op: TOp }>;

export const invalid = (key: string | null, message: string): EditOutcome => ({
  status: 'invalid',
  key,
  message,
});
export const applied = (
  document: DraftDocument,
  changed: readonly (string | null)[],
): EditOutcome => ({
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
export const kindName = (kind: DraftNode['kind'] | null): string =>
  kind === null ? 'The top of the draft' : KIND_NAMES[kind];

const UNIT_WORDS: Readonly<Record<'title' | 'chapter', string>> = {
  title: 'Title',
  chapter: 'Chapter',
};

/**
 * A unit as a message names it, by its number today: "Chapter II", "Article 5" ("Section 5",
 * "Subpart 2" in a section-numbered draft); "The top of the draft" for null.
 */
export function placeName(doc: DraftDocument, node: DraftNode | null): string {
  if (node === null) return 'The top of the draft';
  const num = numberDraft(doc).get(node.key)?.num ?? '';
  const sectioned = doc.numbering === 'section';
  switch (node.kind) {
    case 'article':
      return `${sectioned ? 'Section' : 'Article'} ${num}`;
    case 'section':
      return `${sectioned ? 'Subpart' : 'Section'} ${num}`;
    case 'title':
    case 'chapter':
      return `${UNIT_WORDS[node.kind]} ${num}`;
    default:
      return `The ${node.kind} ${node.key}`;
  }
}

/**
 * The unit an edit targets, or why the edit stops there: a unit that no longer exists, a
 * paragraph (edited through its article), or a conflict when it changed after `baseRevision`.
 * `subtree`: any unit inside counts too (deleting a chapter would lose their edits).
 */
export function target(
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

export const isOutcome = (value: DraftPlace | EditOutcome): value is EditOutcome =>
  'status' in value;

/** The parent an insert, move or paste goes into; null is the top of the body. */
export function destination(
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
    return invalid(
      parentKey,
      `${placeName(doc, place.node)} cannot hold titles, chapters or articles`,
    );
  }
  return { parent: place.node, kind };
}

export const clampIndex = (index: number, length: number): number =>
  Math.max(0, Math.min(Math.trunc(index), length));
