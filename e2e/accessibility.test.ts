import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LAW } from '../src/services/demo-workspace.js';
import type { Messages } from '../web/src/i18n/en.js';
import { en } from '../web/src/i18n/en.js';
import { fr } from '../web/src/i18n/fr.js';
import { audit, describeViolation, isBlocking, type Violation } from './axe.js';
import { useBrowserSession } from './browser-session.js';
import type { E2eServer } from './e2e-server.js';

type Language = 'en' | 'fr';
const MESSAGES: Readonly<Record<Language, Messages>> = { en, fr };
const NEW_PASSWORD = 'un mot de passe pour l’audit';
const OBLIGATION = 'TIP.3.a';

/**
 * The main pages audited with axe-core against WCAG 2.1 A and AA, each in English and in
 * French, then the concordance table on a phone. A `serious` or `critical` violation fails
 * the page's step with each rule, its help and the offending elements; `moderate` and `minor`
 * ones are only listed in a summary at the end, without failing anything.
 */
describe('accessibility of the main pages (axe-core, WCAG 2.1 AA)', () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: Partial<Record<Language, BrowserContext>> = {};
  const pages: Partial<Record<Language, Page>> = {};
  let projectId = '';
  let lawId = '';
  const reported: Violation[] = [];

  const session = useBrowserSession();
  beforeAll(async () => {
    ({ server, browser } = session);
    for (const language of ['en', 'fr'] as const) await openIn(language);
  });

  afterAll(() => {
    if (reported.length === 0) return;
    // Reported so that they are seen, but they do not fail the audit.
    console.log(
      `Moderate and minor accessibility findings (not failing):\n${reported
        .map(describeViolation)
        .join('\n')}`,
    );
  });

  /**
   * A browser profile reading the app in one language. The page's security policy is set
   * aside so that the audit engine can be added as a script; `storageFrom` carries a session.
   */
  async function openIn(
    language: Language,
    options: { readonly width?: number; readonly storageFrom?: BrowserContext } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      baseURL: server.url,
      locale: language === 'en' ? 'en-GB' : 'fr-FR',
      viewport: { width: options.width ?? 1280, height: 900 },
      bypassCSP: true,
      ...(options.storageFrom === undefined
        ? {}
        : { storageState: await options.storageFrom.storageState() }),
    });
    await context.addInitScript({
      content: `localStorage.setItem('lexalign.language', '${language}');`,
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    session.open.push(page);
    if (options.width === undefined) {
      await contexts[language]?.close();
      contexts[language] = context;
      pages[language] = page;
    }
    return page;
  }

  const pageIn = (language: Language): Page => {
    const page = pages[language];
    if (page === undefined) throw new Error(`no page in ${language}`);
    return page;
  };

  /**
   * Audits pages at once; fails on their serious and critical violations, listing all of
   * them, and keeps the others for the summary.
   */
  async function check(audited: readonly { page: Page; name: string }[]): Promise<void> {
    const found = (await Promise.all(audited.map(({ page, name }) => audit(page, name)))).flat();
    reported.push(...found.filter((violation) => !isBlocking(violation)));
    const blocking = found.filter(isBlocking).map(describeViolation);
    expect(blocking, `serious or critical violations:\n${blocking.join('\n')}`).toEqual([]);
  }

  /**
   * Opens `path` (a hash route, or `undefined` to stay) in both languages, waits until
   * `ready` says the page has loaded, then audits both.
   */
  async function checkBoth(
    name: string,
    path: string | undefined,
    ready: (page: Page, t: Messages) => Locator[],
  ): Promise<void> {
    await Promise.all(
      (['en', 'fr'] as const).map(async (language) => {
        const page = pageIn(language);
        if (path !== undefined) await page.goto(path);
        for (const locator of ready(page, MESSAGES[language])) await locator.first().waitFor();
        await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(language);
      }),
    );
    await check(
      (['en', 'fr'] as const).map((language) => ({
        page: pageIn(language),
        name: `${name} (${language})`,
      })),
    );
  }

  const heading = (page: Page, name: string) =>
    page.getByRole('heading', { level: 1, name, exact: true });

  async function signIn(language: Language, password: string): Promise<void> {
    const page = pageIn(language);
    const t = MESSAGES[language];
    await page.getByLabel(t['login.email'], { exact: true }).fill(server.admin.email);
    await page.getByLabel(t['login.password'], { exact: true }).fill(password);
    await page.getByRole('button', { name: t['login.submit'], exact: true }).click();
  }

  it('login page', async () => {
    await checkBoth('login', '/', (page, t) => [
      heading(page, t['login.title']),
      page.getByLabel(t['login.email'], { exact: true }),
    ]);
  });

  it('forced password change at first login', async () => {
    await Promise.all((['en', 'fr'] as const).map((l) => signIn(l, server.admin.password)));
    await checkBoth('password change', undefined, (page, t) => [
      heading(page, t['password.title']),
    ]);

    const page = pageIn('en');
    await page.getByLabel(en['password.current'], { exact: true }).fill(server.admin.password);
    await page.getByLabel(en['password.next'], { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel(en['password.confirm'], { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: en['password.submit'] }).click();
    await heading(page, en['projects.title']).waitFor();
    await openIn('fr', { storageFrom: contexts.en });
  });

  it('projects list, with a project and the creation form', async () => {
    const page = pageIn('en');
    await page.getByLabel(en['projects.name'], { exact: true }).fill('Mali : loi de 2012');
    await page.getByLabel(en['projects.countryCode'], { exact: true }).fill('ml');
    await page.getByRole('button', { name: en['projects.create'] }).click();
    await page.waitForURL(/#\/projects\/[^/]+$/);
    projectId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
    expect(projectId).not.toBe('');

    await checkBoth('projects', '/#/', (page, t) => [
      heading(page, t['projects.title']),
      page.locator(`a[href="#/projects/${encodeURIComponent(projectId)}"]`),
    ]);
  });

  it('laws list with the upload form, after an upload', async () => {
    const page = pageIn('en');
    await page.goto(`/#/projects/${projectId}/laws`);
    await page.getByText(en['laws.empty']).waitFor();
    await page.getByTestId('upload-input').setInputFiles(DEMO_LAW);
    await page.getByRole('button', { name: en['laws.submit'], exact: true }).click();
    await page.getByTestId('upload-result').waitFor();
    const row = page.getByTestId('laws-table').locator('tbody tr').first();
    lawId = ((await row.getAttribute('data-testid')) ?? '').replace(/^law-row-/, '');
    expect(lawId).not.toBe('');

    await checkBoth('laws', `/#/projects/${projectId}/laws`, (page, t) => [
      heading(page, t['laws.title']),
      page.getByTestId(`law-row-${lawId}`),
      page.getByTestId('upload-input'),
    ]);
  });

  it('a law’s text', async () => {
    await checkBoth('law text', `/#/projects/${projectId}/laws/${lawId}`, (page) => [
      page.locator('[data-testid^="article-"]'),
      page.locator('[data-testid^="coverage-"]'),
    ]);
  });

  it('project dashboard with its charts', async () => {
    await checkBoth('dashboard', `/#/projects/${projectId}`, (page, t) => [
      heading(page, t['dashboard.title']),
      page.getByTestId('chart-theme').locator('svg'),
      page.getByTestId('chart-instrument').locator('svg'),
    ]);
  });

  it('concordance table', async () => {
    await checkBoth('concordance table', `/#/projects/${projectId}/findings`, (page, t) => [
      heading(page, t['findings.title']),
      page.getByTestId(`finding-row-${OBLIGATION}`),
    ]);
  });

  it('an obligation, reviewed and commented, with its evidence highlighted', async () => {
    const page = pageIn('en');
    await page.goto(`/#/projects/${projectId}/findings/${OBLIGATION}`);
    await page.getByLabel(en['obligation.newStatus'], { exact: true }).selectOption('partial');
    await page
      .getByLabel(en['obligation.reasonLabel'], { exact: true })
      .fill('La loi ne vise pas toutes les formes d’exploitation.');
    await page.getByRole('button', { name: en['obligation.setStatus'], exact: true }).click();
    await expect
      .poll(() => page.getByTestId(`status-${OBLIGATION}`).getAttribute('data-status'))
      .toBe('partial');
    await page.getByRole('button', { name: en['obligation.confirm'], exact: true }).click();
    await page.getByTestId('confirmation').waitFor();
    await page.getByLabel(en['obligation.comment'], { exact: true }).fill('À revoir en comité.');
    await page.getByRole('button', { name: en['obligation.post'], exact: true }).click();
    await page.getByTestId('comment-list').waitFor();

    await checkBoth('obligation', `/#/projects/${projectId}/findings/${OBLIGATION}`, (page) => [
      page.getByRole('heading', { level: 1, name: new RegExp(OBLIGATION.replace(/\./g, '\\.')) }),
      page.getByTestId('provision-text').locator('mark'),
      page.getByTestId('finding-history'),
      page.getByTestId('comment-list'),
      page.getByTestId('confirmation'),
    ]);
  });

  it('members', async () => {
    await checkBoth('members', `/#/projects/${projectId}/members`, (page, t) => [
      heading(page, t['members.title']),
      page.getByTestId(`member-row-${server.admin.email}`),
    ]);
  });

  it('accounts (site admin)', async () => {
    await checkBoth('accounts', '/#/accounts', (page, t) => [
      heading(page, t['accounts.title']),
      page.getByTestId(`account-row-${server.admin.email}`),
    ]);
  });

  it('concordance table on a 375-pixel-wide phone, with the menu open', async () => {
    const phones = await Promise.all(
      (['en', 'fr'] as const).map(async (language) => {
        const t = MESSAGES[language];
        const phone = await openIn(language, { width: 375, storageFrom: contexts.en });
        await phone.goto(`/#/projects/${projectId}/findings`);
        await phone.getByTestId(`finding-row-${OBLIGATION}`).waitFor();
        await phone.locator('button[aria-controls="project-nav"]').click();
        await phone
          .getByRole('navigation', { name: t['nav.project'], exact: true })
          .getByRole('link', { name: t['nav.laws'], exact: true })
          .waitFor();
        return { page: phone, name: `concordance table, phone (${language})` };
      }),
    );
    await check(phones);
    await Promise.all(phones.map(({ page }) => page.context().close()));
  });
});
