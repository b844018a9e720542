import { describe, expect, it } from 'vitest';
import type { LiveChange } from '../../../../src/contract/live.js';
import { translator } from '../../i18n/translate.js';
import { changeMessage, nextImportProgress, staleKeys } from './model.js';

const change = (kind: LiveChange['kind'], objectId = 'TIP.3.a'): LiveChange => ({
  projectId: 'p1',
  kind,
  objectId,
  actor: { id: 'u2', name: 'Moussa' },
});

describe('staleKeys', () => {
  it('refreshes the table, the finding, the dashboard and the laws when a finding changes', () => {
    expect(staleKeys(change('finding'))).toEqual([
      ['project', 'p1', 'findings'],
      ['project', 'p1', 'finding', 'TIP.3.a'],
      ['project', 'p1', 'dashboard'],
      ['project', 'p1', 'law'],
      ['project', 'p1', 'audit'],
    ]);
  });

  it('refreshes only the finding and its history for a comment', () => {
    expect(staleKeys(change('comment'))).toEqual([
      ['project', 'p1', 'finding', 'TIP.3.a'],
      ['project', 'p1', 'audit'],
    ]);
  });

  it('refreshes the whole project after a law import or an analysis', () => {
    expect(staleKeys(change('law', 'l1'))).toEqual([['project', 'p1']]);
    expect(staleKeys(change('analysis', ''))).toEqual([['project', 'p1']]);
  });

  it('refreshes the members and the caller’s rights when members change', () => {
    expect(staleKeys(change('member', 'u3'))).toEqual([
      ['project', 'p1', 'members'],
      ['project', 'p1'],
    ]);
  });
  it('refreshes a recommendation, its lists and the workshops and drafts showing it when it changes', () => {
    expect(staleKeys(change('recommendation', 'r1'))).toEqual([
      ['project', 'p1', 'recommendations'],
      ['project', 'p1', 'recommendation', 'r1'],
      ['project', 'p1', 'workshop'],
      ['project', 'p1', 'draft'],
      ['project', 'p1', 'audit'],
    ]);
  });

  it('refreshes the drafts list and everything of one draft when another drafter changes it', () => {
    expect(staleKeys(change('draft', 'd1'))).toEqual([
      ['project', 'p1', 'drafts'],
      ['project', 'p1', 'draft', 'd1'],
      ['project', 'p1', 'audit'],
    ]);
    expect(changeMessage(translator('en'), change('draft', 'd1'), 'u1')).toBe(
      'Updated by Moussa: a draft law',
    );
  });

  it('refreshes one workshop for its votes and live screen, and the list for its participants', () => {
    expect(staleKeys(change('vote', 'w1'))).toEqual([['project', 'p1', 'workshop', 'w1']]);
    expect(staleKeys(change('live', 'w1'))).toEqual([['project', 'p1', 'workshop', 'w1']]);
    expect(staleKeys(change('participant', 'w1'))).toEqual([
      ['project', 'p1', 'workshop', 'w1'],
      ['project', 'p1', 'workshops'],
    ]);
  });
});

describe('changeMessage', () => {
  it('names who changed what', () => {
    expect(changeMessage(translator('en'), change('finding'), 'u1')).toBe(
      'Updated by Moussa: finding TIP.3.a',
    );
    expect(changeMessage(translator('fr'), change('comment'), 'u1')).toBe(
      'Mis à jour par Moussa\u00a0: commentaire sur TIP.3.a',
    );
  });

  it('stays quiet about the reader’s own changes', () => {
    expect(changeMessage(translator('en'), change('finding'), 'u2')).toBeUndefined();
  });

  it('does not toast votes, check-ins and participants’ contributions during a workshop', () => {
    const t = translator('en');
    for (const kind of ['vote', 'live', 'attendance', 'participant', 'contribution'] as const) {
      expect(changeMessage(t, change(kind, 'w1'), 'u1')).toBeUndefined();
    }
    expect(changeMessage(t, change('recommendation', 'r1'), 'u1')).toContain('Moussa');
  });

  it('says someone when the actor is unknown', () => {
    const anonymous = { ...change('analysis'), actor: null };
    expect(changeMessage(translator('en'), anonymous, 'u1')).toBe(
      'Updated by someone: analysis re-run',
    );
  });
});

describe('an upload’s OCR progress', () => {
  const upload = '7b0c3f4e-1d2a-4c5b-8e9f-0a1b2c3d4e5f';
  const step = (done: number, objectId = upload): LiveChange => ({
    ...change('import', objectId),
    progress: { done, total: 12 },
  });

  it('takes the progress of the form’s own upload, page after page', () => {
    const first = nextImportProgress(undefined, step(2), upload);
    expect(first).toEqual({ done: 2, total: 12 });
    expect(nextImportProgress(first, step(3), upload)).toEqual({ done: 3, total: 12 });
  });

  it('ignores other uploads, other kinds, a form with no upload, and late older steps', () => {
    const shown = { done: 5, total: 12 };
    expect(nextImportProgress(shown, step(6, 'another-upload'), upload)).toBe(shown);
    expect(nextImportProgress(shown, change('law', upload), upload)).toBe(shown);
    expect(nextImportProgress(undefined, step(1), undefined)).toBeUndefined();
    expect(nextImportProgress(shown, step(4), upload)).toBe(shown);
  });

  it('neither refetches nor toasts for an import in progress', () => {
    expect(staleKeys(step(3))).toEqual([]);
    expect(changeMessage(translator('en'), step(3), 'u1')).toBeUndefined();
  });

  it('words the page being read in English and French', () => {
    expect(translator('en')('laws.ocrProgress', { page: 3, total: 12 })).toBe(
      'Reading the scan: page 3 of 12',
    );
    expect(translator('fr')('laws.ocrProgress', { page: 3, total: 12 })).toBe(
      'Lecture du scan\u00a0: page 3 sur 12',
    );
  });
});
