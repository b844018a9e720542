import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, migrateToNothing } from './migrations/migrate.js';
import { MIGRATIONS } from './migrations/migrations.js';
import { openStore } from './open-store.js';
import { parseLaw } from '../core/parse/parse-law.js';
import { appendAudit, listAudit } from './repos/audit.js';
import { insertComment } from './repos/comments.js';
import { insertFindings } from './repos/findings.js';
import { insertLaw } from './repos/laws.js';
import { countUsers, findUserById } from './repos/users.js';
import { buildProject, buildUser } from './testing/factories.js';
import { openTestStore, TEST_DIALECTS } from './testing/test-stores.js';
import type { TestStore } from './testing/test-stores.js';

const TABLES = [
  'attendance',
  'audit_events',
  'comments',
  'contributions',
  'findings',
  'laws',
  'members',
  'participants',
  'projects',
  'recommendation_transitions',
  'recommendation_versions',
  'recommendations',
  'sessions',
  'users',
  'vote_questions',
  'votes',
  'workshop_sessions',
  'workshops',
];

describe.each(TEST_DIALECTS)('store on %s', (dialect) => {
  let test: TestStore;
  beforeEach(async () => {
    test = await openTestStore(dialect);
  });
  afterEach(async () => {
    await test.cleanup();
  });

  /** The tables of this test's own database (on PostgreSQL, its own schema: others run beside it). */
  const tableNames = async (): Promise<string[]> => {
    const { db } = test.store;
    const schema =
      dialect === 'postgres'
        ? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name
        : undefined;
    return (await db.introspection.getTables())
      .filter((table) => schema === undefined || table.schema === schema)
      .map((table) => table.name)
      .filter((name) => TABLES.includes(name))
      .sort();
  };

  it('opens migrated to the latest schema and says which dialect it is', async () => {
    expect(test.store.dialect).toBe(dialect);
    expect(await tableNames()).toEqual(TABLES);
    expect(await migrateToLatest(test.store.db)).toEqual([]);
  });

  it('migrates down to nothing and up again', async () => {
    const names = Object.keys(MIGRATIONS);
    expect(await migrateToNothing(test.store.db)).toEqual([...names].reverse());
    expect(await tableNames()).toEqual([]);
    expect(await migrateToLatest(test.store.db)).toEqual(names);
    expect(await tableNames()).toEqual(TABLES);
    await buildProject(test.store.db);
    expect(await countUsers(test.store.db)).toBe(1);
  });

  it('names the migration that failed', async () => {
    await migrateToNothing(test.store.db);
    await test.store.db.schema.createTable('laws').addColumn('id', 'text').execute();
    await expect(migrateToLatest(test.store.db)).rejects.toThrow(/0003-create-laws/);
  });

  it('a second store on the same database finds it migrated', async () => {
    const sibling = await test.openSibling();
    const user = await buildUser(test.store.db);
    expect((await findUserById(sibling.db, user.id))?.email).toBe(user.email);
  });

  it('rolls a transaction back when its function throws', async () => {
    await expect(
      test.store.transaction(async (tx) => {
        await buildProject(tx);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await countUsers(test.store.db)).toBe(0);
    expect(await test.store.db.selectFrom('projects').selectAll().execute()).toEqual([]);
  });

  it('commits a transaction and returns its value', async () => {
    const project = await test.store.transaction((tx) => buildProject(tx));
    expect(await test.store.db.selectFrom('projects').select('id').execute()).toEqual([
      { id: project.id },
    ]);
  });

  it('deletes a project with its members, laws, findings and comments; the audit log stays', async () => {
    const { db } = test.store;
    const project = await buildProject(db);
    const kept = await buildProject(db);
    const { document } = parseLaw('Article 1 : Texte.', { language: 'fr' });
    for (const each of [project, kept]) {
      const scope = { projectId: each.id, createdBy: each.createdBy };
      await insertLaw(db, {
        ...scope,
        title: 't',
        fileName: 't.txt',
        format: 'txt',
        language: 'fr',
        sizeBytes: 1,
        document,
        diagnostics: [],
        articleCount: 1,
      });
      await insertFindings(db, [
        {
          projectId: each.id,
          obligationId: 'TIP.3.a',
          status: 'missing',
          engineStatus: 'missing',
          engine: {},
          summary: {},
          mappings: [],
          reason: '',
          statusSetByAnalyst: false,
          confirmedAt: null,
          updatedById: null,
          confirmedById: null,
        },
      ]);
      const target = { targetType: 'finding', targetId: 'TIP.3.a' };
      await insertComment(db, {
        projectId: each.id,
        ...target,
        authorId: each.createdBy,
        body: 'b',
      });
      await appendAudit(db, {
        projectId: each.id,
        actorId: each.createdBy,
        action: 'project.create',
        objectType: 'project',
        objectId: each.id,
      });
    }
    await db.deleteFrom('projects').where('id', '=', project.id).execute();
    for (const table of ['members', 'laws', 'findings', 'comments'] as const) {
      const rows = await db.selectFrom(table).select('project_id').execute();
      expect(rows.map((row) => row.project_id)).toEqual([kept.id]);
    }
    expect(await listAudit(db, { projectId: project.id, limit: 10 })).toHaveLength(1);
  });

  it('refuses a row whose parent does not exist', async () => {
    await expect(
      test.store.db
        .insertInto('sessions')
        .values({
          id_hash: 'h',
          user_id: 'nobody',
          csrf_token: 't',
          created_at: '2026-01-01T00:00:00.000Z',
          expires_at: '2027-01-01T00:00:00.000Z',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('keeps the audit log append-only: UPDATE and DELETE are refused', async () => {
    const { db } = test.store;
    await appendAudit(db, {
      projectId: null,
      actorId: null,
      action: 'user.create',
      objectType: 'user',
      objectId: 'u1',
      after: {},
    });
    await expect(
      db.updateTable('audit_events').set({ action: 'forged' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('audit_events').select('action').execute();
    expect(rows).toEqual([{ action: 'user.create' }]);
  });
});

describe('openStore', () => {
  it('opens an in-memory SQLite database', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    try {
      expect(store.dialect).toBe('sqlite');
      expect(await countUsers(store.db)).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('refuses a database URL that is not PostgreSQL', async () => {
    await expect(openStore({ databaseUrl: 'mysql://localhost/x' })).rejects.toThrow(/postgres/);
  });

  it('names the server it cannot reach', async () => {
    await expect(
      openStore({ databaseUrl: 'postgres://nobody:secret@127.0.0.1:1/none' }),
    ).rejects.toThrow(/Cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
  });
});
