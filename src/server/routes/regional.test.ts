import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionalMatrix } from '../../contract/regional.js';
import { insertFindings, type FindingWrite } from '../../store/repos/findings.js';
import { TEST_DIALECTS } from '../../store/testing/test-stores.js';
import { startTestServer, type Client, type TestServer } from '../testing/test-server.js';

/** Three countries' findings on four obligations, as their analyses and reviews left them. */
const FINDINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  first: {
    'TIP.3.a': 'partial',
    'TIP.5.1': 'aligned',
    'SOM.6.1.a': 'missing',
    'UNTOC.10.1': 'missing',
  },
  second: {
    'TIP.3.a': 'aligned',
    'TIP.5.1': 'aligned',
    'SOM.6.1.a': 'missing',
    'UNTOC.10.1': 'partial',
  },
  third: {
    'TIP.3.a': 'aligned',
    'TIP.5.1': 'missing',
    'SOM.6.1.a': 'missing',
    'UNTOC.10.1': 'aligned',
  },
};

function write(projectId: string, obligationId: string, status: string): FindingWrite {
  return {
    projectId,
    obligationId,
    status,
    engineStatus: status,
    engine: {},
    summary: {},
    mappings: [],
    reason: '',
    statusSetByAnalyst: false,
    updatedById: null,
    confirmedAt: null,
    confirmedById: null,
  };
}

describe.each(TEST_DIALECTS)('the regional comparison on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let member: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await server.client({ isAdmin: true, name: 'Admin' });
    const owner = await server.client({ name: 'Owner' });
    for (const [key, findings] of Object.entries(FINDINGS)) {
      const project = await server.project(key === 'second' ? owner : admin);
      ids[key] = project.id;
      await insertFindings(
        server.store.store.db,
        Object.entries(findings).map(([obligation, status]) =>
          write(project.id, obligation, status),
        ),
      );
    }
    member = owner;
  });
  afterAll(() => server.close());

  const get = async (client: Client, query = ''): Promise<RegionalMatrix> => {
    const response = await client.request('GET', `/api/regional${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<RegionalMatrix>();
  };

  it('shows a site admin every country, each cell the finding to open', async () => {
    const matrix = await get(admin);
    expect(matrix.countries.map((country) => country.projectId).sort()).toEqual(
      Object.values(ids).sort(),
    );
    expect(matrix.rows.map((row) => row.obligationId)).toEqual([
      'TIP.3.a',
      'TIP.5.1',
      'SOM.6.1.a',
      'UNTOC.10.1',
    ]);
    const smuggling = matrix.rows.find((row) => row.obligationId === 'SOM.6.1.a');
    expect(smuggling?.instrument).toBe('SOM');
    expect(smuggling?.title.fr).not.toBe('');
    for (const [index, country] of matrix.countries.entries()) {
      const key = Object.keys(ids).find((name) => ids[name] === country.projectId) ?? '';
      for (const row of matrix.rows) {
        expect(row.cells[index]).toEqual({
          projectId: country.projectId,
          obligationId: row.obligationId,
          status: FINDINGS[key]?.[row.obligationId],
        });
      }
    }
  });

  it('shows a member only the country of their project', async () => {
    const matrix = await get(member);
    expect(matrix.countries.map((country) => country.projectId)).toEqual([ids.second]);
    expect(matrix.rows.every((row) => row.cells.length === 1)).toBe(true);
    // Asking for another country's column gives nothing of it.
    const asked = await get(member, `?projects=${ids.first},${ids.second}`);
    expect(asked.countries.map((country) => country.projectId)).toEqual([ids.second]);
    expect(JSON.stringify(asked)).not.toContain(ids.first);
  });

  it('narrows to the countries, instruments, themes and statuses asked for', async () => {
    const two = await get(admin, `?projects=${ids.first},${ids.third}`);
    expect(two.countries.map((country) => country.projectId).sort()).toEqual(
      [ids.first, ids.third].sort(),
    );
    const trafficking = await get(admin, '?instruments=TIP');
    expect(trafficking.rows.map((row) => row.obligationId)).toEqual(['TIP.3.a', 'TIP.5.1']);
    const persons = await get(admin, '?themes=legal_persons');
    expect(persons.rows.map((row) => row.obligationId)).toEqual(['UNTOC.10.1']);
    const partial = await get(admin, '?statuses=partial');
    expect(partial.rows.map((row) => row.obligationId)).toEqual(['TIP.3.a', 'UNTOC.10.1']);
    const refused = await admin.request('GET', '/api/regional?statuses=unknown');
    expect(refused.statusCode).toBe(400);
  });

  it('sums up the gaps of the region, coverage per country and counts per theme', async () => {
    const matrix = await get(admin, '?level=theme');
    expect(matrix.summary.gaps.map((gap) => [gap.obligationId, gap.countries])).toEqual([
      ['SOM.6.1.a', 3],
      ['UNTOC.10.1', 2],
      // Missing outright before partial.
      ['TIP.5.1', 1],
      ['TIP.3.a', 1],
    ]);
    expect(matrix.summary.gaps[1]).toMatchObject({ missing: [ids.first], partial: [ids.second] });
    const second = matrix.countries.find((country) => country.projectId === ids.second);
    expect(second).toMatchObject({ coverage: 0.5, partialCoverage: 0.75 });
    expect(second?.counts).toMatchObject({ aligned: 2, partial: 1, missing: 1 });
    const criminalization = matrix.themes.find((row) => row.theme === 'criminalization');
    const third = criminalization?.cells.find((cell) => cell.projectId === ids.third);
    expect(third?.counts).toMatchObject({ missing: 2 });
    expect((await get(admin)).themes).toEqual([]);
  });

  it('exports the matrix as CSV and XLSX with the same filters', async () => {
    const csv = await admin.request('GET', '/api/regional/export?format=csv&instruments=SOM');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('regional-comparison.csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Obligation,Title,Theme,Instrument,ML – Test project/);
    expect(lines[1]).toMatch(/^SOM\.6\.1\.a,.*,missing,missing,missing$/);
    expect(lines).toHaveLength(3);
    const french = await admin.request('GET', '/api/regional/export?format=csv&language=fr');
    expect(french.body).toContain('Obligation;Intitulé;Thème');
    expect(french.headers['content-disposition']).toContain('comparaison-regionale.csv');
    const xlsx = await member.request('GET', '/api/regional/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      xlsx.rawPayload.buffer.slice(
        xlsx.rawPayload.byteOffset,
        xlsx.rawPayload.byteOffset + xlsx.rawPayload.byteLength,
      ) as ArrayBuffer,
    );
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Themes', 'Gaps']);
    const sheet = book.getWorksheet('Matrix');
    expect(sheet?.getRow(1).values).toHaveLength(6); // ExcelJS counts from 1: 4 columns + 1 country
    expect(sheet?.getCell('E2').value).toBe('aligned');
  });
});
