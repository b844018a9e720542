import { useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { useDraftEditor, useSendEdit } from './editor-context.js';
import { FormActions } from './form-actions.js';
import { useModalDialog } from './modal-dialog.js';
import { endOf, outlineOf, placeBeside, unitName } from './model.js';

/**
 * Paste plain text (a law, a chapter, some articles) where the drafter chooses: the server
 * reads it into titles, chapters, sections and articles as an imported law is read.
 */
export function PasteDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { draft, focusUnit } = useDraftEditor();
  const { send, error, pending } = useSendEdit();
  const dialog = useModalDialog();
  const [text, setText] = useState('');
  const [place, setPlace] = useState('end');
  const items = outlineOf(draft.body);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const where =
      place === 'end'
        ? endOf(draft.body)
        : place === 'start'
          ? { parentKey: null, index: 0 }
          : placeBeside(draft.body, place, 'after');
    if (where === undefined || text.trim() === '') return;
    const known = new Set(items.map((item) => item.key));
    send({ op: 'paste', ...where, text }, draft.revision, (next) => {
      // Closed now, so that the browser gives the focus back to the opener before it moves on.
      dialog.current?.close();
      onClose();
      const added = outlineOf(next.body).find((item) => !known.has(item.key));
      if (added !== undefined) focusUnit(added.key);
    });
  }

  return (
    <dialog
      ref={dialog}
      className="draft-dialog"
      aria-labelledby="paste-title"
      onCancel={onClose}
      data-testid="paste-dialog"
    >
      <h2 id="paste-title">{t('draft.paste.title')}</h2>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="paste-text">{t('draft.paste.text')}</label>
          <p className="hint" id="paste-text-hint">
            {t('draft.paste.hint')}
          </p>
          <textarea
            id="paste-text"
            rows={12}
            required
            value={text}
            aria-describedby="paste-text-hint"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="paste-place">{t('draft.paste.place')}</label>
          <select id="paste-place" value={place} onChange={(event) => setPlace(event.target.value)}>
            <option value="end">{t('draft.paste.atEnd')}</option>
            <option value="start">{t('draft.paste.atStart')}</option>
            {items.map((item) => (
              <option key={item.key} value={item.key}>
                {t('draft.paste.after', { unit: unitName(item) })}
              </option>
            ))}
          </select>
        </div>
        <FormActions
          error={error}
          disabled={pending || text.trim() === ''}
          submitLabel={t('draft.paste.submit')}
          testId="paste-submit"
          onCancel={onClose}
        />
      </form>
    </dialog>
  );
}
