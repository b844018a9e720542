import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, describeViolation, isBlocking } from './axe.js';
import { useBrowserSession } from './browser-session.js';
import { englishContext, signIn, text } from './chromium.js';
import type { E2eServer } from './e2e-server.js';

const ADMIN_PASSWORD = 'le mot de passe du comité';
const ORGANISER = {
  email: 'mariam@example.org',
  name: 'Mariam Diallo',
  password: 'organisatrice de l’atelier',
  role: 'organiser',
} as const;

/**
 * An organiser's workshop in the browser: plans it, adds a session to the agenda, imports an
 * attendance sheet (refused for a bad row, then its valid rows), checks someone in, reads the
 * statistics and downloads the workbook, whose figures match.
 */
describe('a workshop’s records in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: Page;
  let organiser: Page;
  let projectId: string;
  let workshopUrl: string;
  let folder: string;

  const session = useBrowserSession();
  beforeAll(async () => {
    ({ server, browser, admin } = session);
    folder = await mkdtemp(join(tmpdir(), 'lexalign-workshop-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  async function sheet(rows: string[][]): Promise<string> {
    const book = new ExcelJS.Workbook();
    const page = book.addWorksheet('Liste de présence');
    for (const row of rows) page.addRow(row);
    const path = join(folder, 'liste-de-presence.xlsx');
    await book.xlsx.writeFile(path);
    return path;
  }

  it('sets up a project with an organiser', async () => {
    await signIn(admin, server.admin);
    await admin.getByLabel(text['password.current'], { exact: true }).fill(server.admin.password);
    await admin.getByLabel(text['password.next'], { exact: true }).fill(ADMIN_PASSWORD);
    await admin.getByLabel(text['password.confirm'], { exact: true }).fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: text['password.submit'] }).click();
    await admin.getByLabel(text['projects.name'], { exact: true }).fill('Mali');
    await admin.getByLabel(text['projects.countryCode'], { exact: true }).fill('ml');
    await admin.getByRole('button', { name: text['projects.create'] }).click();
    await admin.waitForURL(/#\/projects\/[^/]+$/);
    projectId = decodeURIComponent(new URL(admin.url()).hash.split('/')[2] ?? '');
    await server.addMember(projectId, ORGANISER);
    const context = await englishContext(browser, { baseURL: server.url });
    organiser = await context.newPage();
    session.open.push(organiser);
    await signIn(organiser, ORGANISER);
    await organiser.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
  });

  it('plans a workshop from the project’s navigation and shows its join code', async () => {
    await organiser.goto(`/#/projects/${projectId}`);
    await organiser.getByRole('link', { name: text['nav.workshops'], exact: true }).click();
    await organiser.getByRole('heading', { name: text['ws.title'], exact: true }).waitFor();
    await organiser.getByTestId('new-workshop-title').fill('Atelier de validation');
    await organiser.getByTestId('new-workshop-startsOn').fill('2026-12-07');
    await organiser.getByTestId('new-workshop-endsOn').fill('2026-12-08');
    await organiser.getByTestId('new-workshop-place').fill('Bamako');
    await organiser.getByTestId('new-workshop-submit').click();
    await organiser.waitForURL(/\/workshops\/[^/]+$/);
    workshopUrl = new URL(organiser.url()).hash;
    expect(await organiser.getByTestId('workshop-title').textContent()).toBe(
      'Atelier de validation',
    );
    expect(await organiser.getByTestId('join-code').textContent()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(await organiser.getByTestId('workshop-live-link').getAttribute('href')).toMatch(
      /\/workshops\/[^/]+\/live$/,
    );
  });

  it('adds a session to the agenda, refusing an end before the start', async () => {
    await organiser.getByTestId('workshop-tab-agenda').click();
    const form = organiser.getByTestId('session-new-form');
    await organiser.getByTestId('session-new-title').fill('Présentation de l’analyse');
    await form.getByLabel(text['ws.session.startsAt'], { exact: true }).fill('10:00');
    await form.getByLabel(text['ws.session.endsAt'], { exact: true }).fill('09:00');
    await organiser.getByTestId('session-new-submit').click();
    await form.getByText(text['ws.session.endBeforeStart']).waitFor();
    await form.getByLabel(text['ws.session.endsAt'], { exact: true }).fill('12:30');
    await organiser.getByTestId('session-new-obligations').fill('TIP.3.a, SOM.6.1.a');
    await organiser.getByTestId('session-new-submit').click();
    const day = organiser.getByTestId('agenda-day-1');
    await day.getByTestId('agenda-session').waitFor();
    const session = await day.getByTestId('agenda-session').textContent();
    expect(session).toContain('Présentation de l’analyse');
    expect(session).toContain('10:00');
    expect(session).toContain('SOM.6.1.a');
  });

  it('imports the attendance sheet: nothing while a row has an error, then the valid rows', async () => {
    await organiser.getByTestId('workshop-tab-participants').click();
    const path = await sheet([
      ['Liste de présence – Atelier de validation'],
      ['Nom', 'Prénom(s)', 'Structure', 'Secteur', 'Sexe', 'Jour 1', 'Jour 2'],
      ['TRAORÉ', 'Awa', 'Ministère de la Justice', 'Gouvernement', 'F', 'x', 'x'],
      ['KEÏTA', 'Bakary', 'Police nationale', 'Police', 'M', 'x', ''],
      ['SIDIBÉ', 'Fatoumata', 'ONG Espoir', 'ONG', 'F', '', 'x'],
      ['COULIBALY', 'Issa', 'Tribunal de Kayes', 'Magistrat', 'Q', 'x', ''],
    ]);
    await organiser.getByTestId('sheet-input').setInputFiles(path);
    await organiser.getByTestId('sheet-submit').click();
    const errors = organiser.getByTestId('sheet-errors');
    await errors.waitFor();
    const row = await errors.locator('tbody tr').first().textContent();
    expect(row).toContain('6');
    expect(row).toContain('Sexe');
    expect(row).toContain('“Q”');
    expect(await organiser.getByTestId('participants-table').count()).toBe(0);

    await organiser.getByTestId('sheet-partial').check();
    await organiser.getByTestId('sheet-submit').click();
    await expect
      .poll(() => organiser.getByTestId('participant-row').count(), { timeout: 10_000 })
      .toBe(3);
    expect(await organiser.getByTestId('sheet-result').textContent()).toContain('3 added');
    expect(await organiser.getByTestId('participant-counts').textContent()).toBe(
      text['ws.participants.counts']
        .replace('{total}', '3')
        .replace('{female}', '2')
        .replace('{male}', '1')
        .replace('{undisclosed}', '0'),
    );
    await organiser.getByTestId('participant-search').fill('police');
    expect(await organiser.getByTestId('participant-row').count()).toBe(1);
  });

  it('checks a participant in on the attendance grid', async () => {
    await organiser.getByTestId('workshop-tab-attendance').click();
    await organiser.getByTestId('attendance-grid').waitFor();
    expect(await organiser.getByTestId('attendance-total-2').textContent()).toBe('2');
    const box = organiser.getByRole('checkbox', {
      name: text['ws.attendance.checkLabel']
        .replace('{name}', 'Bakary KEÏTA')
        .replace('{day}', 'Tue, 8 Dec 2026'),
    });
    await box.check();
    await expect.poll(() => organiser.getByTestId('attendance-total-2').textContent()).toBe('3');
    expect(await box.isChecked()).toBe(true);
  });

  it('shows the statistics and downloads the workbook with the same figures', async () => {
    await organiser.getByTestId('workshop-tab-statistics').click();
    await organiser.getByTestId('key-figures').waitFor();
    expect(await organiser.getByTestId('figure-participants').textContent()).toBe('3');
    expect(await organiser.getByTestId('figure-women').textContent()).toBe('2');
    expect(await organiser.getByTestId('figure-women-share').textContent()).toBe('66.7%');
    const table = await organiser.getByTestId('chart-sector-table').textContent();
    expect(table).toContain(text['ws.sector.law_enforcement']);

    const [download] = await Promise.all([
      organiser.waitForEvent('download'),
      organiser.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('atelier-de-validation-2026-12-07.xlsx');
    const path = join(folder, 'export.xlsx');
    await download.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    // The project is in French: so are the sheets.
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Synthèse',
      'Par sexe',
      'Par secteur',
      'Présence',
      'Décisions',
      'Participants',
    ]);
    const bySex = book.getWorksheet('Par sexe');
    expect(bySex?.getRow(2).values).toEqual([undefined, 'Femme', 2, 2]);
    expect(bySex?.getRow(5).values).toEqual([undefined, 'Total', 3, 3]);
    const attendance = book.getWorksheet('Présence');
    const totals = attendance?.getRow(attendance.rowCount);
    expect([1, 4, 5].map((column) => totals?.getCell(column).value)).toEqual(['Total', 2, 3]);
    const participants = book.getWorksheet('Participants');
    expect(participants?.getRow(1).values).toContain('Courriel');
    expect(participants?.rowCount).toBe(4);
  });

  it('passes the accessibility audit on every tab, in English and French, on a phone too', async () => {
    const tabs = [
      ['list', `/#/projects/${projectId}/workshops`, 'workshop-list'],
      ['event', `/${workshopUrl}`, 'event-submit'],
      ['agenda', `/${workshopUrl}/agenda`, 'agenda-day-1'],
      ['participants', `/${workshopUrl}/participants`, 'participants-table'],
      ['attendance', `/${workshopUrl}/attendance`, 'attendance-grid'],
      ['statistics', `/${workshopUrl}/statistics`, 'chart-sector-table'],
    ] as const;
    const blocking: string[] = [];
    for (const [language, width] of [
      ['en', 1280],
      ['fr', 360],
    ] as const) {
      // axe-core is injected as a script: this context lets it past the page's CSP.
      const context = await browser.newContext({
        baseURL: server.url,
        bypassCSP: true,
        viewport: { width, height: 800 },
        storageState: await organiser.context().storageState(),
      });
      await context.addInitScript({
        content: `localStorage.setItem('lexalign.language', '${language}');`,
      });
      const page = await context.newPage();
      session.open.push(page);
      for (const [name, url, testId] of tabs) {
        await page.goto(url);
        await page.getByTestId(testId).waitFor();
        const violations = await audit(page, `workshop ${name} (${language}, ${width}px)`);
        blocking.push(...violations.filter(isBlocking).map(describeViolation));
      }
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
    }
    expect(blocking).toEqual([]);
  });
});
