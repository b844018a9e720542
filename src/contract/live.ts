import { z } from 'zod';
import { Id, UserRef } from './common.js';

/**
 * What the server pushes on `/api/projects/:id/events` (server-sent events, event name
 * `change`): enough for a client to refetch what changed.
 */
export const LiveChange = z.object({
  projectId: Id,
  kind: z.enum([
    'finding',
    'comment',
    'law',
    'analysis',
    'member',
    'import',
    'recommendation',
    'workshop',
    'participant',
    'attendance',
    'live',
    'vote',
    'contribution',
    'draft',
    'report',
  ]),
  /**
   * The obligation ID for findings and comments, the law ID for laws, and for an import the
   * upload ID the browser chose when it sent the file; for a report, the request ID the browser
   * chose when it asked for it.
   */
  objectId: z.string(),
  actor: UserRef.nullable(),
  /**
   * How far an import is (`done` of `total` pages of a scan read by OCR), or a report (`done` of
   * `total` steps: gathering, rendering, printing to PDF).
   */
  progress: z
    .object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() })
    .optional(),
});
export type LiveChange = z.infer<typeof LiveChange>;
