import { z } from 'zod';
import { Id, IsoDateTime, UserRef } from './common.js';

export const AUDIT_OBJECT_TYPES = [
  'project',
  'member',
  'law',
  'analysis',
  'finding',
  'mapping',
  'comment',
  'recommendation',
  'workshop',
  'workshop_session',
  'participant',
  'attendance',
  'question',
  'contribution',
  'draft',
  'draft_version',
] as const;

/** One entry of the append-only audit log. */
export const AuditEvent = z.object({
  id: z.number().int(),
  at: IsoDateTime,
  actor: UserRef.nullable(),
  action: z.string(),
  objectType: z.enum(AUDIT_OBJECT_TYPES),
  objectId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = z.object({
  objectType: z.enum(AUDIT_OBJECT_TYPES).optional(),
  objectId: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditLog = z.object({ events: z.array(AuditEvent) });
export const AuditParams = z.object({ projectId: Id });
