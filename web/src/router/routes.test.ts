import { describe, expect, it } from 'vitest';
import { href, matchRoute, parseHash } from './routes.js';

describe('matchRoute', () => {
  it('names the project pages', () => {
    expect(matchRoute('/')).toEqual({ name: 'projects' });
    expect(matchRoute('/projects/p1')).toEqual({ name: 'dashboard', projectId: 'p1' });
    expect(matchRoute('/projects/p1/findings')).toEqual({ name: 'findings', projectId: 'p1' });
    expect(matchRoute('/projects/p1/findings/TIP.5.2.a')).toEqual({
      name: 'finding',
      projectId: 'p1',
      obligationId: 'TIP.5.2.a',
    });
    expect(matchRoute('/projects/p1/members')).toEqual({ name: 'members', projectId: 'p1' });
    expect(matchRoute('/accounts')).toEqual({ name: 'accounts' });
    expect(parseHash(href.accounts()).route).toEqual({ name: 'accounts' });
  });

  it('reads a law with an article anchor', () => {
    expect(matchRoute('/projects/p1/laws/l1/chp_2__art_12')).toEqual({
      name: 'law',
      projectId: 'p1',
      lawId: 'l1',
      eId: 'chp_2__art_12',
    });
    expect(matchRoute('/projects/p1/laws')).toEqual({ name: 'laws', projectId: 'p1' });
  });

  it('says when nothing matches', () => {
    expect(matchRoute('/elsewhere')).toEqual({ name: 'notFound' });
    expect(matchRoute('/accounts/u1')).toEqual({ name: 'notFound' });
    expect(matchRoute('/projects/p1/findings/TIP.3.a/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/projects/%E0%A4%A')).toEqual({ name: 'notFound' });
  });
});

describe('recommendation routes', () => {
  it('names the list, the board, the form and one recommendation', () => {
    expect(matchRoute('/projects/p1/recommendations')).toEqual({
      name: 'recommendations',
      projectId: 'p1',
    });
    expect(matchRoute('/projects/p1/recommendations/board')).toEqual({
      name: 'recommendationBoard',
      projectId: 'p1',
    });
    expect(matchRoute('/projects/p1/recommendations/new')).toEqual({
      name: 'newRecommendation',
      projectId: 'p1',
    });
    expect(matchRoute('/projects/p1/recommendations/r-1')).toEqual({
      name: 'recommendation',
      projectId: 'p1',
      recommendationId: 'r-1',
    });
    expect(matchRoute('/projects/p1/recommendations/r-1/x')).toEqual({ name: 'notFound' });
  });

  it('builds links that parse back, with the filters, the grouping and the finding', () => {
    const list = parseHash(href.recommendations('p1', new URLSearchParams({ status: 'proposed' })));
    expect(list.route).toEqual({ name: 'recommendations', projectId: 'p1' });
    expect(list.query.get('status')).toBe('proposed');
    const board = parseHash(href.recommendationBoard('p1', 'theme'));
    expect(board.route).toEqual({ name: 'recommendationBoard', projectId: 'p1' });
    expect(board.query.get('by')).toBe('theme');
    const form = parseHash(href.newRecommendation('p1', 'SOM.6.1.a'));
    expect(form.route).toEqual({ name: 'newRecommendation', projectId: 'p1' });
    expect(form.query.get('finding')).toBe('SOM.6.1.a');
    expect(parseHash(href.recommendation('p 1', 'r1')).route).toEqual({
      name: 'recommendation',
      projectId: 'p 1',
      recommendationId: 'r1',
    });
  });
});

describe('parseHash and href', () => {
  it('splits the path from the query', () => {
    const location = parseHash('#/projects/p1/findings?status=missing&theme=sanctions');
    expect(location.route).toEqual({ name: 'findings', projectId: 'p1' });
    expect(location.query.get('status')).toBe('missing');
  });

  it('treats an empty hash as the projects list', () => {
    expect(parseHash('').route).toEqual({ name: 'projects' });
  });

  it('builds links that parse back to the same route', () => {
    const link = href.law('p 1', 'l1', 'art_2');
    expect(link).toBe('#/projects/p%201/laws/l1/art_2');
    expect(parseHash(link).route).toEqual({
      name: 'law',
      projectId: 'p 1',
      lawId: 'l1',
      eId: 'art_2',
    });
    expect(href.findings('p1', new URLSearchParams({ status: 'partial' }))).toBe(
      '#/projects/p1/findings?status=partial',
    );
  });
});

describe('live session routes', () => {
  it('names the presenter screen and the participants’ join page', () => {
    expect(matchRoute('/projects/p1/workshops/w1/live')).toEqual({
      name: 'workshopLive',
      projectId: 'p1',
      workshopId: 'w1',
    });
    expect(parseHash(href.workshopLive('p1', 'w1')).route).toEqual({
      name: 'workshopLive',
      projectId: 'p1',
      workshopId: 'w1',
    });
    expect(matchRoute('/join')).toEqual({ name: 'join' });
    expect(matchRoute('/join/ABC123')).toEqual({ name: 'join', code: 'ABC123' });
    expect(parseHash(href.join('ABC123')).route).toEqual({ name: 'join', code: 'ABC123' });
    expect(parseHash(href.join()).route).toEqual({ name: 'join' });
    expect(matchRoute('/join/ABC123/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/projects/p1/workshops/w1/elsewhere')).toEqual({ name: 'notFound' });
  });
});

describe('workshop routes', () => {
  it('names the list and each tab of a workshop, and builds links that parse back', () => {
    expect(matchRoute('/projects/p1/workshops')).toEqual({ name: 'workshops', projectId: 'p1' });
    const ids = { projectId: 'p1', workshopId: 'w-1' };
    expect(matchRoute('/projects/p1/workshops/w-1')).toEqual({ name: 'workshop', ...ids });
    expect(matchRoute('/projects/p1/workshops/w-1/agenda')).toEqual({
      name: 'workshopAgenda',
      ...ids,
    });
    expect(matchRoute('/projects/p1/workshops/w-1/participants')).toEqual({
      name: 'workshopParticipants',
      ...ids,
    });
    expect(matchRoute('/projects/p1/workshops/w-1/attendance')).toEqual({
      name: 'workshopAttendance',
      ...ids,
    });
    expect(matchRoute('/projects/p1/workshops/w-1/statistics')).toEqual({
      name: 'workshopStatistics',
      ...ids,
    });
    expect(matchRoute('/projects/p1/workshops/w-1/votes')).toEqual({ name: 'notFound' });
    expect(matchRoute('/projects/p1/workshops/w-1/agenda/x')).toEqual({ name: 'notFound' });
    expect(parseHash(href.workshops('p1')).route).toEqual({ name: 'workshops', projectId: 'p1' });
    expect(parseHash(href.workshop('p 1', 'w/1')).route).toEqual({
      name: 'workshop',
      projectId: 'p 1',
      workshopId: 'w/1',
    });
    expect(parseHash(href.workshop('p1', 'w-1', 'statistics')).route).toEqual({
      name: 'workshopStatistics',
      ...ids,
    });
  });
});

describe('draft routes', () => {
  it('names the list, the form and a draft’s text, comparison and coverage', () => {
    const ids = { projectId: 'p1', draftId: 'd-1' };
    expect(matchRoute('/projects/p1/drafts')).toEqual({ name: 'drafts', projectId: 'p1' });
    expect(matchRoute('/projects/p1/drafts/new')).toEqual({ name: 'newDraft', projectId: 'p1' });
    expect(matchRoute('/projects/p1/drafts/d-1')).toEqual({ name: 'draft', ...ids });
    expect(matchRoute('/projects/p1/drafts/d-1/compare')).toEqual({ name: 'draftCompare', ...ids });
    expect(matchRoute('/projects/p1/drafts/d-1/coverage')).toEqual({
      name: 'draftCoverage',
      ...ids,
    });
    expect(matchRoute('/projects/p1/drafts/d-1/versions')).toEqual({ name: 'notFound' });
    expect(matchRoute('/projects/p1/drafts/new/compare')).toEqual({ name: 'notFound' });
  });

  it('builds links that parse back, with the sides compared', () => {
    expect(parseHash(href.drafts('p1')).route).toEqual({ name: 'drafts', projectId: 'p1' });
    expect(parseHash(href.newDraft('p1')).route).toEqual({ name: 'newDraft', projectId: 'p1' });
    expect(parseHash(href.draft('p 1', 'd/1')).route).toEqual({
      name: 'draft',
      projectId: 'p 1',
      draftId: 'd/1',
    });
    const compare = parseHash(
      href.draft('p1', 'd1', {
        tab: 'compare',
        query: new URLSearchParams({ left: 'law:l1', right: 'v2' }),
      }),
    );
    expect(compare.route).toEqual({ name: 'draftCompare', projectId: 'p1', draftId: 'd1' });
    expect(compare.query.get('left')).toBe('law:l1');
    expect(compare.query.get('right')).toBe('v2');
  });
});
