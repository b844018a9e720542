import { describe, expect, it } from 'vitest';
import type { LiveChange } from '../../../../src/contract/live.js';
import { translator } from '../../i18n/translate.js';
import { changeMessage, staleKeys } from './model.js';

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

  it('says someone when the actor is unknown', () => {
    const anonymous = { ...change('analysis'), actor: null };
    expect(changeMessage(translator('en'), anonymous, 'u1')).toBe(
      'Updated by someone: analysis re-run',
    );
  });
});
