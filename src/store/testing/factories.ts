import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { insertProject } from '../repos/projects.js';
import type { ProjectRecord } from '../repos/projects.js';
import { insertUser } from '../repos/users.js';
import type { UserRecord } from '../repos/users.js';

/** Adds a user with unique defaults; pass only what the test is about. */
export function buildUser(
  db: Kysely<Database>,
  overrides: Partial<Omit<UserRecord, 'id' | 'createdAt'>> = {},
): Promise<UserRecord> {
  const tag = randomUUID().slice(0, 8);
  return insertUser(db, {
    email: `user-${tag}@example.org`,
    name: `User ${tag}`,
    passwordHash: 'not-a-real-hash',
    isAdmin: false,
    mustChangePassword: false,
    locale: 'fr',
    ...overrides,
  });
}

/** Adds a project owned by `createdBy` (a new user when absent). */
export async function buildProject(
  db: Kysely<Database>,
  overrides: Partial<{
    name: string;
    country: string;
    language: string;
    description: string;
    createdBy: string;
  }> = {},
): Promise<ProjectRecord> {
  const createdBy = overrides.createdBy ?? (await buildUser(db)).id;
  return insertProject(db, {
    name: `Project ${randomUUID().slice(0, 8)}`,
    country: 'ML',
    language: 'fr',
    description: '',
    ...overrides,
    createdBy,
  });
}
