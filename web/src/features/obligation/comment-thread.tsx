import type { Comment } from '../../../../src/contract/findings.js';
import { CommentThread } from '../../components/comment-thread.js';
import { useAddComment } from './queries.js';

interface FindingCommentsProps {
  projectId: string;
  obligationId: string;
  comments: readonly Comment[];
  canWrite: boolean;
}

/** The discussion of a finding. */
export function FindingComments({
  projectId,
  obligationId,
  comments,
  canWrite,
}: FindingCommentsProps) {
  const add = useAddComment({ projectId, obligationId });
  return (
    <CommentThread
      idPrefix="finding"
      testId="comment-list"
      comments={comments}
      canWrite={canWrite}
      post={add}
    />
  );
}
