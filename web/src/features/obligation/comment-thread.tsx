import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Comment } from '../../../../src/contract/findings.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { useAddComment } from './queries.js';

interface CommentThreadProps {
  projectId: string;
  obligationId: string;
  comments: readonly Comment[];
  canWrite: boolean;
}

/** The discussion of a finding, oldest first, and a form for members who may comment. */
export function CommentThread({ projectId, obligationId, comments, canWrite }: CommentThreadProps) {
  const { t, language } = useI18n();
  const add = useAddComment({ projectId, obligationId });
  const [body, setBody] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(body, { onSuccess: () => setBody('') });
  }

  return (
    <section className="card" aria-labelledby="comments-title">
      <h2 id="comments-title">
        {t('obligation.comments')} <span className="muted">({comments.length})</span>
      </h2>
      {comments.length === 0 ? (
        <p className="empty">{t('obligation.noComments')}</p>
      ) : (
        <ol className="comment-list" data-testid="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment-meta">
                <strong>{comment.author.name}</strong>{' '}
                <time dateTime={comment.createdAt} className="muted">
                  {formatDateTime(comment.createdAt, language)}
                </time>
              </p>
              <p className="comment-body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite ? (
        <form className="form comment-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="comment-body">{t('obligation.comment')}</label>
            <textarea
              id="comment-body"
              required
              rows={3}
              maxLength={4000}
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
          {add.error === null ? null : <ErrorMessage error={add.error} />}
          <div>
            <button type="submit" className="button" disabled={add.isPending}>
              {t('obligation.post')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
