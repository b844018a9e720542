import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LAW } from '../src/services/demo-workspace.js';
import { audit, describeViolation, isBlocking } from './axe.js';
import { useBrowserSession } from './browser-session.js';
import { englishContext, signIn, text } from './chromium.js';
import type { E2eServer } from './e2e-server.js';

const ADMIN_PASSWORD = 'le mot de passe du comité';
const ANALYST = {
  email: 'awa@example.org',
  name: 'Awa Traoré',
  password: 'analyste du comité 2024',
};
const REVIEWER = {
  email: 'moussa@example.org',
  name: 'Moussa Keïta',
  password: 'rapporteur du comité 2024',
  role: 'reviewer',
} as const;
/** A finding the demo law leaves partial: smuggling without the financial benefit element. */
const FINDING = 'SOM.6.1.a';
const FIRST_WORDING = 'Le trafic illicite de migrants est puni de cinq à dix ans.';
const SECOND_WORDING =
  'Le trafic illicite de migrants commis pour un avantage financier est puni de cinq à dix ans.';
const THIRD_WORDING =
  'Le trafic illicite de migrants commis pour un avantage financier ou matériel est puni de cinq à dix ans.';

/**
 * A recommendation's way to the workshop in the browser: an analyst writes it from a finding,
 * amends it and sees what changed, proposes it; a reviewer puts it under discussion and
 * adopts it with changes; the board shows it in its column.
 */
describe('recommendations in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: Page;
  let analyst: Page;
  let reviewer: Page;
  let projectId: string;
  let recommendationUrl: string;

  const session = useBrowserSession();
  beforeAll(() => {
    ({ server, browser, admin } = session);
  });

  async function openAs(person: { email: string; password: string }): Promise<Page> {
    const context = await englishContext(browser, { baseURL: server.url });
    const page = await context.newPage();
    session.open.push(page);
    await signIn(page, person);
    await page.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
    return page;
  }

  const status = (page: Page) => page.getByTestId('recommendation-status');

  async function move(page: Page, to: string, reason: string): Promise<void> {
    const form = page.getByTestId('move-R1');
    await form.getByLabel(text['rec.moveTo'], { exact: true }).selectOption(to);
    if (reason !== '') await form.getByRole('textbox').fill(reason);
    const label = text[`recStatus.${to}` as keyof typeof text];
    await form
      .getByRole('button', { name: text['rec.moveSubmit'].replace('{status}', label) })
      .click();
    await expect.poll(() => status(page).getAttribute('data-status')).toBe(to);
  }

  it('sets up a project with the demo law, an analyst and a reviewer', async () => {
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
    await admin.goto(`/#/projects/${projectId}/laws`);
    await admin.getByTestId('upload-input').setInputFiles(DEMO_LAW);
    await admin.getByRole('button', { name: text['laws.submit'], exact: true }).click();
    await admin.getByTestId('upload-result').waitFor();
    await server.addMember(projectId, ANALYST);
    await server.addMember(projectId, REVIEWER);
    analyst = await openAs(ANALYST);
    reviewer = await openAs(REVIEWER);
  });

  it('lets the analyst write a recommendation from a finding, filled in from it', async () => {
    await analyst.goto(`/#/projects/${projectId}/findings/${FINDING}`);
    await analyst.getByTestId('write-recommendation').click();
    await analyst.getByTestId('prefilled-from').waitFor();
    const form = analyst.getByTestId('recommendation-form');
    expect(await form.getByLabel(text['rec.field.findings'], { exact: true }).inputValue()).toBe(
      FINDING,
    );
    expect(
      await form.getByLabel(text['rec.field.rationale'], { exact: true }).inputValue(),
    ).toContain(text['rec.prefill.missing']);

    // Per-field messages before anything is sent.
    await form.getByLabel(text['rec.field.title'], { exact: true }).fill('');
    await analyst.getByTestId('recommendation-save').click();
    await analyst.getByTestId('error-title').waitFor();
    expect(await analyst.getByTestId('error-wording').textContent()).toBe(
      text['rec.error.required'],
    );
    expect(
      await form.getByLabel(text['rec.field.title'], { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');

    await form
      .getByLabel(text['rec.field.title'], { exact: true })
      .fill('Incriminer le trafic illicite de migrants');
    await form.getByLabel(text['rec.field.wording'], { exact: true }).fill(FIRST_WORDING);
    await analyst.getByTestId('recommendation-save').click();
    await analyst.waitForURL(/\/recommendations\/(?!new)[^/?]+$/);
    recommendationUrl = new URL(analyst.url()).hash;
    expect(await analyst.getByTestId('recommendation-label').textContent()).toBe('R1');
    expect(await status(analyst).getAttribute('data-status')).toBe('draft');
    expect(await analyst.getByTestId('linked-findings').textContent()).toContain(FINDING);
  });

  it('amends the wording and shows what changed with insertions, then proposes it', async () => {
    await analyst.getByTestId('amend-open').click();
    await analyst.getByLabel(text['rec.newWording'], { exact: true }).fill(SECOND_WORDING);
    await analyst.getByLabel(text['rec.amendNote'], { exact: true }).fill('Avantage financier');
    await analyst.getByRole('button', { name: text['rec.amendSubmit'] }).click();
    const diff = analyst.getByTestId('diff-2');
    await diff.waitFor();
    const added = await diff.locator('ins').allTextContents();
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(`[${text['rec.diffAdded']}]`);
    expect(added[0]).toContain('commis pour un avantage financier');
    expect(await diff.locator('del').count()).toBe(0);
    expect(await analyst.getByTestId('recommendation-wording').textContent()).toBe(SECOND_WORDING);

    await move(analyst, 'proposed', 'Prête pour l’atelier');
    // Discussing is the deciders' part: the analyst is not offered it.
    const options = await analyst
      .getByTestId('move-R1')
      .getByLabel(text['rec.moveTo'], { exact: true })
      .locator('option')
      .allTextContents();
    expect(options).not.toContain(text['recStatus.under_discussion']);
  });

  it('lets the reviewer put it under discussion and adopt it with changes once amended', async () => {
    await reviewer.goto(`/${recommendationUrl}`);
    await move(reviewer, 'under_discussion', '');
    const choices = () =>
      reviewer
        .getByTestId('move-R1')
        .getByLabel(text['rec.moveTo'], { exact: true })
        .locator('option')
        .allTextContents();
    expect(await choices()).not.toContain(text['recStatus.adopted_with_changes']);

    // The plenary amends the wording; the reviewer's page follows without a reload.
    await analyst.reload();
    await analyst.getByTestId('amend-open').click();
    await analyst.getByLabel(text['rec.newWording'], { exact: true }).fill(THIRD_WORDING);
    await analyst.getByRole('button', { name: text['rec.amendSubmit'] }).click();
    await analyst.getByTestId('diff-3').waitFor();
    await expect
      .poll(choices, { timeout: 10_000 })
      .toContain(text['recStatus.adopted_with_changes']);

    const form = reviewer.getByTestId('move-R1');
    await form.getByLabel(text['rec.moveTo'], { exact: true }).selectOption('adopted_with_changes');
    const submit = form.getByRole('button', {
      name: text['rec.moveSubmit'].replace('{status}', text['recStatus.adopted_with_changes']),
    });
    await submit.click();
    await form.getByText(text['rec.reasonMissing']).waitFor();
    await form.getByLabel(text['rec.method'], { exact: true }).selectOption('consensus');
    await move(reviewer, 'adopted_with_changes', 'Adoptée par consensus avec « ou matériel »');
    const history = reviewer.getByTestId('transition-list');
    expect(await history.textContent()).toContain('Adoptée par consensus');
    expect(await history.textContent()).toContain(text['recMethod.consensus']);
  });

  it('shows it in the adopted-with-changes column of the board, and by theme', async () => {
    await reviewer.goto(`/#/projects/${projectId}/recommendations/board`);
    const column = reviewer.getByTestId('column-adopted_with_changes');
    await column.getByTestId('card-R1').waitFor();
    expect(await reviewer.getByTestId('column-proposed').getByTestId('card-R1').count()).toBe(0);
    await reviewer.getByLabel(text['rec.groupBy'], { exact: true }).selectOption('theme');
    await reviewer.getByTestId('column-criminalization').getByTestId('card-R1').waitFor();
    await reviewer.goto(`/#/projects/${projectId}/findings/${FINDING}`);
    const linked = reviewer.getByTestId('finding-recommendations');
    await linked.waitFor();
    expect(await linked.textContent()).toContain('R1');
  });

  it('moves a card with its Move button, a status and a reason, on a phone-sized screen', async () => {
    const phone = await (
      await englishContext(browser, { baseURL: server.url, width: 360 })
    ).newPage();
    session.open.push(phone);
    await signIn(phone, REVIEWER);
    await phone.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
    await phone.goto(`/#/projects/${projectId}/recommendations/board`);
    const card = phone.getByTestId('column-adopted_with_changes').getByTestId('card-R1');
    await card.getByTestId('move-open-R1').click();
    const form = card.getByTestId('move-R1');
    await form.getByLabel(text['rec.moveTo'], { exact: true }).selectOption('under_discussion');
    await form
      .getByLabel(text['rec.reasonRequired'], { exact: true })
      .fill('Le ministère demande une nouvelle lecture');
    await form
      .getByRole('button', {
        name: text['rec.moveSubmit'].replace('{status}', text['recStatus.under_discussion']),
      })
      .click();
    await phone.getByTestId('column-under_discussion').getByTestId('card-R1').waitFor();
    const width = await phone.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);
  });

  it('passes an accessibility audit on the list, the board, the page and the form', async () => {
    const pages = [
      ['list', `/#/projects/${projectId}/recommendations`, 'recommendation-list'],
      ['board', `/#/projects/${projectId}/recommendations/board`, 'recommendation-board'],
      ['page', `/${recommendationUrl}`, 'version-list'],
      [
        'form',
        `/#/projects/${projectId}/recommendations/new?finding=${FINDING}`,
        'recommendation-form',
      ],
    ] as const;
    const blocking: string[] = [];
    for (const language of ['en', 'fr']) {
      // axe-core is injected as a script: this context lets it past the page's CSP.
      const context = await browser.newContext({
        baseURL: server.url,
        bypassCSP: true,
        storageState: await analyst.context().storageState(),
      });
      await context.addInitScript({
        content: `localStorage.setItem('lexalign.language', '${language}');`,
      });
      const page = await context.newPage();
      session.open.push(page);
      for (const [name, url, testId] of pages) {
        await page.goto(url);
        await page.getByTestId(testId).waitFor();
        const violations = await audit(page, `recommendations ${name} (${language})`);
        blocking.push(...violations.filter(isBlocking).map(describeViolation));
      }
    }
    expect(blocking).toEqual([]);
  });
});
