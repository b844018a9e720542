import { describe, expect, it } from 'vitest';
import { buildProject, buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import { appendAudit, listAudit } from './audit.js';

describe.each(TEST_DIALECTS)('audit log on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('lists a project’s entries newest first, with the actor and before/after values', async () => {
    const project = await buildProject(db());
    const actor = await buildUser(db(), { name: 'Ibrahim' });
    const other = await buildProject(db());
    const add = (objectId: string, after: unknown) =>
      appendAudit(db(), {
        projectId: project.id,
        actorId: actor.id,
        action: 'finding.update',
        objectType: 'finding',
        objectId,
        before: { status: 'partial' },
        after,
      });
    await add('TIP.3.a', { status: 'aligned' });
    await add('TIP.5.1', { status: 'missing' });
    await appendAudit(db(), {
      projectId: project.id,
      actorId: null,
      action: 'analysis.run',
      objectType: 'project',
      objectId: project.id,
    });
    await appendAudit(db(), {
      projectId: other.id,
      actorId: actor.id,
      action: 'law.import',
      objectType: 'law',
      objectId: 'l1',
    });
    const all = await listAudit(db(), { projectId: project.id, limit: 10 });
    expect(all.map((entry) => entry.action)).toEqual([
      'analysis.run',
      'finding.update',
      'finding.update',
    ]);
    expect(all[0]).toMatchObject({ actor: null, before: null, after: null });
    expect(all[1]).toMatchObject({
      projectId: project.id,
      actor: { id: actor.id, name: 'Ibrahim' },
      objectType: 'finding',
      objectId: 'TIP.5.1',
      before: { status: 'partial' },
      after: { status: 'missing' },
    });
    expect(all[1]?.at).toMatch(/^\d{4}-.*Z$/);
    expect(all[0]?.id).toBeGreaterThan(all[1]?.id ?? Infinity);
  });

  it('filters by object type and object, and honours the limit', async () => {
    const project = await buildProject(db());
    for (const objectId of ['a', 'b', 'a']) {
      await appendAudit(db(), {
        projectId: project.id,
        actorId: null,
        action: 'finding.update',
        objectType: 'finding',
        objectId,
      });
    }
    await appendAudit(db(), {
      projectId: project.id,
      actorId: null,
      action: 'law.import',
      objectType: 'law',
      objectId: 'a',
    });
    const byType = await listAudit(db(), {
      projectId: project.id,
      objectType: 'finding',
      limit: 10,
    });
    expect(byType).toHaveLength(3);
    const byObject = await listAudit(db(), {
      projectId: project.id,
      objectType: 'finding',
      objectId: 'a',
      limit: 10,
    });
    expect(byObject.map((entry) => entry.objectId)).toEqual(['a', 'a']);
    expect(await listAudit(db(), { projectId: project.id, limit: 2 })).toHaveLength(2);
  });
});
