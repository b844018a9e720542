import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ParticipantState } from '../../../../src/contract/live-session.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { phoneKeys } from './model.js';
import { phoneCall } from './phone-api.js';

/** A participant's comment or amendment on the recommendation on screen, and what they sent. */
export function Contribute({
  joinCode,
  recommendationId,
}: {
  joinCode: string;
  recommendationId: string;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const id = useId();
  const [kind, setKind] = useState<'comment' | 'amendment'>('comment');
  const [body, setBody] = useState('');
  const [wording, setWording] = useState('');
  const [sent, setSent] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      phoneCall('contribute', joinCode, {
        recommendationId,
        kind,
        body,
        ...(kind === 'amendment' ? { proposedWording: wording } : {}),
      }),
    onSuccess: () => {
      setBody('');
      setWording('');
      setSent(true);
      void client.invalidateQueries({ queryKey: phoneKeys.state(joinCode) });
    },
  });
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        setSent(false);
        send.mutate();
      }}
    >
      <h2 id={`${id}-title`}>{t('phone.contribute')}</h2>
      <fieldset className="field">
        <legend>{t('phone.kind')}</legend>
        {(['comment', 'amendment'] as const).map((value) => (
          <label key={value} className="radio phone-radio">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {t(`phone.kind.${value}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'amendment' ? (
        <label className="field">
          <span>{t('phone.proposedWording')}</span>
          <textarea
            required
            rows={4}
            value={wording}
            onChange={(event) => setWording(event.target.value)}
          />
        </label>
      ) : null}
      <label className="field">
        <span>{kind === 'amendment' ? t('phone.why') : t('phone.comment')}</span>
        <textarea
          required
          rows={3}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </label>
      <button
        type="submit"
        className="button button-primary phone-button"
        disabled={send.isPending}
      >
        {t('phone.send')}
      </button>
      {sent ? (
        <p className="alert alert-success" role="status">
          {t('phone.sent')}
        </p>
      ) : null}
      {send.error === null ? null : <ErrorMessage error={send.error} />}
    </form>
  );
}

export function OwnContributions({ live }: { live: ParticipantState }) {
  const { t } = useI18n();
  if (live.contributions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="phone-own-title">
      <h2 id="phone-own-title">{t('phone.mine')}</h2>
      <ul className="contribution-list">
        {live.contributions.map((item) => (
          <li key={item.id}>
            {t(`phone.kind.${item.kind}`)} · {t(`phone.status.${item.status}`)} — {item.body}
          </li>
        ))}
      </ul>
    </section>
  );
}
