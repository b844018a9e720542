import { z } from 'zod';
import { Id, IsoDateTime, Language } from './common.js';

export const LoginBody = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export const CurrentUser = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  mustChangePassword: z.boolean(),
  locale: Language,
});
export type CurrentUser = z.infer<typeof CurrentUser>;

/** The session as the web sees it: who is logged in and the token to echo in `x-csrf-token`. */
export const Session = z.object({ user: CurrentUser, csrfToken: z.string() });
export type Session = z.infer<typeof Session>;

export const ChangePasswordBody = z.object({
  current: z.string().min(1).max(200),
  next: z.string().min(10, 'at least 10 characters').max(200),
});

export const CreateUserBody = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  name: z.string().trim().min(1).max(120),
  password: z.string().min(10, 'at least 10 characters').max(200),
  locale: Language.default('fr'),
});

export const UserSummary = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  /** True until the person replaces the one-time password an admin gave them. */
  mustChangePassword: z.boolean(),
  createdAt: IsoDateTime,
});
export type UserSummary = z.infer<typeof UserSummary>;

/** A site admin gives someone a new one-time password (forgotten password, first access). */
export const ResetPasswordBody = z.object({
  password: z.string().min(10, 'at least 10 characters').max(200),
});
export const UserParams = z.object({ userId: Id });
