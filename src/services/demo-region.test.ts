import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../store/repos/users.js';
import { openTestStore, type TestStore } from '../store/testing/test-stores.js';
import { actorOf, ensureFirstAdmin, FIRST_ADMIN_EMAIL } from './accounts.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import { seedDemoWorkspace } from './demo-workspace.js';
import { listProjects } from './projects.js';
import { regionalMatrix } from './regional.js';
import type { Workspace } from './workspace.js';

describe('the demo region', () => {
  let test: TestStore;
  let workspace: Workspace;

  beforeAll(async () => {
    test = await openTestStore('sqlite');
    workspace = { store: test.store, catalogue: loadCatalogueIndex() };
    await ensureFirstAdmin(test.store);
  });
  afterAll(() => test.cleanup());

  it('gives the admin four analysed countries to compare, Mali first in the list', async () => {
    const user = await findUserByEmail(test.store.db, FIRST_ADMIN_EMAIL);
    if (user === undefined) throw new Error('no admin');
    const admin = actorOf(user);
    expect(await seedDemoWorkspace(workspace, admin, { today: '2026-12-09' })).toBe(true);
    const projects = await listProjects(workspace, admin);
    expect(projects.map((project) => project.country)).toEqual(['ML', 'XE', 'ZZ', 'XF']);
    expect(projects.every((project) => project.role === 'owner')).toBe(true);
    const matrix = await regionalMatrix(workspace, {
      actor: admin,
      query: { level: 'obligation' },
    });
    expect(matrix.countries.map((country) => country.country).sort()).toEqual([
      'ML',
      'XE',
      'XF',
      'ZZ',
    ]);
    for (const country of matrix.countries) {
      expect(country.laws).toHaveLength(1);
      expect(country.analysedAt).not.toBeNull();
    }
    const row = (id: string) => matrix.rows.find((item) => item.obligationId === id);
    const statusIn = (id: string, code: string) => {
      const index = matrix.countries.findIndex((country) => country.country === code);
      return row(id)?.cells[index]?.status;
    };
    // Planted gaps of the fictional laws (examples/laws/README.md).
    expect(statusIn('SOM.5', 'XF')).toBe('missing');
    expect(statusIn('UNTOC.10.1', 'ZZ')).toBe('missing');
    expect(statusIn('UNTOC.10.1', 'XE')).not.toBe('missing');
    expect(matrix.summary.gaps.length).toBeGreaterThan(5);
    expect(matrix.summary.gaps[0]?.countries).toBeGreaterThanOrEqual(3);
  });
});
