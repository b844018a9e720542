import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-session.js';
import { DEMO_LAW } from '../src/services/demo-workspace.js';
import { englishContext, signIn, text } from './chromium.js';
import { E2E_MAX_UPLOAD_BYTES, type E2eServer } from './e2e-server.js';

const NEW_ADMIN_PASSWORD = 'un mot de passe bien à moi';
const ANALYST = {
  email: 'awa.traore@example.org',
  name: 'Awa Traoré',
  password: 'analyste du comité 2024',
};
const OBLIGATION = 'TIP.3.a';

/**
 * One committee's story in Chromium, each step building on the one before: the first admin's
 * first login, a project, a law uploaded, the concordance table, a finding reviewed while a
 * second member watches, then the keyboard and a phone-sized screen.
 */
describe('reviewing a law in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: Page;
  let analystContext: BrowserContext;
  let analyst: Page;
  let projectId: string;

  const session = useBrowserSession();
  beforeAll(() => {
    ({ server, browser, admin } = session);
  });

  const laws = (page: Page) => page.getByTestId('laws-table').locator('tbody tr');
  const projectNav = (page: Page) =>
    page.getByRole('navigation', { name: text['nav.project'], exact: true });

  it('makes the first admin choose a new password at first login', async () => {
    await signIn(admin, server.admin);
    await admin.getByRole('heading', { name: text['password.title'] }).waitFor();
    await admin.getByLabel(text['password.current'], { exact: true }).fill(server.admin.password);
    await admin.getByLabel(text['password.next'], { exact: true }).fill(NEW_ADMIN_PASSWORD);
    await admin.getByLabel(text['password.confirm'], { exact: true }).fill(NEW_ADMIN_PASSWORD);
    await admin.getByRole('button', { name: text['password.submit'] }).click();
    await admin.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
    expect(await admin.getByText(text['projects.empty']).isVisible()).toBe(true);
  });

  it('creates a project and imports a law by upload, with a progress bar', async () => {
    await admin.getByLabel(text['projects.name'], { exact: true }).fill('Mali : loi de 2012');
    await admin.getByLabel(text['projects.countryCode'], { exact: true }).fill('ml');
    await admin.getByRole('button', { name: text['projects.create'] }).click();
    await admin.waitForURL(/#\/projects\/[^/]+$/);
    projectId = decodeURIComponent(new URL(admin.url()).hash.split('/')[2] ?? '');
    expect(projectId).not.toBe('');

    await projectNav(admin).getByRole('link', { name: text['nav.laws'], exact: true }).click();
    await admin.getByText(text['laws.empty']).waitFor();
    await admin.getByTestId('upload-input').setInputFiles(DEMO_LAW);
    const progress = admin.getByTestId('upload-progress').waitFor({ state: 'attached' });
    await admin.getByRole('button', { name: text['laws.submit'], exact: true }).click();
    await progress;
    const result = admin.getByTestId('upload-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('41 articles');
    expect(await laws(admin).count()).toBe(1);
  });

  it('refuses a file over the limit, a file that is not a law and an unknown format, saying why, and keeps the laws as they were', async () => {
    const input = admin.getByTestId('upload-input');
    const submit = admin.getByRole('button', { name: text['laws.submit'], exact: true });
    const failure = admin.getByTestId('upload-error');

    const big = Buffer.from('Article 1 : Texte. '.repeat(E2E_MAX_UPLOAD_BYTES / 10));
    await input.setInputFiles({ name: 'grande-loi.txt', mimeType: 'text/plain', buffer: big });
    await submit.click();
    await failure.waitFor();
    const failed = text['laws.importFailed'].replace('{message}', '');
    expect(await failure.textContent()).toContain(failed);
    expect(await failure.textContent()).toMatch(/grande-loi\.txt: .*larger than 1 MB/);

    const minutes = 'Compte rendu de la réunion du comité\nPrésents : douze membres.\n';
    await input.setInputFiles({
      name: 'compte-rendu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(minutes),
    });
    await submit.click();
    await expect.poll(() => failure.textContent()).toContain('compte-rendu.txt: ');
    expect(await failure.textContent()).toMatch(/law\?$/);

    await input.setInputFiles({
      name: 'notes.odt',
      mimeType: 'application/vnd.oasis.opendocument.text',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    });
    const problem = admin.getByTestId('upload-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe(text['laws.badFormat']);

    expect(await laws(admin).count()).toBe(1);
    await admin.reload();
    await admin.getByTestId('laws-table').waitFor();
    expect(await laws(admin).count()).toBe(1);
  });

  it('shows the concordance table with the review’s progress and opens a finding', async () => {
    await projectNav(admin).getByRole('link', { name: text['nav.findings'], exact: true }).click();
    const row = admin.getByTestId(`finding-row-${OBLIGATION}`);
    await row.waitFor();
    const progress = admin.getByTestId('review-progress');
    expect(await progress.getAttribute('aria-label')).toMatch(/Review: 0 of \d+ findings/);
    expect(await admin.locator('[data-obligation]').count()).toBeGreaterThan(150);

    await row.getByRole('link', { name: OBLIGATION, exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: new RegExp(OBLIGATION) }).waitFor();
    await admin
      .getByRole('heading', { name: text['obligation.candidates'], exact: true })
      .waitFor();
  });

  it('sets a status with a reason and confirms it, and another member sees both live', async () => {
    await server.addMember(projectId, ANALYST);
    analystContext = await englishContext(browser, { baseURL: server.url });
    analyst = await analystContext.newPage();
    session.open.push(analyst);
    await signIn(analyst, ANALYST);
    await analyst.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
    await analyst.goto(`/#/projects/${projectId}/findings`);
    const watched = analyst.getByTestId(`status-${OBLIGATION}`);
    await watched.waitFor();
    // A page that reloads loses this mark: the change must arrive without one.
    await analyst.evaluate('window.notReloaded = true');

    const chip = admin.getByTestId(`status-${OBLIGATION}`);
    const before = await chip.getAttribute('data-status');
    const next = before === 'not_applicable' ? 'aligned' : 'not_applicable';
    expect(await watched.getAttribute('data-status')).toBe(before);
    await admin.getByLabel(text['obligation.newStatus'], { exact: true }).selectOption(next);
    await admin
      .getByLabel(text['obligation.reasonLabel'], { exact: true })
      .fill('Le protocole vise des actes que la loi ne connaît pas.');
    await admin.getByRole('button', { name: text['obligation.setStatus'], exact: true }).click();
    await expect.poll(() => chip.getAttribute('data-status')).toBe(next);
    await admin.getByRole('button', { name: text['obligation.confirm'], exact: true }).click();
    await expect
      .poll(() => admin.getByTestId('confirmation').textContent())
      .toContain('Confirmed by Administrator');

    await expect.poll(() => watched.getAttribute('data-status'), { timeout: 10_000 }).toBe(next);
    await expect
      .poll(() => analyst.getByTestId('live-toast').textContent(), { timeout: 10_000 })
      .toContain(`Updated by Administrator: finding ${OBLIGATION}`);
    await expect
      .poll(() => analyst.getByTestId('review-progress').getAttribute('aria-label'), {
        timeout: 10_000,
      })
      .toMatch(/Review: 1 of \d+ findings/);
    expect(await analyst.evaluate('window.notReloaded === true')).toBe(true);
  });

  it('walks the rows with j, k, Home and End and opens one with Enter', async () => {
    const rows = analyst.locator('[data-obligation]');
    const order = [
      await rows.nth(0).getAttribute('data-obligation'),
      await rows.nth(1).getAttribute('data-obligation'),
      await rows.nth(2).getAttribute('data-obligation'),
    ];
    const last = await rows.last().getAttribute('data-obligation');
    const focused = () =>
      analyst.locator('[data-obligation]:focus').getAttribute('data-obligation');
    await analyst.keyboard.press('j');
    expect(await focused()).toBe(order[0]);
    await analyst.keyboard.press('j');
    await analyst.keyboard.press('ArrowDown');
    expect(await focused()).toBe(order[2]);
    await analyst.keyboard.press('k');
    expect(await focused()).toBe(order[1]);
    await analyst.keyboard.press('End');
    expect(await focused()).toBe(last);
    await analyst.keyboard.press('Home');
    expect(await focused()).toBe(order[0]);
    expect(await rows.first().getAttribute('data-selected')).toBe('true');
    await analyst.keyboard.press('Enter');
    await analyst.waitForURL(new RegExp(`/findings/${(order[0] ?? '').replace(/\./g, '\\.')}$`));
    await analyst.getByRole('heading', { level: 1, name: new RegExp(order[0] ?? '') }).waitFor();
  });

  it('fits the table on a 375-pixel-wide phone', async () => {
    const phoneContext = await englishContext(browser, {
      baseURL: server.url,
      width: 375,
      storageFrom: analystContext,
    });
    const phone = await phoneContext.newPage();
    session.open.push(phone);
    await phone.goto(`/#/projects/${projectId}/findings`);
    const row = phone.getByTestId(`finding-row-${OBLIGATION}`);
    await row.waitFor();
    await row.scrollIntoViewIfNeeded();
    const [scrollWidth, clientWidth] = await phone.evaluate<[number, number]>(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    );
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const part of [row, phone.getByTestId(`status-${OBLIGATION}`)]) {
      const box = await part.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 375).toBe(true);
    }
    await phone.locator('button[aria-controls="project-nav"]').click();
    await projectNav(phone).getByRole('link', { name: text['nav.laws'], exact: true }).waitFor();
    await phone.screenshot({ path: join(tmpdir(), 'lexalign-e2e-phone-table.png') });
    await phoneContext.close();
  });
});
