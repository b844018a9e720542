import { createBlankDraft } from '../create-blank-draft.js';
import type { DraftDocument, DraftEdit } from '../draft-document.js';
import { applyDraftEdit } from '../edit-draft.js';
import type { EditOutcome } from '../edit-draft.js';

/** The document of an applied edit; any other outcome fails the test with its reason. */
export function appliedDocument(outcome: EditOutcome): DraftDocument {
  if (outcome.status !== 'applied') {
    throw new Error(`edit not applied: ${JSON.stringify(outcome)}`);
  }
  return outcome.document;
}

/** Applies edits one by one, each at the next revision (the first at `doc`'s revision + 1). */
export function applyEdits(
  doc: DraftDocument,
  edits: readonly DraftEdit[],
  firstRevision = 1,
): DraftDocument {
  let current = doc;
  for (const [index, edit] of edits.entries()) {
    const revision = firstRevision + index;
    current = appliedDocument(
      applyDraftEdit(current, edit, { baseRevision: revision - 1, revision }),
    );
  }
  return current;
}

/** A blank French (or English) draft with edits applied from revision 1. */
export function draftWith(
  language: 'fr' | 'en',
  edits: readonly DraftEdit[],
  numbering: 'article' | 'section' = 'article',
): DraftDocument {
  return applyEdits(
    createBlankDraft({ title: 'Projet de loi', language, country: 'ml', numbering }),
    edits,
  );
}

/** An insert of an article at the end of a parent (null: the top of the body). */
export function article(parentKey: string | null, body: string, heading = ''): DraftEdit {
  return { op: 'insert', parentKey, index: 10_000, kind: 'article', heading, body };
}

/** An insert of a division at the end of a parent. */
export function division(
  parentKey: string | null,
  kind: 'title' | 'chapter' | 'section',
  heading: string,
): DraftEdit {
  return { op: 'insert', parentKey, index: 10_000, kind, heading, body: '' };
}
