import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { WordDiffView } from '../recommendations/word-diff-view.js';
import { useDraftEditor, type PendingConflict } from './editor-context.js';
import { useModalDialog } from './modal-dialog.js';
import { conflictText, unitName, withMerged } from './model.js';
import { useEditDraft } from './queries.js';

/**
 * Someone else changed the unit since the drafter opened it: who and when, theirs beside mine
 * with the words that differ, and three ways out: keep theirs, use mine (sent again over the
 * current revision), or merge by hand. Escape closes it and leaves my form open as it was.
 */
export function ConflictDialog({
  conflict,
  onClose,
}: {
  conflict: PendingConflict;
  onClose: (next?: PendingConflict) => void;
}) {
  const { t, language } = useI18n();
  const { project, draft, reportSaved } = useDraftEditor();
  const edit = useEditDraft(project.id, draft.id);
  const dialog = useModalDialog();
  const { result } = conflict;
  const words = conflictText(conflict.edit, result.theirs);
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState(words.mine);
  const name = result.theirs === null ? result.key : unitName(result.theirs);

  function resend(next: PendingConflict['edit']) {
    edit.mutate(
      { edit: next, baseRevision: result.revision },
      {
        onSuccess: (answer) => {
          if (answer.status === 'conflict') {
            // Changed again meanwhile: the dialog shows the newest state of theirs.
            onClose({ edit: next, result: answer, onDone: conflict.onDone });
            return;
          }
          reportSaved(answer.draft);
          // Closed first, so that the browser's focus return comes before the form's own.
          dialog.current?.close();
          conflict.onDone?.(answer.draft);
          onClose();
        },
      },
    );
  }

  function keepTheirs() {
    dialog.current?.close();
    conflict.onDone?.(result.draft);
    onClose();
  }

  const who = result.changedBy?.name ?? t('app.unknownUser');
  return (
    <dialog
      ref={dialog}
      className="draft-dialog conflict-dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-summary"
      data-testid="conflict-dialog"
      onCancel={() => onClose()}
    >
      <h2 id="conflict-title">{t('draft.conflict.title', { unit: name })}</h2>
      <p id="conflict-summary">
        {result.changedAt === null
          ? t('draft.conflict.changedBy', { name: who })
          : t('draft.conflict.changedByOn', {
              name: who,
              date: formatDateTime(result.changedAt, language),
            })}{' '}
        {result.theirs === null ? t('draft.conflict.deleted') : t('draft.conflict.explain')}
      </p>
      {words.field === null ? null : (
        <>
          <div className="conflict-sides">
            <section aria-labelledby="conflict-theirs-title">
              <h3 id="conflict-theirs-title">{t('draft.conflict.theirs', { name: who })}</h3>
              <p className="draft-wording" data-testid="conflict-theirs">
                {result.theirs === null ? t('draft.conflict.none') : words.theirs}
              </p>
            </section>
            <section aria-labelledby="conflict-mine-title">
              <h3 id="conflict-mine-title">{t('draft.conflict.mine')}</h3>
              <p className="draft-wording" data-testid="conflict-mine">
                {words.mine}
              </p>
            </section>
          </div>
          {result.diff.length === 0 ? null : (
            <section aria-labelledby="conflict-diff-title">
              <h3 id="conflict-diff-title">{t('draft.conflict.differences')}</h3>
              <p className="hint">{t('draft.conflict.diffHint')}</p>
              <WordDiffView segments={result.diff} testId="conflict-diff" />
            </section>
          )}
        </>
      )}
      {merging ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            resend(withMerged(conflict.edit, merged));
          }}
        >
          <div className="field">
            <label htmlFor="conflict-merged">{t('draft.conflict.mergedLabel')}</label>
            <p className="hint" id="conflict-merged-hint">
              {t('draft.conflict.mergedHint')}
            </p>
            <textarea
              id="conflict-merged"
              rows={8}
              value={merged}
              aria-describedby="conflict-merged-hint"
              onChange={(event) => setMerged(event.target.value)}
              data-testid="conflict-merged-text"
            />
          </div>
          {edit.error === null ? null : <ErrorMessage error={edit.error} />}
          <div className="rec-toolbar">
            <button
              type="submit"
              className="button button-primary"
              disabled={edit.isPending}
              data-testid="conflict-save-merged"
            >
              {t('draft.conflict.saveMerged')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setMerging(false)}>
              {t('draft.conflict.backToChoices')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {edit.error === null ? null : <ErrorMessage error={edit.error} />}
          <div className="rec-toolbar conflict-choices">
            <button
              type="button"
              className="button"
              onClick={keepTheirs}
              data-testid="conflict-keep-theirs"
            >
              {t('draft.conflict.keepTheirs')}
            </button>
            {result.theirs === null ? null : (
              <button
                type="button"
                className="button button-primary"
                disabled={edit.isPending}
                onClick={() => resend(conflict.edit)}
                data-testid="conflict-use-mine"
              >
                {t('draft.conflict.useMine')}
              </button>
            )}
            {result.theirs === null || words.field === null ? null : (
              <button
                type="button"
                className="button"
                onClick={() => setMerging(true)}
                data-testid="conflict-merge"
              >
                {t('draft.conflict.merge')}
              </button>
            )}
            <button type="button" className="button button-quiet" onClick={() => onClose()}>
              {t('draft.conflict.later')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
