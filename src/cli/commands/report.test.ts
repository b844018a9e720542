import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, ensureFirstAdmin, FIRST_ADMIN_EMAIL } from '../../services/accounts.js';
import { loadCatalogueIndex } from '../../services/catalogue-files.js';
import { seedDemoWorkspace } from '../../services/demo-workspace.js';
import { listProjects } from '../../services/projects.js';
import { openStore } from '../../store/open-store.js';
import { findUserByEmail } from '../../store/repos/users.js';
import { buildUser } from '../../store/testing/factories.js';
import { captureIo } from '../captured-io.js';
import { main } from '../main.js';
import { runReport } from './report.js';

describe('lexalign report', { timeout: 120_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let outsider: string;
  let projectName: string;
  let projectId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lexalign-report-'));
    env = { LEXALIGN_DATA_DIR: dir };
    const store = await openStore({ sqlitePath: join(dir, 'lexalign.sqlite') });
    try {
      await ensureFirstAdmin(store);
      const admin = await findUserByEmail(store.db, FIRST_ADMIN_EMAIL);
      if (admin === undefined) throw new Error('no admin');
      await seedDemoWorkspace({ store, catalogue: loadCatalogueIndex() }, actorOf(admin), {
        today: '2026-12-09',
      });
      const projects = await listProjects(
        { store, catalogue: loadCatalogueIndex() },
        actorOf(admin),
      );
      const mali = projects.find((project) => project.country === 'ML');
      projectName = mali?.name ?? '';
      projectId = mali?.id ?? '';
      outsider = (await buildUser(store.db, { name: 'Outsider' })).email;
    } finally {
      await store.close();
    }
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the analysis report in English, steps on stderr', async () => {
    const out = join(dir, 'analysis.html');
    const captured = captureIo();
    const code = await runReport(
      ['analysis', '--project', projectId, '--format', 'html', '--lang', 'en', '--out', out],
      captured.io,
      env,
    );
    expect(captured.err()).toBe(
      '[0/2] gathering the project’s data\n[1/2] writing the report\n[2/2] done\n',
    );
    expect(code).toBe(0);
    expect(captured.out()).toBe(`${out}\n`);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<html lang="en"');
  });

  it('finds the project by name and writes Word under the report’s own name', async () => {
    const captured = captureIo();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const code = await runReport(
        ['analysis', '--project', projectName.toUpperCase(), '--format', 'docx'],
        captured.io,
        env,
      );
      expect(code).toBe(0);
      const written = captured.out().trim();
      expect(written).toMatch(/^analyse-legislative-ML-\d{4}-\d{2}-\d{2}\.docx$/);
      const bytes = await readFile(join(dir, written));
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const missing = captureIo();
      expect(await runReport(['analysis', '--project', 'nope'], missing.io, env)).toBe(1);
      expect(missing.err()).toContain('no project "nope"');
    } finally {
      process.chdir(cwd);
    }
  });

  it('prints the draft report as PDF, with the printing step', async () => {
    const out = join(dir, 'draft.pdf');
    const captured = captureIo();
    const code = await runReport(
      ['draft', '--project', projectId, '--format', 'pdf', '--lang', 'fr', '--out', out],
      captured.io,
      env,
    );
    expect(code).toBe(0);
    expect(captured.err()).toContain('[2/3] printing the PDF\n[3/3] done\n');
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('acts as the user named, who must be a member', async () => {
    const captured = captureIo();
    const code = await runReport(
      ['analysis', '--format', 'html', '--user', outsider, '--out', join(dir, 'x.html')],
      captured.io,
      env,
    );
    expect(code).toBe(1);
    expect(captured.err()).toMatch(/choose a project with --project: none found/);
  });

  it('explains its usage on a wrong report or format', async () => {
    const captured = captureIo();
    expect(await main(['report', 'summary', '--format', 'odt'], captured.io)).toBe(2);
    expect(captured.err()).toContain('say which report: analysis, workshop, draft');
    expect(captured.err()).toContain('--format must be one of html, pdf, docx');
  });
});
