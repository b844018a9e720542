import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LawSummary } from '../src/contract/laws.js';
import type { RecommendationList } from '../src/contract/recommendations.js';
import { audit, describeViolation, isBlocking } from './axe.js';
import { useBrowserSession } from './browser-session.js';
import { signIn, text } from './chromium.js';
import type { E2eServer } from './e2e-server.js';

const DRAFTER = {
  email: 'fatoumata@example.org',
  name: 'Fatoumata Coulibaly',
  password: 'rédactrice du comité 2024',
  role: 'drafter',
} as const;
const SECOND_DRAFTER = {
  email: 'ibrahim@example.org',
  name: 'Ibrahim Sangaré',
  password: 'second rédacteur 2024',
  role: 'drafter',
} as const;
const CHAIR = {
  email: 'aminata@example.org',
  name: 'Aminata Dembélé',
  password: 'présidente de l’atelier',
  role: 'reviewer',
} as const;

/** The recommendation of the demo that calls for a separate law on smuggling of migrants. */
const SMUGGLING_LAW = 'Adopter une loi spécifique sur le trafic illicite de migrants';
/** The obligation its first placeholder article answers: smuggling for a material benefit. */
const OBLIGATION = 'SOM.6.1.a';
const WORDING =
  "Est puni d'un emprisonnement de cinq à dix ans et d'une amende de 1 000 000 à 5 000 000 de francs CFA quiconque, intentionnellement et afin d'en tirer, directement ou indirectement, un avantage financier ou un autre avantage matériel, assure l'entrée illégale sur le territoire national d'une personne qui n'en est ni ressortissante ni résidente permanente.";

/**
 * Drafting the new law in the browser, from the demo project: an outline from an adopted
 * recommendation, a placeholder written and linked, coverage before and after, an article
 * inserted and a reference renumbered, the comparative table, a version, the DOCX; two
 * drafters on one article; a phone; the accessibility audit.
 */
describe('drafting the new law in the browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let projectId: string;
  let drafter: Page;
  let draftUrl: string;
  let recommendationLabel: string;

  const session = useBrowserSession();
  beforeAll(() => {
    ({ server, browser } = session);
  });

  /**
   * A signed-in browser profile reading English; the audit's engine is added as a script of
   * the page, which the app's policy would refuse otherwise.
   */
  async function contextFor(
    person: { email: string; password: string },
    width = 1280,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'en-GB',
      viewport: { width, height: 900 },
      bypassCSP: true,
    });
    await context.addInitScript({ content: "localStorage.setItem('lexalign.language', 'en');" });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    session.open.push(page);
    await signIn(page, person);
    await page.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
    return { context, page };
  }

  /** Calls the API as the page's user, with the session's CSRF token. */
  async function apiPost(page: Page, path: string, body: unknown): Promise<unknown> {
    const request = page.context().request;
    const session = (await (await request.get('/api/auth/me')).json()) as { csrfToken: string };
    const answer = await request.post(path, {
      data: body,
      headers: { 'x-csrf-token': session.csrfToken },
    });
    if (!answer.ok()) throw new Error(`${path}: ${answer.status()} ${await answer.text()}`);
    return answer.json() as Promise<unknown>;
  }

  /** The article of the draft that answers `obligationId` (its links name it). */
  const articleFor = (page: Page, obligationId: string): Locator =>
    page
      .locator('[data-testid^="draft-article-"]')
      .filter({ has: page.getByTestId('article-links').getByText(obligationId, { exact: true }) })
      .first();

  const articleLabelled = (page: Page, label: string): Locator =>
    page.locator(`[data-testid^="draft-article-"][data-label="${label}"]`);

  async function figure(page: Page, testId: string): Promise<number> {
    const element = page.getByTestId(testId);
    await element.waitFor();
    return Number(await element.getAttribute('data-value'));
  }

  it('sets up the demo project with two drafters and an adopted recommendation', async () => {
    ({ projectId } = await server.seedDemo());
    for (const person of [DRAFTER, SECOND_DRAFTER, CHAIR])
      await server.addMember(projectId, person);
    const chair = (await contextFor(CHAIR)).page;
    const list = (await (
      await chair.context().request.get(`/api/projects/${projectId}/recommendations`)
    ).json()) as RecommendationList;
    const target = list.recommendations.find((item) => item.title === SMUGGLING_LAW);
    if (target === undefined) throw new Error('the demo has no recommendation on smuggling');
    recommendationLabel = target.label;
    // The demo may already have adopted it; otherwise the chair adopts it through the API.
    if (target.status !== 'adopted' && target.status !== 'adopted_with_changes') {
      const path = `/api/projects/${projectId}/recommendations/${target.id}/decision`;
      let version = target.version;
      if (target.status !== 'under_discussion') {
        const discussed = (await apiPost(chair, path, {
          status: 'under_discussion',
          reason: '',
          version,
        })) as { version: number };
        version = discussed.version;
      }
      await apiPost(chair, path, {
        status: 'adopted',
        reason: 'Adoptée par consensus à l’atelier de validation',
        version,
        method: 'consensus',
      });
    }
    await chair.close();
    drafter = (await contextFor(DRAFTER)).page;
  });

  it('creates a draft smuggling law laid out from the adopted recommendation (SOM only)', async () => {
    await drafter.goto(`/#/projects/${projectId}`);
    await drafter.getByRole('link', { name: text['nav.drafts'], exact: true }).click();
    await drafter.getByRole('heading', { name: text['draft.title'], exact: true }).waitFor();
    await drafter.getByTestId('new-draft').click();
    await drafter
      .getByLabel(text['draft.field.title'], { exact: true })
      .fill('Loi relative à la lutte contre le trafic illicite de migrants');
    expect(
      await drafter.getByLabel(text['draft.origin.outline'], { exact: false }).isChecked(),
    ).toBe(true);
    // Only the smuggling recommendation, only the obligations of the Smuggling Protocol.
    const choices = drafter.getByTestId('new-draft-recommendations').getByRole('checkbox');
    await expect.poll(() => choices.count()).toBeGreaterThan(0);
    for (const box of await choices.all()) {
      const label = await drafter
        .locator(`label[for="${await box.getAttribute('id')}"]`)
        .textContent();
      await box.setChecked(label?.includes(SMUGGLING_LAW) === true);
    }
    await drafter.locator('#new-draft-instrument-SOM').check();
    await drafter.getByTestId('new-draft-submit').click();
    await drafter.waitForURL(/\/drafts\/(?!new)[^/?]+$/);
    draftUrl = new URL(drafter.url()).hash;

    const placeholders = drafter.locator(
      '[data-testid^="draft-article-"][data-placeholder="true"]',
    );
    await expect.poll(() => placeholders.count()).toBeGreaterThan(1);
    expect(await placeholders.first().getByTestId('placeholder-chip').textContent()).toContain(
      text['draft.placeholder'],
    );
    // Articles are numbered through the whole draft; the outline shows the same labels.
    expect(await articleLabelled(drafter, 'Article 1er').count()).toBe(1);
    expect(await drafter.getByTestId('draft-outline').textContent()).toContain('Article 2');
    expect(await articleFor(drafter, OBLIGATION).count()).toBe(1);
    expect(await drafter.getByTestId('draft-problems').textContent()).toContain('Article 1');
  });

  it('writes a placeholder article, links it to the recommendation, and coverage goes up', async () => {
    const coverageUrl = `/${draftUrl}/coverage`;
    await drafter.goto(coverageUrl);
    const alignedBefore = await figure(drafter, 'aligned-after');
    const rec = drafter.getByTestId(`coverage-rec-${recommendationLabel}`);
    expect(await rec.getAttribute('data-addressed')).toBe('false');

    await drafter.goto(`/${draftUrl}`);
    const article = articleFor(drafter, OBLIGATION);
    await article.getByTestId('article-edit').click();
    await article.getByLabel(text['draft.field.wording'], { exact: true }).fill(WORDING);
    await article
      .getByLabel(text['draft.field.note'], { exact: true })
      .fill('Ajoute l’avantage financier ou matériel exigé par le Protocole.');
    await article.getByTestId('unit-save').click();
    await expect.poll(() => article.getAttribute('data-placeholder')).toBe('false');
    expect(await article.getByTestId('article-wording').textContent()).toContain(
      'avantage financier',
    );

    // Links: the recommendation (the outline proposed it) and one more obligation found by search.
    await article.getByTestId('article-links-open').click();
    const links = article.getByTestId('links-form');
    await links.getByTestId(`link-rec-${recommendationLabel}`).check();
    await links.getByTestId('obligation-search').fill('SOM.6.1.b');
    await links
      .getByLabel(/SOM\.6\.1\.b/)
      .first()
      .check();
    await links.getByTestId('links-save').click();
    await links.waitFor({ state: 'detached' });
    const chips = article.getByTestId('article-links');
    expect(await chips.getByTestId('article-rec').allTextContents()).toContainEqual(
      expect.stringContaining(recommendationLabel),
    );
    expect(await chips.textContent()).toContain('SOM.6.1.b');

    await drafter.getByTestId('draft-tab-coverage').click();
    await expect.poll(() => figure(drafter, 'aligned-after')).toBeGreaterThan(alignedBefore);
    expect(await figure(drafter, 'aligned-after')).toBeGreaterThan(
      await figure(drafter, 'aligned-before'),
    );
    await expect
      .poll(() =>
        drafter.getByTestId(`coverage-rec-${recommendationLabel}`).getAttribute('data-addressed'),
      )
      .toBe('true');
    const row = drafter.getByTestId(`coverage-obligation-${OBLIGATION}`);
    expect(await row.getAttribute('data-change')).toBe('improved');
    await drafter.getByTestId('coverage-chart').waitFor();
    expect(
      await drafter.getByTestId('coverage-theme-table').locator('tbody tr').count(),
    ).toBeGreaterThan(0);
  });

  it('inserts an article before another and the reference to it follows the renumbering', async () => {
    await drafter.goto(`/${draftUrl}`);
    // The last article cites article 2.
    const last = drafter.locator('[data-testid^="draft-article-"]').last();
    const citing = (await last.getAttribute('data-testid')) ?? '';
    await last.getByTestId('article-edit').click();
    await last
      .getByLabel(text['draft.field.wording'], { exact: true })
      .fill("Les peines prévues à l'article 2 sont portées au double en cas de récidive.");
    await last.getByTestId('unit-save').click();
    const cited = drafter.getByTestId(citing).getByTestId('article-wording');
    await expect.poll(() => cited.textContent()).toContain("l'article 2 sont portées");

    const second = articleLabelled(drafter, 'Article 2');
    const secondKey = (await second.getAttribute('data-testid')) ?? '';
    await second.getByTestId('article-insert').click();
    const form = second.getByTestId('insert-form');
    await form.getByLabel(text['draft.where.before'].replace('{unit}', 'Article 2')).check();
    await form.getByLabel(text['draft.field.articleHeading'], { exact: true }).fill('Définitions');
    await form
      .getByLabel(text['draft.field.wording'], { exact: true })
      .fill(
        'Au sens de la présente loi, on entend par migrant toute personne qui quitte son pays.',
      );
    await form.getByTestId('insert-save').click();
    // The article that was 2 is 3 now, and the citing article says so at once.
    await expect
      .poll(() => drafter.getByTestId(secondKey).getAttribute('data-label'))
      .toBe('Article 3');
    await expect.poll(() => cited.textContent()).toContain("l'article 3 sont portées");
    expect(await articleLabelled(drafter, 'Article 2').textContent()).toContain('Définitions');
  });

  it('compares the draft with the law in force in a comparative table', async () => {
    await drafter.getByTestId('draft-tab-compare').click();
    const laws = (await (
      await drafter.context().request.get(`/api/projects/${projectId}/laws`)
    ).json()) as { laws: LawSummary[] };
    const law = laws.laws[0];
    if (law === undefined) throw new Error('the demo has no law');
    await drafter.getByTestId('compare-left').selectOption(`law:${law.id}`);
    const rows = drafter.getByTestId('compare-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const header = await drafter.getByTestId('compare-table').locator('thead').textContent();
    expect(header).toContain(text['draft.side.law']);
    expect(header).toContain(text['draft.compare.comment']);
    expect(
      Number(await drafter.getByTestId('compare-count-added').locator('dd').textContent()),
    ).toBeGreaterThan(0);
    expect(
      await drafter.locator('[data-testid="compare-row"] .compare-badge').count(),
    ).toBeGreaterThan(0);
  });

  it('saves a named version and downloads the draft as DOCX', async () => {
    await drafter.goto(`/${draftUrl}`);
    await drafter.getByLabel(text['draft.version.name'], { exact: true }).fill('Avant-projet');
    await drafter.getByTestId('version-save').click();
    await drafter.getByTestId('draft-version-1').waitFor();
    expect(await drafter.getByTestId('draft-version-1').textContent()).toContain('Avant-projet');

    const [download] = await Promise.all([
      drafter.waitForEvent('download'),
      drafter.getByTestId('export-docx').click(),
    ]);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(download.suggestedFilename()).toMatch(/\.docx$/);

    // Renamed from the header: the title follows, the list too.
    await drafter.getByText(text['draft.settings'], { exact: true }).click();
    const settings = drafter.getByTestId('draft-settings');
    await settings
      .getByLabel(text['draft.field.title'], { exact: true })
      .fill('Loi relative au trafic illicite de migrants');
    await settings.getByRole('button', { name: text['app.save'], exact: true }).click();
    await expect
      .poll(() => drafter.getByTestId('draft-title').textContent())
      .toBe('Loi relative au trafic illicite de migrants');
  });

  it('comments on an article, resolves the comment and opens it again', async () => {
    const article = articleLabelled(drafter, 'Article 1er');
    await article.getByTestId('article-comments-open').click();
    await article
      .getByLabel(text['obligation.comment'], { exact: true })
      .fill('Faut-il viser aussi la traite des personnes ?');
    await article.getByRole('button', { name: text['obligation.post'], exact: true }).click();
    const state = article.locator('.comment-state');
    await expect.poll(() => state.getAttribute('data-state')).toBe('open');
    await expect
      .poll(() => article.getByTestId('article-comments-open').textContent())
      .toBe(text['draft.comments'].replace('{count}', '1'));
    await article.getByRole('button', { name: text['draft.comment.resolve'], exact: true }).click();
    await expect.poll(() => state.getAttribute('data-state')).toBe('resolved');
    expect(await state.textContent()).toContain(DRAFTER.name);
    await expect
      .poll(() => article.getByTestId('article-comments-open').textContent())
      .toBe(text['draft.comments'].replace('{count}', '0'));
    await article.getByRole('button', { name: text['draft.comment.reopen'], exact: true }).click();
    await expect.poll(() => state.getAttribute('data-state')).toBe('open');
  });

  it('pastes articles, moves and deletes one, walks the outline by keyboard, and restores the version', async () => {
    await drafter.goto(`/${draftUrl}`);
    const articles = drafter.locator('[data-testid^="draft-article-"]');
    await articles.first().waitFor();
    const before = await articles.count();
    await drafter.getByTestId('paste-open').click();
    const dialog = drafter.getByTestId('paste-dialog');
    await dialog
      .getByLabel(text['draft.paste.text'], { exact: true })
      .fill(
        [
          'Article 1 : Les migrants objet d’un trafic illicite ne sont pas poursuivis de ce seul fait.',
          'Article 2 : Les dispositions de l’article 1 s’appliquent aux enfants.',
        ].join('\n'),
      );
    await dialog.getByTestId('paste-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => articles.count()).toBe(before + 2);
    const pasted = articles.nth(before);
    const pastedKey = (await pasted.getAttribute('data-testid')) ?? '';
    // The focus goes to the first article pasted.
    await expect
      .poll(() => drafter.evaluate<string>('document.activeElement?.id ?? ""'))
      .toBe(pastedKey.replace('draft-article-', 'draft-unit-'));
    // Its reference to the other pasted article reads that article's number in the draft.
    const last = articles.nth(before + 1);
    expect(await last.getByTestId('article-wording').textContent()).toContain(
      `l’article ${before + 1}`,
    );

    // The last one moves up, before the first pasted one: the reference follows it.
    await last
      .getByRole('button', { name: text['draft.moveUpNamed'].replace('{unit}', '') })
      .click();
    await expect
      .poll(() => drafter.getByTestId(pastedKey).getAttribute('data-label'))
      .toBe(`Article ${before + 2}`);
    await expect
      .poll(() => articles.nth(before).getByTestId('article-wording').textContent())
      .toContain(`l’article ${before + 2}`);

    // Deleting asks first; the article it cited is gone, and the problem is listed.
    drafter.once('dialog', (question) => void question.accept());
    await drafter
      .getByTestId(pastedKey)
      .getByRole('button', { name: text['draft.deleteNamed'].replace('{unit}', '') })
      .click();
    await expect.poll(() => articles.count()).toBe(before + 1);
    await expect
      .poll(() =>
        drafter.locator('[data-testid="draft-problems"] [data-code="dangling-reference"]').count(),
      )
      .toBe(1);

    // The outline: arrows move along it, Enter takes the reader to the unit.
    const outline = drafter.getByTestId('draft-outline').getByRole('button');
    await outline.first().focus();
    await drafter.keyboard.press('ArrowDown');
    const secondKey = ((await outline.nth(1).getAttribute('data-testid')) ?? '').replace(
      'outline-',
      '',
    );
    await expect
      .poll(() => drafter.evaluate<string>('document.activeElement?.dataset.testid ?? ""'))
      .toBe(`outline-${secondKey}`);
    await drafter.keyboard.press('Enter');
    await expect
      .poll(() => drafter.evaluate<string>('document.activeElement?.id ?? ""'))
      .toBe(`draft-unit-${secondKey}`);

    // Restoring version 1 asks first and brings back its articles.
    drafter.once('dialog', (question) => void question.accept());
    await drafter.getByTestId('version-restore-1').click();
    await expect.poll(() => articles.count()).toBe(before);
    expect(await drafter.getByTestId(pastedKey).count()).toBe(0);
  });

  it('shows the second of two drafters editing one article a conflict dialog to choose from', async () => {
    const second = (await contextFor(SECOND_DRAFTER)).page;
    await drafter.goto(`/${draftUrl}`);
    await second.goto(`/${draftUrl}`);
    const mine = articleLabelled(drafter, 'Article 1er');
    const theirs = articleLabelled(second, 'Article 1er');
    // Both open the same article; the second drafter saves first.
    await mine.getByTestId('article-edit').click();
    await theirs.getByTestId('article-edit').click();
    await theirs
      .getByLabel(text['draft.field.wording'], { exact: true })
      .fill(
        'La présente loi a pour objet de prévenir et de réprimer le trafic illicite de migrants.',
      );
    await theirs.getByTestId('unit-save').click();
    await theirs.getByTestId('unit-form').waitFor({ state: 'detached' });

    await mine
      .getByLabel(text['draft.field.wording'], { exact: true })
      .fill(
        'La présente loi a pour objet de réprimer le trafic illicite de migrants et de protéger les migrants.',
      );
    await mine.getByTestId('unit-save').click();
    const dialog = drafter.getByTestId('conflict-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(SECOND_DRAFTER.name);
    expect(await dialog.getByTestId('conflict-theirs').textContent()).toContain(
      'prévenir et de réprimer',
    );
    expect(await dialog.getByTestId('conflict-mine').textContent()).toContain(
      'protéger les migrants',
    );
    const diff = dialog.getByTestId('conflict-diff');
    expect(await diff.locator('ins').count()).toBeGreaterThan(0);
    expect(await diff.locator('del').count()).toBeGreaterThan(0);
    expect(await diff.locator('ins').first().textContent()).toContain(`[${text['rec.diffAdded']}]`);
    const violations = await audit(drafter, 'conflict dialog');
    expect(violations.filter(isBlocking).map(describeViolation)).toEqual([]);

    // Merge by hand: mine is the start, theirs is shown.
    await dialog.getByTestId('conflict-merge').click();
    const merged =
      'La présente loi a pour objet de prévenir et de réprimer le trafic illicite de migrants et de protéger les migrants.';
    await dialog.getByTestId('conflict-merged-text').fill(merged);
    await dialog.getByTestId('conflict-save-merged').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => mine.getByTestId('article-wording').textContent()).toContain(merged);
    // The other drafter's page follows without a reload.
    await expect
      .poll(() => theirs.getByTestId('article-wording').textContent(), { timeout: 10_000 })
      .toContain(merged);

    // Once more; this time the first drafter keeps the other's wording.
    await mine.getByTestId('article-edit').click();
    await theirs.getByTestId('article-edit').click();
    await theirs.getByLabel(text['draft.field.wording'], { exact: true }).fill('Texte retenu.');
    await theirs.getByTestId('unit-save').click();
    await theirs.getByTestId('unit-form').waitFor({ state: 'detached' });
    await mine.getByLabel(text['draft.field.wording'], { exact: true }).fill('Texte écarté.');
    await mine.getByTestId('unit-save').click();
    await dialog.getByTestId('conflict-keep-theirs').click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => mine.getByTestId('article-wording').textContent())
      .toBe('Texte retenu.');
    expect(await mine.getByTestId('unit-form').count()).toBe(0);
    await second.close();
  });

  it('shows a member who may not draft the text, its comments and downloads, without the drafting tools', async () => {
    const chair = (await contextFor(CHAIR)).page;
    await chair.goto(`/${draftUrl}`);
    const article = articleLabelled(chair, 'Article 1er');
    await article.waitFor();
    await chair.getByTestId('export-docx').waitFor();
    for (const testId of ['article-edit', 'article-links-open', 'article-insert']) {
      expect(await article.getByTestId(testId).count(), testId).toBe(0);
    }
    expect(await chair.getByTestId('add-article').count()).toBe(0);
    expect(await chair.getByTestId('version-form').count()).toBe(0);
    expect(await chair.getByTestId('version-restore-1').count()).toBe(0);
    // A reviewer may comment.
    await article.getByTestId('article-comments-open').click();
    await article.getByLabel(text['obligation.comment'], { exact: true }).waitFor();
    await chair.goto(`/#/projects/${projectId}/drafts`);
    await chair.getByTestId('draft-list').waitFor();
    expect(await chair.getByTestId('new-draft').count()).toBe(0);
    await chair.close();
  });

  it('fits a 375-pixel phone: the editor, the comparative table as cards, the coverage', async () => {
    const phone = (await contextFor(DRAFTER, 375)).page;
    const width = () => phone.evaluate<number>('document.documentElement.scrollWidth');
    await phone.goto(`/${draftUrl}`);
    await phone.getByTestId('draft-body').waitFor();
    await articleLabelled(phone, 'Article 1er').waitFor();
    expect(await width()).toBeLessThanOrEqual(375);
    // The outline starts folded above the text.
    expect(await phone.locator('.draft-side-card').getAttribute('open')).toBeNull();
    await phone.goto(`/${draftUrl}/compare?left=v1&right=current`);
    const row = phone.getByTestId('compare-row').first();
    await row.waitFor();
    // Page scripts are given as text: this program is typed for Node, not for the DOM.
    const display = await phone.evaluate<string>(
      'getComputedStyle(document.querySelector(\'[data-testid="compare-row"]\')).display',
    );
    expect(display).toBe('block');
    expect(await width()).toBeLessThanOrEqual(375);
    await phone.goto(`/${draftUrl}/coverage`);
    await phone.getByTestId('coverage-obligations').waitFor();
    expect(await width()).toBeLessThanOrEqual(375);
    await phone.goto(`/#/projects/${projectId}/drafts/new`);
    await phone.getByTestId('new-draft-form').waitFor();
    await phone.locator('#new-draft-lawId option').nth(1).waitFor({ state: 'attached' });
    expect(await width()).toBeLessThanOrEqual(375);
    await phone.close();
  });

  it('passes the accessibility audit on every drafting page, in English and French', async () => {
    const pages = [
      ['list', `/#/projects/${projectId}/drafts`, 'draft-list'],
      ['new', `/#/projects/${projectId}/drafts/new`, 'new-draft-form'],
      ['editor', `/${draftUrl}`, 'draft-body'],
      ['compare', `/${draftUrl}/compare?left=v1&right=current`, 'compare-table'],
      ['coverage', `/${draftUrl}/coverage`, 'coverage-obligations'],
    ] as const;
    const blocking: string[] = [];
    for (const language of ['en', 'fr']) {
      const context = await browser.newContext({
        baseURL: server.url,
        bypassCSP: true,
        storageState: await drafter.context().storageState(),
      });
      await context.addInitScript({
        content: `localStorage.setItem('lexalign.language', '${language}');`,
      });
      const page = await context.newPage();
      session.open.push(page);
      for (const [name, url, testId] of pages) {
        await page.goto(url);
        await page.getByTestId(testId).waitFor();
        if (name === 'editor') {
          // With an article's forms and comments open too.
          const article = articleLabelled(page, 'Article 1er');
          await article.getByTestId('article-comments-open').click();
          await article.getByTestId('article-links-open').click();
          await article.getByTestId('links-form').waitFor();
        }
        const violations = await audit(page, `drafting ${name} (${language})`);
        blocking.push(...violations.filter(isBlocking).map(describeViolation));
      }
      await context.close();
    }
    expect(blocking).toEqual([]);
  });
});
