import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { buildProject, buildUser } from '../testing/factories.js';
import { TEST_DIALECTS } from '../testing/test-stores.js';
import { useTestStore } from '../testing/use-test-store.js';
import {
  deleteFindings,
  findFinding,
  insertFindings,
  listFindingSummaries,
  listFindings,
  updateFinding,
} from './findings.js';
import type { FindingWrite } from './findings.js';

function write(projectId: string, obligationId: string): FindingWrite {
  return {
    projectId,
    obligationId,
    status: 'partial',
    engineStatus: 'partial',
    engine: { candidates: [{ eId: 'art_2', score: 0.8 }] },
    summary: { explanation: 'Article 2' },
    mappings: [
      { lawId: 'l1', eId: 'art_2', label: 'Article 2', decision: 'proposed', source: 'engine' },
    ],
    reason: '',
    statusSetByAnalyst: false,
    confirmedAt: null,
    updatedById: null,
    confirmedById: null,
  };
}

async function withFinding(db: Kysely<Database>) {
  const project = await buildProject(db);
  await insertFindings(db, [write(project.id, 'TIP.3.a')]);
  return project;
}

describe.each(TEST_DIALECTS)('findings on %s', (dialect) => {
  const { db } = useTestStore(dialect);

  it('lists the findings without their engine records for tables', async () => {
    const project = await withFinding(db());
    const [full] = await listFindings(db(), project.id);
    const [light] = await listFindingSummaries(db(), project.id);
    expect(light).not.toHaveProperty('engine');
    const { engine, ...rest } = full ?? fail();
    expect(engine).toEqual({ candidates: [{ eId: 'art_2', score: 0.8 }] });
    expect(light).toEqual(rest);
    expect(light?.summary).toEqual({ explanation: 'Article 2' });
  });

  it('inserts many findings at version 1 and lists them by obligation', async () => {
    const project = await buildProject(db());
    const ids = Array.from({ length: 230 }, (_, i) => `GP.${String(i).padStart(3, '0')}`);
    await insertFindings(
      db(),
      [...ids].reverse().map((id) => write(project.id, id)),
    );
    const listed = await listFindings(db(), project.id);
    expect(listed.map((finding) => finding.obligationId)).toEqual(ids);
    const { updatedById, confirmedById, ...stored } = write(project.id, 'GP.000');
    expect([updatedById, confirmedById]).toEqual([null, null]);
    expect(listed[0]).toEqual({
      ...stored,
      updatedAt: listed[0]?.updatedAt,
      updatedBy: null,
      confirmedBy: null,
      version: 1,
    });
    expect(listed[0]?.updatedAt).toMatch(/^\d{4}-.*Z$/);
  });

  it('inserts all or nothing', async () => {
    const project = await withFinding(db());
    await expect(
      insertFindings(db(), [write(project.id, 'TIP.5.1'), write(project.id, 'TIP.3.a')]),
    ).rejects.toThrow();
    expect(
      await findFinding(db(), { projectId: project.id, obligationId: 'TIP.5.1' }),
    ).toBeUndefined();
  });

  it('updates at the expected version, bumps it, and names who updated and confirmed', async () => {
    const project = await withFinding(db());
    const analyst = await buildUser(db(), { name: 'Analyst' });
    const updated = await updateFinding(db(), {
      write: {
        ...write(project.id, 'TIP.3.a'),
        status: 'aligned',
        statusSetByAnalyst: true,
        updatedById: analyst.id,
        confirmedById: analyst.id,
        confirmedAt: '2026-03-01T00:00:00.000Z',
      },
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({
      status: 'aligned',
      engineStatus: 'partial',
      statusSetByAnalyst: true,
      updatedBy: { id: analyst.id, name: 'Analyst' },
      confirmedBy: { id: analyst.id, name: 'Analyst' },
      version: 2,
    });
  });

  it('returns conflict on a stale version and undefined for no such finding', async () => {
    const project = await withFinding(db());
    const change = { ...write(project.id, 'TIP.3.a'), reason: 'first' };
    expect(await updateFinding(db(), { write: change, expectedVersion: 1 })).toMatchObject({
      version: 2,
    });
    const stale = { ...change, reason: 'second' };
    expect(await updateFinding(db(), { write: stale, expectedVersion: 1 })).toBe('conflict');
    expect(
      await findFinding(db(), { projectId: project.id, obligationId: 'TIP.3.a' }),
    ).toMatchObject({ reason: 'first', version: 2 });
    const missing = write(project.id, 'TIP.9.9');
    expect(await updateFinding(db(), { write: missing, expectedVersion: 1 })).toBeUndefined();
  });

  it('loses no update when twenty writers race, each re-reading and retrying on conflict', async () => {
    const project = await withFinding(db());
    const key = { projectId: project.id, obligationId: 'TIP.3.a' };
    const writer = async (n: number): Promise<number> => {
      for (let attempts = 1; ; attempts++) {
        const current = await findFinding(db(), key);
        if (current === undefined) throw new Error('finding vanished');
        const reason = current.reason === '' ? `${n}` : `${current.reason},${n}`;
        const outcome = await updateFinding(db(), {
          write: { ...write(project.id, 'TIP.3.a'), reason },
          expectedVersion: current.version,
        });
        if (outcome !== 'conflict') return attempts;
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, n) => writer(n)));
    const final = await findFinding(db(), key);
    expect(final?.version).toBe(21);
    expect(
      final?.reason
        .split(',')
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it('deletes the named findings only', async () => {
    const project = await buildProject(db());
    await insertFindings(
      db(),
      ['A', 'B', 'C'].map((id) => write(project.id, id)),
    );
    await deleteFindings(db(), { projectId: project.id, obligationIds: ['A', 'C'] });
    await deleteFindings(db(), { projectId: project.id, obligationIds: [] });
    expect((await listFindings(db(), project.id)).map((f) => f.obligationId)).toEqual(['B']);
  });
});

function fail(): never {
  throw new Error('no finding');
}
