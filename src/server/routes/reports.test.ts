import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveChange } from '../../contract/live.js';
import type { ReportFormat, ReportKind } from '../../core/reports/report-document.js';
import { seedDemoWorkspace } from '../../services/demo-workspace.js';
import { listProjects, setMember } from '../../services/projects.js';
import { reportDocument } from '../../services/report-data.js';
import { TEST_DIALECTS } from '../../store/testing/test-stores.js';
import { startTestServer, type Client, type TestServer } from '../testing/test-server.js';

const KINDS: readonly ReportKind[] = ['analysis', 'workshop', 'draft'];
const FORMATS: readonly ReportFormat[] = ['html', 'docx', 'pdf'];
const CONTENT_TYPES: Readonly<Record<ReportFormat, RegExp>> = {
  html: /^text\/html/,
  pdf: /^application\/pdf/,
  docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
};

const escaped = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

describe.each(TEST_DIALECTS)(
  'reports and spreadsheets over HTTP on %s',
  { timeout: 180_000 },
  (dialect) => {
    let server: TestServer;
    let owner: Client;
    let observer: Client;
    let outsider: Client;
    let projectId: string;

    beforeAll(async () => {
      server = await startTestServer(dialect);
      owner = await server.client({ name: 'Owner', isAdmin: true });
      await seedDemoWorkspace(server.workspace, owner.actor, { today: '2026-12-09' });
      const [project] = await listProjects(server.workspace, owner.actor);
      projectId = project?.id ?? '';
      observer = await server.client({ name: 'Observer' });
      const email = await server.workspace.store.db
        .selectFrom('users')
        .select('email')
        .where('id', '=', observer.actor.id)
        .executeTakeFirstOrThrow();
      await setMember(server.workspace, {
        actor: owner.actor,
        projectId,
        email: email.email,
        role: 'observer',
      });
      outsider = await server.client({ name: 'Outsider' });
    }, 180_000);
    afterAll(() => server.close());

    const url = (kind: ReportKind, query: string) =>
      `/api/projects/${projectId}/reports/${kind}?${query}`;

    for (const kind of KINDS) {
      for (const format of FORMATS) {
        it(`downloads the ${kind} report as ${format}`, async () => {
          const response = await observer.request('GET', url(kind, `format=${format}&language=en`));
          expect(response.statusCode).toBe(200);
          expect(response.headers['content-type']).toMatch(CONTENT_TYPES[format]);
          expect(response.headers['content-disposition']).toMatch(
            new RegExp(`attachment; filename=".*-ML-\\d{4}-\\d{2}-\\d{2}\\.${format}"`),
          );
          const bytes = response.rawPayload;
          expect(bytes.byteLength).toBeGreaterThan(1000);
          if (format === 'pdf') expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
          if (format === 'docx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
          if (format === 'html') {
            const report = await reportDocument(server.workspace, {
              actor: owner.actor,
              projectId,
              kind,
              language: 'en',
            });
            expect(response.body).toContain('lang="en"');
            expect(response.body).toContain(escaped(report.title));
          }
        });
      }
    }

    it('writes the report in the language asked, the project’s by default', async () => {
      const english = await owner.request('GET', url('analysis', 'format=html&language=en'));
      const french = await owner.request('GET', url('analysis', 'format=html'));
      expect(english.headers['content-disposition']).toMatch(/filename="legislative-analysis-ML-/);
      expect(french.headers['content-disposition']).toMatch(/filename="analyse-legislative-ML-/);
      expect(french.body).toContain('lang="fr"');
      expect(english.body).not.toBe(french.body);
    });

    it('lists the workshop participants only for organisers and owners', async () => {
      const query = 'format=html&language=en';
      const html = async (client: Client, extra: string) =>
        (await client.request('GET', url('workshop', `${query}${extra}`))).body;
      const ownerWith = await html(owner, '&includeParticipants=true');
      const ownerWithout = await html(owner, '');
      expect(ownerWith.length).toBeGreaterThan(ownerWithout.length);
      expect(await html(observer, '&includeParticipants=true')).toBe(await html(observer, ''));
    });

    it('announces the steps under the request ID on the project’s stream', async () => {
      const requestId = randomUUID();
      const changes: LiveChange[] = [];
      const stop = server.workspace.store.live.subscribe((message) => {
        const parsed = LiveChange.safeParse(JSON.parse(message) as unknown);
        if (parsed.success && parsed.data.kind === 'report') changes.push(parsed.data);
      });
      const response = await owner.request(
        'GET',
        url('analysis', `format=docx&language=fr&requestId=${requestId}`),
      );
      expect(response.statusCode).toBe(200);
      for (let tries = 0; tries < 100 && changes.length < 3; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      stop();
      const steps = changes.map((change) => change.progress);
      steps.sort((a, b) => (a?.done ?? 0) - (b?.done ?? 0));
      expect(steps).toEqual([
        { done: 0, total: 2 },
        { done: 1, total: 2 },
        { done: 2, total: 2 },
      ]);
      expect(changes.every((change) => change.objectId === requestId)).toBe(true);
      expect(changes[0]).toMatchObject({ projectId, actor: { id: owner.actor.id } });
      const bad = await owner.request('GET', url('analysis', 'format=html&requestId=nope'));
      expect(bad.statusCode).toBe(400);
    });

    it('refuses a non-member and an unknown kind or format', async () => {
      expect((await outsider.request('GET', url('analysis', 'format=html'))).statusCode).toBe(404);
      expect(
        (await outsider.request('GET', `/api/projects/${projectId}/exports/concordance`))
          .statusCode,
      ).toBe(404);
      expect(
        (await owner.request('GET', url('summary' as ReportKind, 'format=html'))).statusCode,
      ).toBe(400);
      expect((await owner.request('GET', url('analysis', 'format=odt'))).statusCode).toBe(400);
    });

    it('exports the concordance table and recommendations for an observer', async () => {
      const xlsx = await observer.request(
        'GET',
        `/api/projects/${projectId}/exports/concordance?format=xlsx&language=en`,
      );
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-disposition']).toMatch(/filename="concordance-ML-.*\.xlsx"/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet?.getRow(1).getCell(1).text).toBe('Obligation');
      expect(sheet?.rowCount).toBeGreaterThan(100);
      const csv = await observer.request(
        'GET',
        `/api/projects/${projectId}/exports/recommendations?format=csv`,
      );
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body.startsWith('\uFEFFNuméro;Intitulé;Type;')).toBe(true);
      expect(csv.body.split('\r\n').length).toBeGreaterThan(3);
    });
  },
);
