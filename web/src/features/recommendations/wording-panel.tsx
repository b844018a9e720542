import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { RecommendationDetail } from '../../../../src/contract/recommendations.js';
import { api } from '../../api/client.js';
import { keys } from '../../api/query-keys.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { canAmend } from './model.js';
import { useAmendRecommendation } from './queries.js';
import { WordDiffView } from './word-diff-view.js';

/** Compares any two versions of the wording. */
function CompareVersions({
  projectId,
  detail,
}: {
  projectId: string;
  detail: RecommendationDetail;
}) {
  const { t } = useI18n();
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(detail.wordingVersion);
  const diff = useQuery({
    queryKey: [...keys.recommendation(projectId, detail.id), 'diff', from, to],
    queryFn: () =>
      api.call('recommendationDiff', {
        params: { projectId, recommendationId: detail.id },
        query: { from, to },
      }),
  });
  const choose = (side: 'from' | 'to', value: number, onChange: (value: number) => void) => (
    <div className="field">
      <label htmlFor={`compare-${side}`}>
        {side === 'from' ? t('rec.compareFrom') : t('rec.compareTo')}
      </label>
      <select
        id={`compare-${side}`}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {detail.versions.map((version) => (
          <option key={version.number} value={version.number}>
            {t('rec.versionNumber', { number: version.number })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="compare-title">
      <h3 id="compare-title">{t('rec.compare')}</h3>
      <div className="rec-toolbar">
        {choose('from', from, setFrom)}
        {choose('to', to, setTo)}
      </div>
      {diff.isError ? <ErrorMessage error={diff.error} /> : null}
      {diff.data === undefined ? null : (
        <WordDiffView segments={diff.data.segments} testId="compare-diff" />
      )}
    </section>
  );
}

/** The wording, the form to amend it (a new version) and every version with what it changed. */
export function WordingPanel({
  projectId,
  detail,
  canWrite,
}: {
  projectId: string;
  detail: RecommendationDetail;
  canWrite: boolean;
}) {
  const { t, language } = useI18n();
  const amend = useAmendRecommendation(projectId, detail.id);
  const [editing, setEditing] = useState(false);
  const [wording, setWording] = useState(detail.wording);
  const [note, setNote] = useState('');
  const amendable = canWrite && canAmend(detail.status);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    amend.mutate(
      { wording, note, version: detail.version },
      {
        onSuccess: () => {
          setEditing(false);
          setNote('');
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="wording-title">
      <h2 id="wording-title">
        {t('rec.wording')}{' '}
        <span className="muted">({t('rec.versionNumber', { number: detail.wordingVersion })})</span>
      </h2>
      {editing ? (
        <form className="form" onSubmit={submit} data-testid="amend-form">
          <div className="field">
            <label htmlFor="amend-wording">{t('rec.newWording')}</label>
            <textarea
              id="amend-wording"
              rows={8}
              required
              maxLength={20000}
              value={wording}
              onChange={(event) => setWording(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="amend-note">{t('rec.amendNote')}</label>
            <input
              id="amend-note"
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          {amend.error === null ? null : <ErrorMessage error={amend.error} />}
          <div className="rec-toolbar">
            <button type="submit" className="button button-primary" disabled={amend.isPending}>
              {t('rec.amendSubmit')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setEditing(false)}>
              {t('app.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="rec-wording" data-testid="recommendation-wording">
            {detail.wording}
          </p>
          {amendable ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setWording(detail.wording);
                setEditing(true);
              }}
              data-testid="amend-open"
            >
              {t('rec.amend')}
            </button>
          ) : canWrite ? (
            <p className="muted">{t('rec.amendClosed')}</p>
          ) : null}
        </>
      )}
      <h3>{t('rec.versions')}</h3>
      <ol className="rec-versions" reversed data-testid="version-list">
        {[...detail.versions].reverse().map((version) => (
          <li key={version.number} data-testid={`version-${version.number}`}>
            <p>
              <strong>{t('rec.versionNumber', { number: version.number })}</strong>{' '}
              <span className="muted">
                {t('rec.byOn', {
                  name: version.author?.name ?? t('app.unknownUser'),
                  date: formatDateTime(version.createdAt, language),
                })}
              </span>
              {version.contributionId === null ? null : (
                <span className="chip">{t('rec.fromContribution')}</span>
              )}
            </p>
            {version.note === '' ? null : <p>{version.note}</p>}
            {version.diff.length === 0 ? null : (
              <details open={version.number === detail.wordingVersion}>
                <summary>{t('rec.changes')}</summary>
                <WordDiffView segments={version.diff} testId={`diff-${version.number}`} />
              </details>
            )}
          </li>
        ))}
      </ol>
      {detail.versions.length > 1 ? (
        <CompareVersions projectId={projectId} detail={detail} />
      ) : null}
    </section>
  );
}
