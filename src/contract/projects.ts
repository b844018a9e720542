import { z } from 'zod';
import { Id, IsoDateTime, Language, Role, UserRef } from './common.js';

export const CreateProjectBody = z.object({
  name: z.string().trim().min(1).max(200),
  /** ISO 3166-1 alpha-2, upper case ("ML"). */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'two letters (ISO 3166-1)'),
  language: Language,
  description: z.string().max(2000).default(''),
});

export const Project = z.object({
  id: Id,
  name: z.string(),
  country: z.string(),
  language: Language,
  description: z.string(),
  createdAt: IsoDateTime,
  /** The caller's role; null for a site admin who is not a member. */
  role: Role.nullable(),
  /** What the caller may do here (core/access actions). */
  actions: z.array(z.string()),
});
export type Project = z.infer<typeof Project>;

export const Member = z.object({ user: UserRef, email: z.string(), role: Role });
export type Member = z.infer<typeof Member>;

export const AddMemberBody = z.object({
  email: z.string().trim().toLowerCase().email(),
  role: Role,
});
export const ChangeRoleBody = z.object({ role: Role });
export const ProjectParams = z.object({ projectId: Id });
export const MemberParams = z.object({ projectId: Id, userId: Id });
