import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AttendanceView,
  ImportParticipantsResult,
  ParticipantList,
  WorkshopDetail,
  WorkshopStatisticsView,
} from '../../contract/workshops.js';
import { TEST_DIALECTS } from '../../store/testing/test-stores.js';
import { startTestServer, type Client, type TestServer } from '../testing/test-server.js';

const EVENT = {
  title: 'Atelier de validation – Bamako',
  startsOn: '2026-12-07',
  endsOn: '2026-12-08',
  place: 'Bamako',
  organisers: 'Ministère de la Justice',
  partners: '',
  description: '',
};

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Liste');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

describe.each(TEST_DIALECTS)('workshop routes on %s', (dialect) => {
  let server: TestServer;
  let organiser: Client;
  let observer: Client;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const owner = await server.client({ name: 'Owner' });
    const project = await server.project(owner, ['organiser', 'observer']);
    organiser = project.members.get('organiser') as Client; // asked for above
    observer = project.members.get('observer') as Client;
    const created = await organiser.request('POST', `/api/projects/${project.id}/workshops`, EVENT);
    expect(created.statusCode).toBe(201);
    base = `/api/projects/${project.id}/workshops/${created.json<WorkshopDetail>().id}`;
  });
  afterAll(() => server.close());

  it('imports a sheet all or nothing, then checks people in and counts them', async () => {
    const sheet = await xlsx([
      ['Nom', 'Structure', 'Secteur', 'Sexe', 'Courriel', 'Jour 1', 'Jour 2'],
      ['Awa Traoré', 'ONG Espoir', 'Société civile', 'F', 'awa@example.org', 'x', 'x'],
      ['Bakary Keïta', 'Gendarmerie nationale', '', 'M', '', 'x', ''],
      ['Issa Coulibaly', 'Tribunal de Kayes', 'Magistrat', 'Q', '', '', 'x'],
    ]);
    const refused = await organiser.upload(`${base}/participants/import`, {
      name: 'presence.xlsx',
      content: sheet,
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json<ImportParticipantsResult>()).toMatchObject({
      imported: false,
      errors: [{ row: 4, column: 'Sexe', code: 'unknown_sex', value: 'Q' }],
    });
    const partial = await organiser.upload(`${base}/participants/import?partial=true`, {
      name: 'presence.xlsx',
      content: sheet,
    });
    expect(partial.json<ImportParticipantsResult>()).toMatchObject({
      imported: true,
      created: 2,
      skipped: 1,
      checkIns: 3,
    });
    const list = (await observer.request('GET', `${base}/participants`)).json<ParticipantList>();
    expect(list.contactsVisible).toBe(false);
    expect(list.participants.map((p) => [p.name, p.sector, p.email])).toEqual([
      ['Awa Traoré', 'civil_society', null],
      ['Bakary Keïta', 'law_enforcement', null],
    ]);
    const bakary = list.participants[1]?.id ?? '';
    const checkIn = () =>
      organiser.request('POST', `${base}/attendance`, { participantId: bakary, day: '2026-12-08' });
    expect((await checkIn()).json()).toEqual({ status: 'created' });
    expect((await checkIn()).json()).toEqual({ status: 'already' });
    expect(
      (
        await observer.request('POST', `${base}/attendance`, {
          participantId: bakary,
          day: '2026-12-08',
        })
      ).statusCode,
    ).toBe(403);
    const attendance = (await observer.request('GET', `${base}/attendance`)).json<AttendanceView>();
    expect(attendance.totals.map((total) => total.counts.total)).toEqual([2, 2]);
    const undone = await organiser.request('DELETE', `${base}/attendance/${bakary}/2026-12-08`);
    expect(undone.statusCode).toBe(200);
    const statistics = (
      await observer.request('GET', `${base}/statistics`)
    ).json<WorkshopStatisticsView>();
    expect(statistics.participants).toMatchObject({ female: 1, male: 1, total: 2 });
    expect(statistics.attendanceByDay.map((day) => day.counts.total)).toEqual([2, 1]);
  });

  it('refuses uploads that are too large, of the wrong type, or not multipart', async () => {
    const big = await organiser.upload(`${base}/participants/import`, {
      name: 'presence.csv',
      content: `Nom;Structure\n${'Awa Traoré;ONG\n'.repeat(400_000)}`,
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: 'payload_too_large' });
    const pdf = await organiser.upload(`${base}/participants/import`, {
      name: 'presence.pdf',
      content: '%PDF-1.7',
    });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json<{ message: string }>().message).toMatch(/XLSX or CSV/);
    const xls = await organiser.upload(`${base}/participants/import`, {
      name: 'presence.xls',
      content: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    });
    expect(xls.json<{ message: string }>().message).toMatch(/save the sheet as XLSX/);
    const json = await organiser.request('POST', `${base}/participants/import`, { rows: [] });
    expect(json.statusCode).toBe(415);
  });

  it('downloads the workbook and CSV parts, contacts only for organisers', async () => {
    const workbook = await organiser.request('GET', `${base}/export?format=xlsx`);
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-type']).toContain('spreadsheetml');
    expect(workbook.headers['content-disposition']).toContain(
      'filename="atelier-de-validation-bamako-2026-12-07.xlsx"',
    );
    const book = await readWorkbook(workbook.rawPayload);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Synthèse',
      'Par sexe',
      'Par secteur',
      'Présence',
      'Décisions',
      'Participants',
    ]);
    const participants = book.getWorksheet('Participants');
    expect(participants?.getRow(1).values).toContain('Courriel');
    const bySex = book.getWorksheet('Par sexe');
    expect(bySex?.getRow(5).values).toEqual([undefined, 'Total', 2, 2]);

    const forObserver = await readWorkbook(
      (await observer.request('GET', `${base}/export?format=xlsx`)).rawPayload,
    );
    expect(forObserver.getWorksheet('Participants')?.getRow(1).values).not.toContain('Courriel');

    const csv = await observer.request('GET', `${base}/export?format=csv&part=attendance`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('-attendance.csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body).toContain('Awa Traoré;ONG Espoir;Femme;x;x');
    const badPart = await observer.request('GET', `${base}/export?format=csv&part=everything`);
    expect(badPart.statusCode).toBe(400);
  });
});
