import type { DraftComment, DraftNodeView } from '../../../../src/contract/drafts.js';
import { CommentThread } from '../../components/comment-thread.js';
import { ErrorMessage, Loading } from '../../components/error-message.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatDateTime } from '../../i18n/format.js';
import { useDraftEditor } from './editor-context.js';
import { useAddDraftComment, useDraftComments, useResolveDraftComment } from './queries.js';

/** The discussion of one article: open comments, and resolved ones marked so and reopenable. */
export function ArticleComments({ unit, level }: { unit: DraftNodeView; level: 3 | 4 | 5 | 6 }) {
  const { t, language } = useI18n();
  const { project, draft, canComment } = useDraftEditor();
  const comments = useDraftComments(project.id, draft.id, unit.key);
  const add = useAddDraftComment(project.id, draft.id, unit.key);
  const resolve = useResolveDraftComment(project.id, draft.id, unit.key);

  if (comments.isPending) return <Loading />;
  if (comments.isError) {
    return <ErrorMessage error={comments.error} onRetry={() => void comments.refetch()} />;
  }
  return (
    <div className="draft-comments">
      <CommentThread<DraftComment>
        idPrefix={`draft-${unit.key}`}
        testId={`article-comments-${unit.key}`}
        comments={comments.data.comments}
        canWrite={canComment}
        post={add}
        headingLevel={level}
        extra={(comment) => ({
          className: comment.resolvedAt === null ? 'comment-open' : 'comment-resolved',
          content: (
            <p
              className="comment-state"
              data-state={comment.resolvedAt === null ? 'open' : 'resolved'}
            >
              {comment.resolvedAt === null ? (
                <span className="chip">{t('draft.comment.open')}</span>
              ) : (
                <span className="chip chip-accepted">
                  <span aria-hidden="true">✓ </span>
                  {t('draft.comment.resolvedBy', {
                    name: comment.resolvedBy?.name ?? t('app.unknownUser'),
                    date: formatDateTime(comment.resolvedAt, language),
                  })}
                </span>
              )}{' '}
              {canComment ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={resolve.isPending}
                  onClick={() =>
                    resolve.mutate({ commentId: comment.id, resolved: comment.resolvedAt === null })
                  }
                >
                  {comment.resolvedAt === null
                    ? t('draft.comment.resolve')
                    : t('draft.comment.reopen')}
                </button>
              ) : null}
            </p>
          ),
        })}
      />
      {resolve.error === null ? null : <ErrorMessage error={resolve.error} />}
    </div>
  );
}
