import { z } from 'zod';
import { Id, UserRef } from './common.js';

/**
 * What the server pushes on `/api/projects/:id/events` (server-sent events, event name
 * `change`): enough for a client to refetch what changed.
 */
export const LiveChange = z.object({
  projectId: Id,
  kind: z.enum(['finding', 'comment', 'law', 'analysis', 'member']),
  /** The obligation ID for findings and comments, the law ID for laws. */
  objectId: z.string(),
  actor: UserRef.nullable(),
});
export type LiveChange = z.infer<typeof LiveChange>;
