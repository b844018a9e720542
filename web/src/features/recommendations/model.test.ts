import { describe, expect, it } from 'vitest';
import type { FindingDetail } from '../../../../src/contract/findings.js';
import type { RecommendationSummary } from '../../../../src/contract/recommendations.js';
import {
  boardColumns,
  createBody,
  emptyForm,
  filtersFromQuery,
  filtersToQuery,
  formFromFinding,
  groupingFromQuery,
  hasErrors,
  issuesByField,
  moveOptions,
  updateBody,
  validateForm,
} from './model.js';

function summary(overrides: Partial<RecommendationSummary>): RecommendationSummary {
  return {
    id: 'r1',
    number: 1,
    label: 'R1',
    title: 'Titre',
    type: 'amend',
    priority: 'medium',
    status: 'draft',
    theme: 'victim_protection',
    obligationIds: [],
    findingIds: [],
    targetText: '',
    targetArticle: '',
    wordingVersion: 1,
    updatedAt: '2026-05-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('recommendation filters', () => {
  it('reads known values from the address and drops the rest', () => {
    const query = new URLSearchParams(
      'status=proposed&type=rewrite&priority=high&theme=x y&q= loi ',
    );
    expect(filtersFromQuery(query)).toEqual({ status: 'proposed', priority: 'high', q: ' loi ' });
    expect(filtersToQuery({ status: 'adopted', q: 'victimes' }).toString()).toBe(
      'status=adopted&q=victimes',
    );
    expect(groupingFromQuery(new URLSearchParams('by=theme'))).toBe('theme');
    expect(groupingFromQuery(new URLSearchParams('by=colour'))).toBe('status');
  });
});

describe('the board', () => {
  const items = [
    summary({ id: 'a', status: 'proposed', theme: 'jurisdiction', priority: 'low' }),
    summary({ id: 'b', status: 'adopted', theme: 'victim_protection', priority: 'high' }),
    summary({ id: 'c', status: 'proposed', theme: '', priority: 'high' }),
  ];

  it('shows every status as a column, in lifecycle order, even empty', () => {
    const columns = boardColumns(items, 'status', []);
    expect(columns.map((column) => column.key)).toEqual([
      'draft',
      'proposed',
      'under_discussion',
      'adopted',
      'adopted_with_changes',
      'rejected',
      'deferred',
    ]);
    expect(columns[1]?.cards.map((card) => card.id)).toEqual(['a', 'c']);
  });

  it('groups by theme in the catalogue order, themeless last, and by priority', () => {
    const byTheme = boardColumns(items, 'theme', ['victim_protection', 'jurisdiction']);
    expect(byTheme.map((column) => column.key)).toEqual(['victim_protection', 'jurisdiction', '']);
    const byPriority = boardColumns(items, 'priority', []);
    expect(byPriority.map((column) => [column.key, column.cards.length])).toEqual([
      ['high', 2],
      ['medium', 0],
      ['low', 1],
    ]);
  });
});

describe('the moves a role is offered', () => {
  const writer = (action: string) => action === 'recommendation.write';
  const decider = (action: string) => action === 'recommendation.decide';

  it('offers writers to propose and deciders to discuss and decide', () => {
    expect(moveOptions({ status: 'draft', allows: writer }).map((option) => option.to)).toEqual([
      'proposed',
    ]);
    expect(moveOptions({ status: 'draft', allows: decider })).toEqual([]);
    expect(moveOptions({ status: 'proposed', allows: decider })).toEqual([
      { to: 'under_discussion', route: 'decide', reasonRequired: false },
    ]);
    const deciding = moveOptions({
      status: 'under_discussion',
      allows: decider,
      wordingChanged: false,
    });
    expect(deciding.map((option) => option.to)).toEqual(['adopted', 'rejected', 'deferred']);
    expect(deciding.every((option) => option.reasonRequired)).toBe(true);
    expect(
      moveOptions({ status: 'under_discussion', allows: decider, wordingChanged: true }).map(
        (option) => option.to,
      ),
    ).toContain('adopted_with_changes');
    expect(moveOptions({ status: 'rejected', allows: decider })).toEqual([
      { to: 'under_discussion', route: 'decide', reasonRequired: true },
    ]);
  });
});

describe('the form', () => {
  const known = (id: string) => id.startsWith('TIP.') || id.startsWith('SOM.');

  it('says which field is wrong before anything is sent', () => {
    const errors = validateForm(
      { ...emptyForm(), title: ' ', obligationIds: 'TIP.6.3.a, XYZ.1', findingIds: 'SOM.9' },
      { knownObligation: known, knownFinding: (id) => id === 'TIP.6.3.a', withWording: true },
    );
    expect(errors).toEqual({
      title: 'required',
      wording: 'required',
      obligationIds: 'unknownObligation',
      unknownObligations: ['XYZ.1'],
      findingIds: 'unknownFinding',
      unknownFindings: ['SOM.9'],
    });
    expect(hasErrors(errors)).toBe(true);
    const edit = validateForm(
      { ...emptyForm(), title: 'Titre' },
      { knownObligation: known, knownFinding: known, withWording: false },
    );
    expect(hasErrors(edit)).toBe(false);
  });

  it('sends trimmed values, split IDs and no theme when none was chosen', () => {
    const form = {
      ...emptyForm(),
      title: ' Titre ',
      wording: ' Texte. ',
      obligationIds: 'TIP.6.3.a,  SOM.6.1.a\nTIP.6.3.a',
      findingIds: 'TIP.6.3.a',
    };
    expect(createBody(form)).toEqual({
      title: 'Titre',
      type: 'amend',
      priority: 'medium',
      targetLawId: null,
      targetText: '',
      targetArticle: '',
      wording: 'Texte.',
      rationale: '',
      findingIds: ['TIP.6.3.a'],
      obligationIds: ['TIP.6.3.a', 'SOM.6.1.a'],
    });
    const update = updateBody({ ...form, theme: '' }, 4);
    expect(update).not.toHaveProperty('wording');
    expect(update).toMatchObject({ theme: '', version: 4, title: 'Titre' });
  });

  it('puts the server’s issues under their fields', () => {
    expect(
      issuesByField([
        'findingIds: the project has no finding on TIP.5.1',
        'targetLawId: not a law of this project',
        'something else',
      ]),
    ).toEqual({
      findingIds: ['the project has no finding on TIP.5.1'],
      targetLawId: ['not a law of this project'],
      form: ['something else'],
    });
  });

  it('fills the form from a finding: obligation, theme, accepted provisions, missing elements', () => {
    const finding = {
      obligationId: 'TIP.6.3.a',
      theme: 'victim_protection',
      status: 'partial',
      provisions: [
        { lawId: 'l1', eId: 'art_31', label: 'Article 31', decision: 'accepted', source: 'engine' },
        { lawId: 'l1', eId: 'art_32', label: 'Article 32', decision: 'rejected', source: 'engine' },
      ],
    } as unknown as FindingDetail;
    const form = formFromFinding(finding, {
      title: 'Logement',
      lawTitle: (lawId) => (lawId === 'l1' ? 'Loi 2012-023' : undefined),
      missingLabel: 'Éléments manquants :',
      missingElements: ['Logement convenable'],
      summary: 'Constat TIP.6.3.a : partiel.',
    });
    expect(form).toMatchObject({
      title: 'Logement',
      type: 'amend',
      priority: 'medium',
      theme: 'victim_protection',
      targetLawId: 'l1',
      targetText: 'Loi 2012-023',
      targetArticle: 'Article 31',
      findingIds: 'TIP.6.3.a',
      rationale: 'Constat TIP.6.3.a : partiel.\n\nÉléments manquants :\n- Logement convenable',
    });
    const bare = formFromFinding(
      { ...finding, status: 'missing', provisions: [] },
      { title: 'x', lawTitle: () => undefined, missingLabel: '', missingElements: [], summary: '' },
    );
    expect(bare).toMatchObject({ type: 'add', priority: 'high', targetLawId: '', rationale: '' });
  });
});
