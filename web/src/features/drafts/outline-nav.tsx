import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { DraftDetail } from '../../../../src/contract/drafts.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useDraftEditor } from './editor-context.js';
import { outlineOf, unitName } from './model.js';

/**
 * The structure of the draft beside its text: titles, chapters, sections and articles with
 * today's numbers. Each entry takes the reader to the unit; the arrow keys, Home and End move
 * along the entries.
 */
export function OutlineNav({ draft }: { draft: DraftDetail }) {
  const { t } = useI18n();
  const { focusUnit } = useDraftEditor();
  const list = useRef<HTMLOListElement>(null);
  const items = outlineOf(draft.body);

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.findIndex((button) => button === document.activeElement);
    if (at === -1) return;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(buttons.length - 1, at + 1)
        : event.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  }

  return (
    <nav className="draft-outline" aria-label={t('draft.outline')} data-testid="draft-outline">
      {items.length === 0 ? (
        <p className="empty">{t('draft.emptyDraft')}</p>
      ) : (
        <>
          <p className="hint" id="draft-outline-hint">
            {t('draft.outlineHint')}
          </p>
          {/* Arrow keys move between the entries' buttons, which take the focus themselves. */}
          <ol ref={list} onKeyDown={onKeyDown} aria-describedby="draft-outline-hint">
            {items.map((item) => (
              <li
                key={item.key}
                className={`outline-item outline-${item.kind}`}
                style={{ paddingInlineStart: `${item.depth * 0.9}rem` }}
              >
                <button
                  type="button"
                  className="outline-link"
                  onClick={() => focusUnit(item.key)}
                  data-testid={`outline-${item.key}`}
                >
                  {unitName(item)}
                  {item.placeholder ? (
                    <span className="outline-placeholder"> ({t('draft.placeholderShort')})</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </nav>
  );
}
