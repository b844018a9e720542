import { createContext, useContext } from 'react';
import type {
  DraftDetail,
  DraftEditInput,
  EditDraftResult,
} from '../../../../src/contract/drafts.js';
import type { Project } from '../../../../src/contract/projects.js';
import type { RecommendationSummary } from '../../../../src/contract/recommendations.js';
import { useEditDraft } from './queries.js';

/** An edit that met someone else's change, waiting for the drafter's choice. */
export interface PendingConflict {
  readonly edit: DraftEditInput;
  readonly result: Extract<EditDraftResult, { status: 'conflict' }>;
  /** What the form that sent it does once the edit is through (or dropped for theirs). */
  readonly onDone?: (draft: DraftDetail) => void;
}

/** What every part of the editor reads: the draft as it is now and what the reader may do. */
export interface DraftEditor {
  readonly project: Project;
  readonly draft: DraftDetail;
  readonly canWrite: boolean;
  readonly canComment: boolean;
  /** The project's recommendations by ID, for their labels and titles. */
  readonly recommendations: ReadonlyMap<string, RecommendationSummary>;
  readonly reportConflict: (conflict: PendingConflict) => void;
  /** Says, politely, that an edit went through. */
  readonly reportSaved: (draft: DraftDetail) => void;
  /** Moves the focus to a unit of the text (after an insert, from the outline or a problem). */
  readonly focusUnit: (key: string) => void;
}

export const DraftEditorContext = createContext<DraftEditor | undefined>(undefined);

export function useDraftEditor(): DraftEditor {
  const editor = useContext(DraftEditorContext);
  if (editor === undefined) throw new Error('useDraftEditor outside the draft editor');
  return editor;
}

/**
 * Sends edits from one form: an applied edit calls `onDone` with the new draft (already shown,
 * renumbered); a conflict goes to the editor's dialog, which calls `onDone` once resolved.
 */
export function useSendEdit() {
  const { project, draft, reportConflict, reportSaved } = useDraftEditor();
  const mutation = useEditDraft(project.id, draft.id);
  return {
    send: (edit: DraftEditInput, baseRevision: number, onDone?: (draft: DraftDetail) => void) => {
      mutation.mutate(
        { edit, baseRevision },
        {
          onSuccess: (result) => {
            if (result.status === 'conflict') {
              reportConflict({ edit, result, onDone });
              return;
            }
            reportSaved(result.draft);
            onDone?.(result.draft);
          },
        },
      );
    },
    error: mutation.error,
    pending: mutation.isPending,
    reset: mutation.reset,
  };
}

/** The element ID of a unit of the text. */
export const unitId = (key: string): string => `draft-unit-${key}`;
