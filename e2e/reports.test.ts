import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../web/src/i18n/fr.js';
import { audit, describeViolation, isBlocking } from './axe.js';
import { useBrowserSession } from './browser-session.js';
import type { E2eServer } from './e2e-server.js';

const ORGANISER = {
  email: 'awa@example.org',
  name: 'Awa Traoré',
  password: 'organisatrice des ateliers',
  role: 'organiser',
} as const;

/**
 * Reports from the demo project in a French interface: the analysis report in English as
 * PDF, the spreadsheets, the page read by the accessibility audit and on a phone.
 */
describe('downloading reports in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let projectId: string;
  let page: Page;

  const session = useBrowserSession();
  beforeAll(() => {
    ({ server, browser } = session);
  });

  /** A signed-in organiser whose interface is in French; the audit's script is allowed in. */
  async function frenchPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'fr-FR',
      viewport: { width, height: 900 },
      bypassCSP: true,
      acceptDownloads: true,
    });
    await context.addInitScript({ content: "localStorage.setItem('lexalign.language', 'fr');" });
    context.setDefaultTimeout(30_000);
    const opened = await context.newPage();
    session.open.push(opened);
    await opened.goto('/');
    await opened.getByLabel(fr['login.email'], { exact: true }).fill(ORGANISER.email);
    await opened.getByLabel(fr['login.password'], { exact: true }).fill(ORGANISER.password);
    await opened.getByRole('button', { name: fr['login.submit'], exact: true }).click();
    await opened.getByRole('heading', { name: fr['projects.title'], exact: true }).waitFor();
    return opened;
  }

  async function downloaded(trigger: () => Promise<void>) {
    const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
    return {
      name: download.suggestedFilename(),
      bytes: await readFile(await download.path()),
    };
  }

  it('opens the reports page from the project nav', async () => {
    ({ projectId } = await server.seedDemo());
    await server.addMember(projectId, ORGANISER);
    page = await frenchPage();
    await page.goto(`/#/projects/${projectId}`);
    await page.getByRole('link', { name: fr['nav.reports'], exact: true }).click();
    await page.getByRole('heading', { name: fr['reports.title'], exact: true }).waitFor();
    expect(await page.getByLabel(fr['reports.language'], { exact: true }).inputValue()).toBe('fr');
  });

  it('downloads the analysis report in English as PDF from the French interface', async () => {
    await page.getByLabel(fr['reports.kind.analysis']).check();
    await page.getByLabel(fr['reports.language'], { exact: true }).selectOption('en');
    await page.getByLabel(fr['reports.format.pdf'], { exact: true }).check();
    // Every value the progress bar takes, as the server's steps reach the page.
    await page.evaluate(`
      window.reportSteps = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid=report-status] progress');
        if (bar) window.reportSteps.push(bar.getAttribute('value') + '/' + bar.getAttribute('max'));
      }).observe(document.body, { subtree: true, attributes: true, childList: true });
    `);
    const file = await downloaded(() => page.getByTestId('report-download').click());
    const steps = await page.evaluate<string[]>('window.reportSteps');
    expect(steps).toContain('2/3');
    expect(file.name).toMatch(/^legislative-analysis-ML-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('report-done').waitFor();
    expect(await page.getByTestId('report-done').textContent()).toContain(file.name);
  });

  it('downloads the workshop report as Word, with the participants an organiser may add', async () => {
    await page.getByLabel(fr['reports.kind.workshop']).check();
    await page.getByLabel(fr['reports.workshop'], { exact: true }).waitFor();
    await page.getByLabel(fr['reports.participants']).check();
    await page.getByLabel(fr['reports.format.docx'], { exact: true }).check();
    const file = await downloaded(() => page.getByTestId('report-download').click());
    expect(file.name).toMatch(/^workshop-report-ML-.*\.docx$/);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('downloads the draft’s comparative table as a web page in French', async () => {
    await page.getByLabel(fr['reports.kind.draft']).check();
    await page.getByLabel(fr['reports.draft'], { exact: true }).waitFor();
    await page.getByLabel(fr['reports.language'], { exact: true }).selectOption('fr');
    await page.getByLabel(fr['reports.format.html'], { exact: true }).check();
    const file = await downloaded(() => page.getByTestId('report-download').click());
    expect(file.name).toMatch(/^tableau-comparatif-ML-.*\.html$/);
    const html = file.bytes.toString('utf8');
    expect(html).toContain('<html lang="fr"');
    expect(html).toMatch(/<h1[^>]*>/);
    await page.getByLabel(fr['reports.language'], { exact: true }).selectOption('en');
  });

  it('downloads the concordance table as a workbook in the report’s language', async () => {
    const file = await downloaded(() => page.getByTestId('concordance-xlsx').click());
    expect(file.name).toMatch(/^concordance-ML-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(6).text).toBe('Engine status');
    expect(sheet?.rowCount).toBeGreaterThan(100);
  });

  it('passes the accessibility audit and fits a phone', async () => {
    const violations = await audit(page, 'reports page');
    expect(violations.filter(isBlocking).map(describeViolation)).toEqual([]);
    const phone = await frenchPage(375);
    await phone.goto(`/#/projects/${projectId}/reports`);
    await phone.getByTestId('report-download').waitFor();
    // The workshop's long title and the participants' option must fit too.
    await phone.getByLabel(fr['reports.kind.workshop']).check();
    await phone.getByLabel(fr['reports.workshop'], { exact: true }).waitFor();
    const overflow = await phone.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const phoneViolations = await audit(phone, 'reports page on a phone');
    expect(phoneViolations.filter(isBlocking).map(describeViolation)).toEqual([]);
  });
});
