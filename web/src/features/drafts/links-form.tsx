import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { DraftNodeView } from '../../../../src/contract/drafts.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCatalogue } from '../projects/queries.js';
import { RecommendationStatusChip } from '../recommendations/recommendation-chips.js';
import { useDraftEditor, useSendEdit } from './editor-context.js';
import { FormActions, UnitFormFrame } from './form-actions.js';
import { searchObligations, toggle, unitName } from './model.js';

const ADOPTED: ReadonlySet<string> = new Set(['adopted', 'adopted_with_changes']);

/**
 * What an article implements: the recommendations (adopted ones first) and the obligations
 * of the catalogue, found by ID or words of their title.
 */
export function LinksForm({ unit, onClose }: { unit: DraftNodeView; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { draft, recommendations } = useDraftEditor();
  const catalogue = useCatalogue();
  const { send, error, pending } = useSendEdit();
  const [baseRevision] = useState(draft.revision);
  const [recommendationIds, setRecommendationIds] = useState(unit.recommendationIds);
  const [obligationIds, setObligationIds] = useState(unit.obligationIds);
  const [query, setQuery] = useState('');
  const id = useId();
  const all = [...recommendations.values()].sort(
    (a, b) => Number(ADOPTED.has(b.status)) - Number(ADOPTED.has(a.status)) || a.number - b.number,
  );
  const obligations = catalogue.data?.obligations ?? [];
  const titleOf = (obligationId: string) => {
    const found = obligations.find((item) => item.id === obligationId);
    return found === undefined ? '' : pick(found.title);
  };
  const results = searchObligations(obligations, query);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send({ op: 'link', key: unit.key, recommendationIds, obligationIds }, baseRevision, onClose);
  }

  return (
    <UnitFormFrame
      label={t('draft.linksOf', { unit: unitName(unit) })}
      testId="links-form"
      onSubmit={submit}
      onClose={onClose}
    >
      <fieldset className="draft-choices">
        <legend>{t('draft.field.recommendations')}</legend>
        {all.length === 0 ? <p className="hint">{t('draft.noRecommendations')}</p> : null}
        {all.map((item) => (
          <div className="checkbox" key={item.id}>
            <input
              type="checkbox"
              id={`${id}-rec-${item.label}`}
              checked={recommendationIds.includes(item.id)}
              onChange={(event) =>
                setRecommendationIds(toggle(recommendationIds, item.id, event.target.checked))
              }
              data-testid={`link-rec-${item.label}`}
            />
            <label htmlFor={`${id}-rec-${item.label}`}>
              <span className="rec-label">{item.label}</span>
              {item.title} <RecommendationStatusChip status={item.status} />
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="draft-choices">
        <legend>{t('draft.field.obligations')}</legend>
        {obligationIds.length === 0 ? (
          <p className="hint">{t('draft.noObligationLinked')}</p>
        ) : (
          <ul className="draft-linked-obligations">
            {obligationIds.map((obligationId) => (
              <li key={obligationId}>
                <span className="obligation-id">{obligationId}</span> {titleOf(obligationId)}{' '}
                <button
                  type="button"
                  className="button button-small button-quiet"
                  aria-label={t('draft.unlinkObligation', { id: obligationId })}
                  onClick={() => setObligationIds(toggle(obligationIds, obligationId, false))}
                >
                  {t('draft.unlink')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('draft.searchCatalogue')}</label>
          <p className="hint" id={`${id}-search-hint`}>
            {t('draft.searchHint')}
          </p>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            aria-describedby={`${id}-search-hint`}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter searches as you type already; it must not send the form.
              if (event.key === 'Enter') event.preventDefault();
            }}
            data-testid="obligation-search"
          />
        </div>
        {catalogue.isError ? <ErrorMessage error={catalogue.error} /> : null}
        {query.trim() === '' ? null : (
          <>
            <p className="muted" role="status">
              {t('draft.searchCount', { count: results.length })}
            </p>
            <ul className="draft-search-results">
              {results.map((item) => (
                <li key={item.id} className="checkbox">
                  <input
                    type="checkbox"
                    id={`${id}-obl-${item.id}`}
                    checked={obligationIds.includes(item.id)}
                    onChange={(event) =>
                      setObligationIds(toggle(obligationIds, item.id, event.target.checked))
                    }
                  />
                  <label htmlFor={`${id}-obl-${item.id}`}>
                    <span className="obligation-id">{item.id}</span> {pick(item.title)}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
      <FormActions
        error={error}
        disabled={pending}
        submitLabel={t('app.save')}
        testId="links-save"
        onCancel={onClose}
      />
    </UnitFormFrame>
  );
}
