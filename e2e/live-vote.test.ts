import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecommendationDetail } from '../src/contract/recommendations.js';
import { audit, describeViolation, isBlocking } from './axe.js';
import { useBrowserSession } from './browser-session.js';
import { englishContext, signIn, text } from './chromium.js';

const CHAIR = {
  email: 'presidence@atelier.example.org',
  name: 'Présidence de séance',
  password: 'présidence de l’atelier 2026',
  role: 'organiser' as const,
};

/** Four phones of the room and how each votes. */
const PHONES = [
  { name: 'Awa Diarra', organisation: 'ONG Espoir', choice: 'for' },
  { name: 'Binta Koné', organisation: 'Police nationale', choice: 'for' },
  { name: 'Chaka Traoré', organisation: 'Barreau du Mali', choice: 'against' },
  { name: 'Djeneba Sow', organisation: 'OIM', choice: 'abstain' },
] as const;

/**
 * The validation workshop's live session in Chromium: the chair shows a recommendation and
 * opens a vote, four phones join with the code and vote at the same moment, the chair sees
 * the count live, closes the vote and records the decision; reloads lose nothing.
 */
describe('a vote at the validation workshop', () => {
  const session = useBrowserSession();
  let chair: Page;
  let chairContext: BrowserContext;
  let projectId: string;
  let workshopId: string;
  let joinCode: string;
  let recommendationId: string;
  const phones: Page[] = [];

  beforeAll(async () => {
    ({ projectId, workshopId } = await session.server.seedDemo());
    await session.server.addMember(projectId, CHAIR);
  }, 120_000);

  const live = () => `/#/projects/${projectId}/workshops/${workshopId}/live`;

  it('shows a recommendation of the agenda on the presenter screen and opens the vote', async () => {
    chairContext = await englishContext(session.browser, { baseURL: session.server.url });
    chair = await chairContext.newPage();
    session.open.push(chair);
    await signIn(chair, CHAIR);
    await chair.getByRole('heading', { name: text['projects.title'], exact: true }).waitFor();
    await chair.goto(live());
    const code = chair.getByTestId('join-code');
    await code.waitFor();
    joinCode = (await code.textContent()) ?? '';
    expect(joinCode).toMatch(/^[A-Z0-9]{4,}$/);
    expect(await chair.getByTestId('join-url').textContent()).toContain(`/#/join/${joinCode}`);
    await chair.getByRole('img', { name: /QR code/ }).waitFor();
    // The QR code is drawn (an image that failed to load has no width).
    await chair.waitForFunction("document.querySelector('img.join-qr')?.naturalWidth > 0");

    const picker = chair.getByLabel(text['presenter.pick'], { exact: true });
    const first = picker.locator('optgroup').first().locator('option').first();
    recommendationId = (await first.getAttribute('value')) ?? '';
    await picker.selectOption(recommendationId);
    await chair.getByRole('button', { name: text['presenter.show'], exact: true }).click();
    const status = chair.getByTestId('presenter-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('under_discussion');

    await chair.getByRole('button', { name: text['presenter.openVote'], exact: true }).click();
    await chair.locator('[data-testid="vote-state"][data-state="open"]').waitFor();
  });

  it('lets four phones join with the code and vote at the same moment, and the chair sees 2 / 1 / 1 live', async () => {
    for (const person of PHONES) {
      const context = await session.browser.newContext({
        baseURL: session.server.url,
        locale: 'en-GB',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        // The accessibility audit adds its engine as a script of the page.
        bypassCSP: true,
      });
      await context.addInitScript({
        content: "localStorage.setItem('lexalign.language', 'en');",
      });
      context.setDefaultTimeout(15_000);
      const phone = await context.newPage();
      session.open.push(phone);
      await phone.goto(`/#/join/${joinCode.toLowerCase()}`);
      await phone.getByLabel(text['phone.name'], { exact: true }).fill(person.name);
      await phone.getByLabel(text['phone.organisation'], { exact: true }).fill(person.organisation);
      await phone.getByLabel(text['phone.sex.female'], { exact: true }).check();
      await phone.getByRole('button', { name: text['phone.join'], exact: true }).click();
      await phone.getByTestId('phone-recommendation').waitFor();
      await phone.getByTestId('vote-for').waitFor();
      phones.push(phone);
    }
    // Everyone taps at once.
    await Promise.all(
      PHONES.map(async (person, index) => {
        const phone = phones[index];
        if (phone === undefined) throw new Error('no phone');
        await phone.getByTestId(`vote-${person.choice}`).tap();
      }),
    );
    for (const [index, person] of PHONES.entries()) {
      const phone = phones[index];
      if (phone === undefined) throw new Error('no phone');
      const mine = phone.locator('[data-testid="my-vote"]');
      await expect.poll(() => mine.getAttribute('data-choice')).toBe(person.choice);
      expect(await phone.getByTestId(`vote-${person.choice}`).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(await mine.textContent()).toContain('you can change it until the vote closes');
    }
    const count = (choice: string) =>
      chair.getByTestId(`tally-${choice}`).getAttribute('data-count');
    await expect.poll(() => count('for'), { timeout: 10_000 }).toBe('2');
    await expect.poll(() => count('against')).toBe('1');
    await expect.poll(() => count('abstain')).toBe('1');
    expect(await chair.getByTestId('tally-for').textContent()).toContain('2 (50%)');
  });

  it('passes the accessibility audit (WCAG 2.1 AA) on the presenter screen and a phone', async () => {
    const phone = phones[0];
    if (phone === undefined) throw new Error('no phone');
    // The audit adds its engine as a script of the page, which the app's policy forbids.
    const auditContext = await session.browser.newContext({
      baseURL: session.server.url,
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
      storageState: await chairContext.storageState(),
    });
    await auditContext.addInitScript({
      content: "localStorage.setItem('lexalign.language', 'en');",
    });
    const presenter = await auditContext.newPage();
    await presenter.goto(live());
    await presenter.getByTestId('tally-for').waitFor();
    const violations = [...(await audit(presenter, 'presenter')), ...(await audit(phone, 'phone'))];
    await auditContext.close();
    expect(violations.filter(isBlocking).map(describeViolation)).toEqual([]);
  });

  it('closes the vote and records “adopted” by vote with the count on record', async () => {
    await chair.getByRole('button', { name: text['presenter.closeVote'], exact: true }).click();
    await chair.locator('[data-testid="vote-state"][data-state="closed"]').waitFor();
    const onRecord = chair.getByTestId('decision-tally');
    await onRecord.waitFor();
    expect(await onRecord.textContent()).toContain('2 for, 1 against, 1 abstentions');
    await chair
      .getByLabel(text['presenter.reason'], { exact: true })
      .fill('Adoptée par l’atelier.');
    await chair.getByRole('button', { name: text['presenter.record'], exact: true }).click();
    await expect
      .poll(() => chair.getByTestId('presenter-status').getAttribute('data-status'))
      .toBe('adopted');

    const answer = await chairContext.request.get(
      `/api/projects/${projectId}/recommendations/${recommendationId}`,
    );
    const detail = (await answer.json()) as RecommendationDetail;
    expect(detail.status).toBe('adopted');
    expect(detail.transitions.at(-1)).toMatchObject({
      to: 'adopted',
      workshopId,
      method: 'vote',
      tally: { for: 2, against: 1, abstain: 1 },
    });
  });

  it('keeps a participant’s vote after a reload and refuses a second one; the presenter screen survives a reload', async () => {
    const phone = phones[2];
    if (phone === undefined) throw new Error('no phone');
    await phone.reload();
    const mine = phone.locator('[data-testid="my-vote"]');
    await expect.poll(() => mine.getAttribute('data-choice')).toBe('against');
    expect(await phone.getByTestId('vote-for').count()).toBe(0);
    await phone.getByTestId('tally').waitFor();
    const status = await phone.evaluate(`(async () => {
      const state = await (await fetch('/api/live/${joinCode}/state')).json();
      const answer = await fetch('/api/live/${joinCode}/votes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': state.csrfToken },
        body: JSON.stringify({ questionId: state.question.id, choice: 'for' }),
      });
      return answer.status;
    })()`);
    expect(status).toBe(409);

    await chair.reload();
    const shown = chair.getByTestId('presenter-recommendation');
    await shown.waitFor();
    expect(await chair.getByTestId('presenter-status').getAttribute('data-status')).toBe('adopted');
    expect(await chair.getByTestId('tally-for').getAttribute('data-count')).toBe('2');
  });

  it('lets the organiser release a lost phone: it falls back to the join form, and the person can join again', async () => {
    const phone = phones[3];
    const person = PHONES[3];
    if (phone === undefined) throw new Error('no phone');
    await chair.goto(`/#/projects/${projectId}/workshops/${workshopId}/participants`);
    await chair.getByTestId('participant-search').fill(person.name);
    chair.once('dialog', (dialog) => void dialog.accept());
    await chair
      .getByRole('button', {
        name: text['ws.participants.releasePhoneLabel'].replace('{name}', person.name),
      })
      .click();
    await expect
      .poll(() => chair.getByRole('button', { name: text['ws.participants.releasePhone'] }).count())
      .toBe(0);
    await phone.reload();
    await phone.getByLabel(text['phone.name'], { exact: true }).fill(person.name);
    await phone.getByLabel(text['phone.organisation'], { exact: true }).fill(person.organisation);
    await phone.getByLabel(text['phone.sex.female'], { exact: true }).check();
    await phone.getByRole('button', { name: text['phone.join'], exact: true }).click();
    // Back as the same person: the vote she cast is still hers.
    const mine = phone.locator('[data-testid="my-vote"]');
    await expect.poll(() => mine.getAttribute('data-choice')).toBe(person.choice);
    await chair.goto(live());
    await chair.getByTestId('presenter-recommendation').waitFor();
  });

  it('shows the recommendation, the count and the join code alone on the screen for the projector', async () => {
    const fullscreen = () =>
      chair.evaluate<string>(`document.fullscreenElement?.className ?? 'none'`);
    await chair.getByTestId('projector-toggle').click();
    await expect.poll(fullscreen).toBe('presenter-grid');
    // The label follows the browser's fullscreen change, a moment after it.
    await expect
      .poll(() => chair.getByTestId('projector-toggle').textContent())
      .toBe(text['presenter.leaveProjector']);
    await chair.getByTestId('projector-toggle').click();
    await expect.poll(fullscreen).toBe('none');
  });
});
