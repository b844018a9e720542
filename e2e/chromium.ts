import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../test-support/launch-chromium.js';
import { en } from '../web/src/i18n/en.js';

export { launchChromium };

/** The English messages the tests find controls by, as the web app shows them. */
export const text = en;

/**
 * A browser profile of its own (cookies, storage) reading the app in English, whatever the
 * project's language: the reader's stored choice wins over it.
 */
export async function englishContext(
  browser: Browser,
  options: {
    readonly baseURL: string;
    readonly width?: number;
    readonly storageFrom?: BrowserContext;
  },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: options.baseURL,
    locale: 'en-GB',
    viewport: { width: options.width ?? 1280, height: 900 },
    ...(options.storageFrom === undefined
      ? {}
      : { storageState: await options.storageFrom.storageState() }),
  });
  // Page scripts are given as text: this program is typed for Node, not for the DOM.
  await context.addInitScript({ content: "localStorage.setItem('lexalign.language', 'en');" });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Signs in through the login page. */
export async function signIn(
  page: Page,
  credentials: { readonly email: string; readonly password: string },
): Promise<void> {
  await page.goto('/');
  await page.getByLabel(text['login.email'], { exact: true }).fill(credentials.email);
  await page.getByLabel(text['login.password'], { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: text['login.submit'], exact: true }).click();
}
