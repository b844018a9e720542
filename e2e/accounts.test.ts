import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-session.js';
import { englishContext, signIn, text } from './chromium.js';
import type { E2eServer } from './e2e-server.js';

const ADMIN_PASSWORD = 'le mot de passe de l’administration';
const PERSON = { email: 'fatou.diallo@example.org', name: 'Fatou Diallo' };
const PERSON_PASSWORD = 'mon mot de passe à moi 2024';
/** What the generator draws: 14 signs, none of those read one for another (0/O, 1/l/I…). */
const GENERATED = /^[a-zA-Z0-9]{14}$/;
const AMBIGUOUS = /[0Oo1lI2Z5S8BuUvV]/;

/**
 * A site admin gives someone access: the accounts page, a refused form, an account created
 * with a generated one-time password, the person's first login and forced change in a browser
 * of their own, then a new one-time password that ends their session.
 */
describe('accounts for site admins in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let adminContext: BrowserContext;
  let admin: Page;
  let personContext: BrowserContext;
  let person: Page;
  let oneTimePassword = '';

  const session = useBrowserSession();
  beforeAll(() => {
    ({ server, browser, adminContext, admin } = session);
  });

  const form = (page: Page) => page.getByRole('form', { name: text['accounts.new'] });
  const row = (page: Page, email: string) => page.getByTestId(`account-row-${email}`);

  async function changePassword(page: Page, current: string, next: string): Promise<void> {
    await page.getByRole('heading', { name: text['password.title'] }).waitFor();
    await page.getByLabel(text['password.current'], { exact: true }).fill(current);
    await page.getByLabel(text['password.next'], { exact: true }).fill(next);
    await page.getByLabel(text['password.confirm'], { exact: true }).fill(next);
    await page.getByRole('button', { name: text['password.submit'] }).click();
    await page.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
  }

  it('opens the accounts page from the banner once the admin has chosen a password', async () => {
    await signIn(admin, server.admin);
    await admin.getByRole('heading', { name: text['password.title'] }).waitFor();
    expect(await admin.getByRole('link', { name: text['header.accounts'] }).count()).toBe(0);
    await changePassword(admin, server.admin.password, ADMIN_PASSWORD);

    await admin.getByRole('banner').getByRole('link', { name: text['header.accounts'] }).click();
    await admin.waitForURL(/#\/accounts$/);
    await admin.getByRole('heading', { level: 1, name: text['accounts.title'] }).waitFor();
    const self = row(admin, server.admin.email);
    await self.waitFor();
    expect(await self.textContent()).toContain(text['accounts.admin']);
    expect(await self.textContent()).toContain(text['accounts.passwordSet']);
  });

  it('says next to the form what is wrong, in the reader’s language', async () => {
    const fields = form(admin);
    await fields.getByLabel(text['accounts.email'], { exact: true }).fill(server.admin.email);
    await fields.getByLabel(text['accounts.name'], { exact: true }).fill('Doublon');
    await fields.getByLabel(text['accounts.password'], { exact: true }).fill('court');
    await fields.getByRole('button', { name: text['accounts.create'] }).click();
    await fields.getByText(text['accounts.error.password']).waitFor();
    const password = fields.getByLabel(text['accounts.password'], { exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await admin.evaluate('document.activeElement?.id')).toBe(
      await password.getAttribute('id'),
    );

    await fields.getByRole('button', { name: text['accounts.generate'] }).click();
    await fields.getByRole('button', { name: text['accounts.create'] }).click();
    await fields.getByText(text['accounts.error.emailTaken']).waitFor();
    expect(await fields.getByText(text['accounts.error.password']).count()).toBe(0);
  });

  it('creates an account with a generated one-time password and shows what to pass on', async () => {
    const fields = form(admin);
    await fields.getByLabel(text['accounts.email'], { exact: true }).fill(PERSON.email);
    await fields.getByLabel(text['accounts.name'], { exact: true }).fill(PERSON.name);
    await fields.getByLabel(text['accounts.language'], { exact: true }).selectOption('en');
    const password = fields.getByLabel(text['accounts.password'], { exact: true });
    const before = await password.inputValue();
    await fields.getByRole('button', { name: text['accounts.generate'] }).click();
    oneTimePassword = await password.inputValue();
    expect(oneTimePassword).not.toBe(before);
    expect(oneTimePassword).toMatch(GENERATED);
    expect(oneTimePassword).not.toMatch(AMBIGUOUS);
    await fields.getByRole('button', { name: text['accounts.create'] }).click();

    const created = admin.getByTestId('account-created');
    await created.waitFor();
    expect(await created.textContent()).toContain(PERSON.email);
    expect(await created.textContent()).toContain(oneTimePassword);
    expect(await created.locator('xpath=..').getAttribute('aria-live')).toBe('polite');
    const added = row(admin, PERSON.email);
    await added.waitFor();
    expect(await added.textContent()).toContain(text['accounts.pending']);
    expect(await added.textContent()).toContain(text['accounts.user']);
    expect(await fields.getByLabel(text['accounts.email'], { exact: true }).inputValue()).toBe('');
  });

  it('makes the new person replace the one-time password at first login', async () => {
    personContext = await englishContext(browser, { baseURL: server.url });
    person = await personContext.newPage();
    session.open.push(person);
    await signIn(person, { email: PERSON.email, password: oneTimePassword });
    await changePassword(person, oneTimePassword, PERSON_PASSWORD);
    expect(await person.getByText(text['projects.empty']).isVisible()).toBe(true);
    // Not a site admin: no accounts page for them.
    expect(await person.getByRole('link', { name: text['header.accounts'] }).count()).toBe(0);
    await person.goto('/#/accounts');
    await person.getByRole('heading', { name: text['app.notFound'] }).waitFor();

    await admin.reload();
    await row(admin, PERSON.email).waitFor();
    expect(await row(admin, PERSON.email).textContent()).toContain(text['accounts.passwordSet']);
  });

  it('gives a new one-time password after a confirmation, which ends the person’s session', async () => {
    const reset = admin.getByTestId(`account-reset-${PERSON.email}`);
    const give = reset.getByRole('button', {
      name: text['accounts.resetLabel'].replace('{name}', PERSON.name),
    });
    // By keyboard: Enter opens the confirmation, Escape closes it and gives the focus back.
    await give.focus();
    await admin.keyboard.press('Enter');
    await reset.getByRole('button', { name: text['accounts.resetSubmit'] }).waitFor();
    await admin.keyboard.press('Escape');
    await give.waitFor();
    expect(await admin.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe(
      text['accounts.resetLabel'].replace('{name}', PERSON.name),
    );
    await give.click();
    await reset.getByText(text['accounts.resetConfirm'].replace('{name}', PERSON.name)).waitFor();
    const field = reset.getByLabel(text['accounts.newPasswordFor'].replace('{name}', PERSON.name), {
      exact: true,
    });
    const next = await field.inputValue();
    expect(next).toMatch(GENERATED);
    await reset.getByRole('button', { name: text['accounts.resetSubmit'] }).click();
    const done = reset.locator('.reset-done');
    await done.waitFor();
    expect(await done.textContent()).toContain(next);
    await expect
      .poll(() => row(admin, PERSON.email).textContent())
      .toContain(text['accounts.pending']);

    await person.goto('/');
    await person.getByLabel(text['login.email'], { exact: true }).waitFor();
    await signIn(person, { email: PERSON.email, password: next });
    await changePassword(person, next, `${PERSON_PASSWORD} bis`);
  });

  it('shows the accounts as cards on a 375-pixel-wide phone', async () => {
    const phoneContext = await englishContext(browser, {
      baseURL: server.url,
      width: 375,
      storageFrom: adminContext,
    });
    const phone = await phoneContext.newPage();
    session.open.push(phone);
    await phone.goto('/#/accounts');
    const table = phone.getByTestId('accounts-table');
    await table.waitFor();
    for (const email of [server.admin.email, PERSON.email]) {
      const box = await row(phone, email).boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 375).toBe(true);
    }
    const width = await phone.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(375);
    await phoneContext.close();
  });
});
