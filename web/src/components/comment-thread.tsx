import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Comment } from '../../../src/contract/findings.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatDateTime } from '../i18n/format.js';
import { ErrorMessage } from './error-message.js';

/** How a thread posts a comment: a mutation of the page's own query. */
export interface PostComment {
  mutate(body: string, options: { onSuccess: () => void }): void;
  readonly error: Error | null;
  readonly isPending: boolean;
}

interface CommentThreadProps {
  /** Prefix of the thread's element IDs, unique on the page. */
  readonly idPrefix: string;
  readonly testId: string;
  readonly comments: readonly Comment[];
  readonly canWrite: boolean;
  readonly post: PostComment;
}

/** A discussion (of a finding, a recommendation…), oldest first, and a form for members who may comment. */
export function CommentThread({ idPrefix, testId, comments, canWrite, post }: CommentThreadProps) {
  const { t, language } = useI18n();
  const [body, setBody] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    post.mutate(body, { onSuccess: () => setBody('') });
  }

  return (
    <section className="card" aria-labelledby={`${idPrefix}-comments-title`}>
      <h2 id={`${idPrefix}-comments-title`}>
        {t('obligation.comments')} <span className="muted">({comments.length})</span>
      </h2>
      {comments.length === 0 ? (
        <p className="empty">{t('obligation.noComments')}</p>
      ) : (
        <ol className="comment-list" data-testid={testId}>
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
            <label htmlFor={`${idPrefix}-comment-body`}>{t('obligation.comment')}</label>
            <textarea
              id={`${idPrefix}-comment-body`}
              required
              rows={3}
              maxLength={4000}
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
          {post.error === null ? null : <ErrorMessage error={post.error} />}
          <div>
            <button type="submit" className="button" disabled={post.isPending}>
              {t('obligation.post')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
