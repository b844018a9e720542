import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { englishContext, launchChromium } from './chromium.js';
import { startE2eServer, type E2eServer } from './e2e-server.js';

/** A server and a browser with the first admin's page open, shared by a suite's steps. */
export interface BrowserSession {
  server: E2eServer;
  browser: Browser;
  adminContext: BrowserContext;
  admin: Page;
  /** Pages to photograph (into the system's temporary folder) when a step fails. */
  readonly open: Page[];
}

/**
 * Starts the server and Chromium before the suite and stops them after it; call inside
 * `describe`. The fields are set once the suite's first hook has run.
 */
export function useBrowserSession(): BrowserSession {
  const open: Page[] = [];
  const session = { open } as Partial<BrowserSession> & { open: Page[] };
  beforeAll(async () => {
    session.server = await startE2eServer();
    session.browser = await launchChromium();
    session.adminContext = await englishContext(session.browser, { baseURL: session.server.url });
    session.admin = await session.adminContext.newPage();
    open.push(session.admin);
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      for (const [index, page] of open.entries()) {
        const name = `lexalign-e2e-${task.name.replace(/\W+/g, '-')}-${index}.png`;
        await page.screenshot({ path: join(tmpdir(), name), fullPage: true }).catch(() => {});
      }
    });
  });
  // Every field is set by the first beforeAll, before any step reads it.
  return session as BrowserSession;
}
