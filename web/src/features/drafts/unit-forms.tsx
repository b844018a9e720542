import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, Ref } from 'react';
import type { DraftNodeView } from '../../../../src/contract/drafts.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useDraftEditor, useSendEdit } from './editor-context.js';
import { FormActions, UnitFormFrame } from './form-actions.js';
import {
  INSERT_KINDS,
  isArticle,
  outlineOf,
  placeBeside,
  unitName,
  type InsertKind,
} from './model.js';

/** An article's wording, with the hint on how paragraphs and items are written. */
function WordingField(props: {
  id: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
}) {
  const { id, rows, value, onChange, ref } = props;
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('draft.field.wording')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('draft.wordingHint')}
      </p>
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-describedby={`${id}-hint`}
        ref={ref}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/**
 * Edit one unit: an article's heading, wording and the drafter's note; a division's heading.
 * The revision read when the form opened goes with the edit, so a change someone else made
 * meanwhile is shown as a conflict instead of being overwritten.
 */
export function UnitForm({ unit, onClose }: { unit: DraftNodeView; onClose: () => void }) {
  const { t } = useI18n();
  const { draft } = useDraftEditor();
  const { send, error, pending } = useSendEdit();
  const [baseRevision] = useState(draft.revision);
  const [heading, setHeading] = useState(unit.heading);
  const [body, setBody] = useState(unit.body);
  const [note, setNote] = useState(unit.note);
  const id = useId();
  const article = isArticle(unit);
  const first = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  // The form opens to write: the wording (a division: its heading) takes the focus.
  useEffect(() => first.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(
      article
        ? { op: 'update', key: unit.key, heading, body, note }
        : { op: 'update', key: unit.key, heading },
      baseRevision,
      onClose,
    );
  }

  return (
    <UnitFormFrame
      label={t('draft.editUnit', { unit: unitName(unit) })}
      testId="unit-form"
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-heading`}>
          {article ? t('draft.field.articleHeading') : t('draft.field.divisionHeading')}
        </label>
        <input
          id={`${id}-heading`}
          ref={article ? undefined : first}
          value={heading}
          maxLength={1000}
          onChange={(event) => setHeading(event.target.value)}
        />
      </div>
      {article ? (
        <>
          <WordingField
            id={`${id}-body`}
            rows={Math.min(18, Math.max(6, body.split('\n').length + 2))}
            value={body}
            onChange={setBody}
            ref={first}
          />
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('draft.field.note')}</label>
            <p className="hint" id={`${id}-note-hint`}>
              {t('draft.noteHint')}
            </p>
            <textarea
              id={`${id}-note`}
              rows={3}
              maxLength={10_000}
              value={note}
              aria-describedby={`${id}-note-hint`}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
        </>
      ) : null}
      <FormActions
        error={error}
        disabled={pending}
        submitLabel={t('app.save')}
        testId="unit-save"
        onCancel={onClose}
      />
    </UnitFormFrame>
  );
}

/** A new article or division just before or after a unit; the rest renumbers at once. */
export function InsertForm({ unit, onClose }: { unit: DraftNodeView; onClose: () => void }) {
  const { t } = useI18n();
  const { draft, focusUnit } = useDraftEditor();
  const { send, error, pending } = useSendEdit();
  const [where, setWhere] = useState<'before' | 'after'>('after');
  const [kind, setKind] = useState<InsertKind>(
    isArticle(unit)
      ? 'article'
      : unit.kind === 'title'
        ? 'title'
        : unit.kind === 'section'
          ? 'section'
          : 'chapter',
  );
  const [heading, setHeading] = useState('');
  const [body, setBody] = useState('');
  const id = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const place = placeBeside(draft.body, unit.key, where);
    if (place === undefined) return;
    const known = new Set(outlineOf(draft.body).map((item) => item.key));
    send(
      { op: 'insert', ...place, kind, heading, body: kind === 'article' ? body : '' },
      draft.revision,
      (next) => {
        onClose();
        const added = outlineOf(next.body).find((item) => !known.has(item.key));
        if (added !== undefined) focusUnit(added.key);
      },
    );
  }

  return (
    <UnitFormFrame
      label={t('draft.insertNear', { unit: unitName(unit) })}
      testId="insert-form"
      onSubmit={submit}
      onClose={onClose}
    >
      <fieldset className="draft-inline-choices">
        <legend>{t('draft.field.where')}</legend>
        {(['before', 'after'] as const).map((choice) => (
          <span className="checkbox" key={choice}>
            <input
              type="radio"
              id={`${id}-${choice}`}
              name={`${id}-where`}
              checked={where === choice}
              onChange={() => setWhere(choice)}
            />
            <label htmlFor={`${id}-${choice}`}>
              {t(`draft.where.${choice}`, { unit: unit.label === '' ? unit.heading : unit.label })}
            </label>
          </span>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('draft.field.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) =>
            setKind(INSERT_KINDS.find((item) => item === event.target.value) ?? 'article')
          }
        >
          {INSERT_KINDS.map((item) => (
            <option key={item} value={item}>
              {t(`draft.kind.${item}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-heading`}>
          {kind === 'article' ? t('draft.field.articleHeading') : t('draft.field.divisionHeading')}
        </label>
        <input
          id={`${id}-heading`}
          value={heading}
          maxLength={1000}
          onChange={(event) => setHeading(event.target.value)}
        />
      </div>
      {kind === 'article' ? (
        <WordingField id={`${id}-body`} rows={6} value={body} onChange={setBody} />
      ) : null}
      <FormActions
        error={error}
        disabled={pending}
        submitLabel={t('draft.insert')}
        testId="insert-save"
        onCancel={onClose}
      />
    </UnitFormFrame>
  );
}
