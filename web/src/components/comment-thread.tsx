import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
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

interface CommentThreadProps<C extends Comment> {
  /** Prefix of the thread's element IDs, unique on the page. */
  readonly idPrefix: string;
  readonly testId: string;
  readonly comments: readonly C[];
  readonly canWrite: boolean;
  readonly post: PostComment;
  /** The thread's heading level where it sits under an h2 (default 2). */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** What a comment shows beside its author: its state and the buttons that change it. */
  readonly extra?: (comment: C) => { readonly className?: string; readonly content: ReactNode };
}

/** A discussion (of a finding, a recommendation…), oldest first, and a form for members who may comment. */
export function CommentThread<C extends Comment>({
  idPrefix,
  testId,
  comments,
  canWrite,
  post,
  headingLevel = 2,
  extra,
}: CommentThreadProps<C>) {
  const { t, language } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const [body, setBody] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    post.mutate(body, { onSuccess: () => setBody('') });
  }

  return (
    <section className="card" aria-labelledby={`${idPrefix}-comments-title`}>
      <Heading id={`${idPrefix}-comments-title`}>
        {t('obligation.comments')} <span className="muted">({comments.length})</span>
      </Heading>
      {comments.length === 0 ? (
        <p className="empty">{t('obligation.noComments')}</p>
      ) : (
        <ol className="comment-list" data-testid={testId}>
          {comments.map((comment) => {
            const more = extra?.(comment);
            return (
              <li
                key={comment.id}
                className={more?.className === undefined ? 'comment' : `comment ${more.className}`}
              >
                <p className="comment-meta">
                  <strong>{comment.author.name}</strong>{' '}
                  <time dateTime={comment.createdAt} className="muted">
                    {formatDateTime(comment.createdAt, language)}
                  </time>
                </p>
                <p className="comment-body">{comment.body}</p>
                {more?.content}
              </li>
            );
          })}
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
