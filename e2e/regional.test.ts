import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/server/session-cookie.js';
import { audit, describeViolation, isBlocking } from './axe.js';
import { useBrowserSession } from './browser-session.js';
import { text } from './chromium.js';
import type { E2eServer } from './e2e-server.js';

const NEW_PASSWORD = 'the region at a glance';

/**
 * The regional comparison of the demo: the site admin sees Mali and its three fictional
 * neighbours side by side, filters the matrix, opens a country's finding and downloads it.
 */
describe('the regional comparison in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;

  const session = useBrowserSession();
  beforeAll(() => {
    ({ server, browser } = session);
  });

  /** The admin, signed in with the one-time password changed through the API. */
  async function adminPage(width = 1280): Promise<Page> {
    const fresh = await browser.newContext({
      baseURL: server.url,
      locale: 'en-GB',
      viewport: { width, height: 900 },
      bypassCSP: true,
      acceptDownloads: true,
    });
    await fresh.addInitScript({ content: "localStorage.setItem('lexalign.language', 'en');" });
    fresh.setDefaultTimeout(30_000);
    const login = async (password: string) =>
      fresh.request.post('/api/auth/login', { data: { email: server.admin.email, password } });
    let response = await login(NEW_PASSWORD);
    if (response.status() !== 200) {
      response = await login(server.admin.password);
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      const changed = await fresh.request.post('/api/auth/password', {
        data: { current: server.admin.password, next: NEW_PASSWORD },
        headers: { [CSRF_HEADER]: csrfToken },
      });
      expect(changed.status()).toBe(200);
    }
    const opened = await fresh.newPage();
    session.open.push(opened);
    await opened.goto('/');
    await opened.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
    return opened;
  }

  it('opens from the projects list with the four demo countries', async () => {
    await server.seedDemo();
    page = await adminPage();
    await page.getByRole('link', { name: text['regional.link'], exact: true }).click();
    await page.getByRole('heading', { name: text['regional.title'], exact: true }).waitFor();
    await page.getByTestId('regional-matrix').waitFor();
    for (const code of ['ML', 'XE', 'XF', 'ZZ'])
      await page.getByTestId(`regional-country-${code}`).waitFor();
    const cell = page.getByTestId('regional-cell-XF-SOM.5');
    expect(await cell.getAttribute('data-status')).toBe('missing');
    expect(await cell.textContent()).toContain(`SOM.5: ${text['status.missing']}`);
    expect(await page.getByTestId('regional-gaps').locator('li').count()).toBeGreaterThan(5);
  });

  it('filters the matrix by instrument and by status, and shows themes', async () => {
    await page.getByTestId('regional-instrument').selectOption('SOM');
    await page.waitForURL(/instrument=SOM/);
    await page.getByTestId('regional-row-TIP.3.a').waitFor({ state: 'detached' });
    expect(await page.getByTestId('regional-row-SOM.5').count()).toBe(1);
    await page.getByTestId('regional-status').selectOption('aligned');
    await page.waitForURL(/status=aligned/);
    const rows = page.locator('[data-testid^="regional-row-"]');
    await rows.first().waitFor();
    for (const row of await rows.all())
      expect(await row.locator('[data-status="aligned"]').count()).toBeGreaterThan(0);
    await page.getByTestId('regional-status').selectOption('');
    await page.getByTestId('regional-level').selectOption('theme');
    await page.getByTestId('regional-theme-criminalization').waitFor();
    await page.getByTestId('regional-level').selectOption('obligation');
    await page.getByTestId('regional-matrix').waitFor();
    // Two countries ticked: only their columns.
    const countries = page.getByTestId('regional-countries');
    await countries.getByRole('checkbox', { name: /^ML – / }).check();
    await countries.getByRole('checkbox', { name: /^XF – / }).check();
    await page.getByTestId('regional-country-XE').waitFor({ state: 'detached' });
    expect(await page.getByTestId('regional-country-XF').count()).toBe(1);
    expect(await page.getByTestId('regional-country-ZZ').count()).toBe(0);
    await countries.getByRole('checkbox', { name: /^ML – / }).uncheck();
    await countries.getByRole('checkbox', { name: /^XF – / }).uncheck();
    await page.getByTestId('regional-country-ZZ').waitFor();
  });

  it('opens a country’s finding from its cell', async () => {
    await page.getByTestId('regional-cell-ZZ-SOM.5').click();
    await page.waitForURL(/#\/projects\/[^/]+\/findings\/SOM\.5$/);
    await page.getByTestId('status-SOM.5').waitFor();
    await page.goBack();
    await page.getByTestId('regional-matrix').waitFor();
  });

  it('downloads the matrix as CSV and XLSX with the filters shown', async () => {
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('regional-export-csv').click(),
    ]);
    expect(csv.suggestedFilename()).toBe('regional-comparison.csv');
    const body = (await readFile(await csv.path())).toString('utf8');
    expect(body.split('\r\n')[0]).toContain('ML – Mali');
    expect(body).toMatch(/\r\nSOM\.5,/);
    expect(body).not.toMatch(/\r\nTIP\.3\.a,/);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('regional-export-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('regional-comparison.xlsx');
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('passes the accessibility audit, and reads as cards on a phone', async () => {
    const violations = await audit(page, 'regional comparison');
    expect(violations.filter(isBlocking).map(describeViolation)).toEqual([]);
    const phone = await adminPage(375);
    await phone.goto('/#/regional?instrument=SOM');
    const cards = phone.locator('.regional-cards > li');
    await cards.first().waitFor();
    expect(await phone.getByTestId('regional-matrix').isVisible()).toBe(false);
    const link = cards.first().getByRole('link').first();
    expect(await link.isVisible()).toBe(true);
    const width = await phone.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(375);
    const phoneViolations = await audit(phone, 'regional comparison on a phone');
    expect(phoneViolations.filter(isBlocking).map(describeViolation)).toEqual([]);
  });
});
