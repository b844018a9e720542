import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { RecommendationStatus } from '../../../../src/core/workshop/vocabulary.js';
import { DecisionMethod, isDecision } from '../../../../src/contract/recommendations.js';
import { ApiError } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MoveOption } from './model.js';
import { useMoveRecommendation } from './queries.js';

interface MoveFormProps {
  projectId: string;
  recommendation: { id: string; label: string; status: RecommendationStatus; version: number };
  options: readonly MoveOption[];
  /** A status chosen elsewhere (a card dropped on a column). */
  preset?: RecommendationStatus;
  compact?: boolean;
  onDone?: () => void;
}

/**
 * Moves a recommendation through its lifecycle: the statuses the reader's role allows, the
 * reason (required for decisions and re-openings) and, for a decision, how it was reached.
 */
export function MoveForm({
  projectId,
  recommendation,
  options,
  preset,
  compact = false,
  onDone,
}: MoveFormProps) {
  const { t } = useI18n();
  const id = useId();
  const move = useMoveRecommendation(projectId);
  const [to, setTo] = useState<string>(preset ?? '');
  const [reason, setReason] = useState('');
  const [method, setMethod] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  useEffect(() => {
    if (preset !== undefined) setTo(preset);
  }, [preset]);
  const option = options.find((item) => item.to === to);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (option === undefined) return;
    if (option.reasonRequired && reason.trim() === '') {
      setMissingReason(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setMissingReason(false);
    move.mutate(
      {
        recommendationId: recommendation.id,
        route: option.route,
        status: option.to,
        reason: reason.trim(),
        version: recommendation.version,
        ...(method === 'vote' || method === 'consensus' ? { method } : {}),
      },
      {
        onSuccess: () => {
          setTo('');
          setReason('');
          setMethod('');
          onDone?.();
        },
      },
    );
  }

  if (options.length === 0) return null;
  const conflict = move.error instanceof ApiError && move.error.code === 'conflict';
  return (
    <form
      className={compact ? 'rec-move' : 'form rec-move'}
      onSubmit={submit}
      noValidate
      aria-label={t('rec.moveLabel', { label: recommendation.label })}
      data-testid={`move-${recommendation.label}`}
    >
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('rec.moveTo')}</label>
        <select id={`${id}-to`} value={to} onChange={(event) => setTo(event.target.value)}>
          <option value="">{t('rec.chooseStatus')}</option>
          {options.map((item) => (
            <option key={item.to} value={item.to}>
              {t(`recStatus.${item.to}`)}
            </option>
          ))}
        </select>
      </div>
      {option === undefined ? null : (
        <>
          <div className="field">
            <label htmlFor={`${id}-reason`}>
              {option.reasonRequired ? t('rec.reasonRequired') : t('rec.reasonOptional')}
            </label>
            <textarea
              id={`${id}-reason`}
              rows={compact ? 2 : 3}
              maxLength={4000}
              value={reason}
              required={option.reasonRequired}
              aria-invalid={missingReason ? true : undefined}
              aria-describedby={missingReason ? `${id}-reason-error` : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            {missingReason ? (
              <p id={`${id}-reason-error`} className="rec-field-error" role="alert">
                {t('rec.reasonMissing')}
              </p>
            ) : null}
          </div>
          {isDecision(option.to) ? (
            <div className="field">
              <label htmlFor={`${id}-method`}>{t('rec.method')}</label>
              <select
                id={`${id}-method`}
                value={method}
                onChange={(event) => setMethod(event.target.value)}
              >
                <option value="">{t('rec.methodNone')}</option>
                {DecisionMethod.options.map((item) => (
                  <option key={item} value={item}>
                    {t(`recMethod.${item}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div>
            <button
              type="submit"
              className="button button-primary button-small"
              disabled={move.isPending}
            >
              {t('rec.moveSubmit', { status: t(`recStatus.${option.to}`) })}
            </button>
          </div>
        </>
      )}
      {move.error === null ? null : conflict ? (
        <p className="alert alert-error" role="alert" data-testid="move-conflict">
          {t('rec.conflict')} {move.error.message}
        </p>
      ) : (
        <ErrorMessage error={move.error} />
      )}
    </form>
  );
}
