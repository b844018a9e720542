import { describe, expect, it } from 'vitest';
import type { DraftNodeView } from '../../../../src/contract/drafts.js';
import {
  articlesOf,
  conflictText,
  coveredOf,
  createDraftBody,
  diffColumns,
  filterObligations,
  locate,
  moveTarget,
  obligationOrder,
  outlineOf,
  parseSide,
  placeBeside,
  rowBadges,
  searchObligations,
  showsWordDiff,
  sideOptions,
  themeRows,
  toggle,
  unitName,
  validateNewDraft,
  withMerged,
  withoutLabel,
  type NewDraftForm,
} from './model.js';

function node(
  key: string,
  kind: DraftNodeView['kind'],
  more: { label?: string; children?: DraftNodeView[] } = {},
): DraftNodeView {
  const { label = '', children = [] } = more;
  return {
    key,
    kind,
    num: '',
    label,
    heading: '',
    body: '',
    text: '',
    rev: 1,
    recommendationIds: [],
    obligationIds: [],
    placeholder: false,
    origin: '',
    note: '',
    openComments: 0,
    children,
  };
}

/** Chapter I (articles 1, 2), chapter II (article 3), then article 4 at the top. */
const BODY: DraftNodeView[] = [
  node('c1', 'chapter', {
    label: 'Chapitre I',
    children: [
      node('a1', 'article', { label: 'Article 1er', children: [node('p1', 'paragraph')] }),
      node('a2', 'article', { label: 'Article 2' }),
    ],
  }),
  node('c2', 'chapter', {
    label: 'Chapitre II',
    children: [node('a3', 'article', { label: 'Article 3' })],
  }),
  node('a4', 'article', { label: 'Article 4' }),
];

describe('the outline', () => {
  it('lists divisions and articles with their depth and place, not paragraphs', () => {
    expect(
      outlineOf(BODY).map((item) => [item.key, item.depth, item.parentKey, item.index]),
    ).toEqual([
      ['c1', 0, null, 0],
      ['a1', 1, 'c1', 0],
      ['a2', 1, 'c1', 1],
      ['c2', 0, null, 1],
      ['a3', 1, 'c2', 0],
      ['a4', 0, null, 2],
    ]);
    expect(articlesOf(BODY).map((article) => article.key)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('finds a unit with its parent and the divisions above it', () => {
    const found = locate(BODY, 'a3');
    expect(found?.parentKey).toBe('c2');
    expect(found?.index).toBe(0);
    expect(found?.ancestors.map((division) => division.key)).toEqual(['c2']);
    expect(locate(BODY, 'n99')).toBeUndefined();
  });

  it('drops the label a problem’s message starts with, the link names it already', () => {
    expect(withoutLabel('Article 4\u00a0: article à rédiger', 'Article 4')).toBe(
      'article à rédiger',
    );
    expect(
      withoutLabel('Article 12: the reference to article 40 points to no article', 'Article 12'),
    ).toBe('the reference to article 40 points to no article');
    expect(withoutLabel('Placeholder left', 'Article 4')).toBe('Placeholder left');
    expect(withoutLabel('Article 40: empty', 'Article 4')).toBe('Article 40: empty');
  });

  it('names a unit by its label and heading', () => {
    expect(unitName({ label: 'Article 5', heading: 'Définitions' })).toBe(
      'Article 5 — Définitions',
    );
    expect(unitName({ label: 'Article 5', heading: '' })).toBe('Article 5');
    expect(unitName({ label: '', heading: 'Préambule' })).toBe('Préambule');
  });
});

describe('inserting and moving', () => {
  it('places a new unit before or after another in the same parent', () => {
    expect(placeBeside(BODY, 'a2', 'before')).toEqual({ parentKey: 'c1', index: 1 });
    expect(placeBeside(BODY, 'a2', 'after')).toEqual({ parentKey: 'c1', index: 2 });
    expect(placeBeside(BODY, 'c2', 'after')).toEqual({ parentKey: null, index: 2 });
    expect(placeBeside(BODY, 'gone', 'after')).toBeUndefined();
  });

  it('moves a unit among its siblings, the index counted once it has left its place', () => {
    expect(moveTarget(BODY, 'a2', 'up')).toEqual({ parentKey: 'c1', index: 0 });
    expect(moveTarget(BODY, 'a1', 'down')).toEqual({ parentKey: 'c1', index: 1 });
    expect(moveTarget(BODY, 'c2', 'up')).toEqual({ parentKey: null, index: 0 });
  });

  it('moves an article at the edge of its chapter into the neighbouring chapter', () => {
    expect(moveTarget(BODY, 'a2', 'down')).toEqual({ parentKey: 'c2', index: 0 });
    expect(moveTarget(BODY, 'a3', 'up')).toEqual({ parentKey: 'c1', index: 2 });
  });

  it('stops at the ends of the draft and at a neighbour of another kind', () => {
    expect(moveTarget(BODY, 'c1', 'up')).toBeUndefined();
    expect(moveTarget(BODY, 'a4', 'down')).toBeUndefined();
    expect(moveTarget(BODY, 'a1', 'up')).toBeUndefined();
    // Chapter II is followed by an article, not a chapter.
    expect(moveTarget(BODY, 'a3', 'down')).toBeUndefined();
  });
});

describe('the new-draft form', () => {
  const form: NewDraftForm = {
    title: '  Loi relative au trafic illicite de migrants ',
    origin: 'outline',
    lawId: '',
    recommendationIds: ['r1'],
    instruments: ['SOM'],
    language: 'fr',
  };

  it('asks for a title, the law to copy and at least one recommendation', () => {
    expect(validateNewDraft(form, { adoptedCount: 2 })).toEqual({});
    expect(validateNewDraft({ ...form, title: ' ' }, { adoptedCount: 2 })).toEqual({
      title: 'titleRequired',
    });
    expect(validateNewDraft({ ...form, origin: 'law' }, { adoptedCount: 0 })).toEqual({
      lawId: 'lawRequired',
    });
    expect(validateNewDraft({ ...form, recommendationIds: [] }, { adoptedCount: 2 })).toEqual({
      recommendationIds: 'recommendationsRequired',
    });
  });

  it('sends only what the origin uses', () => {
    expect(createDraftBody(form)).toEqual({
      title: 'Loi relative au trafic illicite de migrants',
      origin: 'outline',
      language: 'fr',
      replacesLawId: null,
      recommendationIds: ['r1'],
      instruments: ['SOM'],
    });
    expect(createDraftBody({ ...form, instruments: [] })).not.toHaveProperty('instruments');
    expect(createDraftBody({ ...form, origin: 'law', lawId: 'l1' })).toEqual({
      title: 'Loi relative au trafic illicite de migrants',
      origin: 'law',
      language: 'fr',
      lawId: 'l1',
    });
    expect(createDraftBody({ ...form, origin: 'blank', lawId: 'l1' })).toEqual({
      title: 'Loi relative au trafic illicite de migrants',
      origin: 'blank',
      language: 'fr',
      replacesLawId: 'l1',
    });
  });
});

describe('conflicts', () => {
  const theirs = {
    ...node('a1', 'article', { label: 'Article 1er' }),
    body: 'Leur texte.',
    heading: 'Objet',
  };

  it('sets my wording against theirs, or my heading for a division', () => {
    expect(conflictText({ op: 'update', key: 'a1', body: 'Mon texte.' }, theirs)).toEqual({
      mine: 'Mon texte.',
      theirs: 'Leur texte.',
      field: 'body',
    });
    expect(conflictText({ op: 'update', key: 'a1', heading: 'Champ' }, theirs)).toEqual({
      mine: 'Champ',
      theirs: 'Objet',
      field: 'heading',
    });
    expect(conflictText({ op: 'delete', key: 'a1' }, null).field).toBeNull();
    expect(conflictText({ op: 'update', key: 'a1', body: 'Mon texte.' }, null).theirs).toBe('');
  });

  it('sends the words merged by hand in place of mine', () => {
    expect(
      withMerged({ op: 'update', key: 'a1', body: 'Mon texte.', note: 'n' }, 'Fusion.'),
    ).toEqual({ op: 'update', key: 'a1', body: 'Fusion.', note: 'n' });
    expect(withMerged({ op: 'update', key: 'c1', heading: 'A' }, 'B')).toEqual({
      op: 'update',
      key: 'c1',
      heading: 'B',
    });
    expect(withMerged({ op: 'delete', key: 'a1' }, 'x')).toEqual({ op: 'delete', key: 'a1' });
  });
});

describe('the comparative table', () => {
  it('reads the sides of a comparison', () => {
    expect(parseSide('current')).toEqual({ kind: 'current' });
    expect(parseSide('v12')).toEqual({ kind: 'version', number: 12 });
    expect(parseSide('law:l-1')).toEqual({ kind: 'law', lawId: 'l-1' });
    expect(parseSide('law:')).toBeUndefined();
    expect(parseSide('v')).toBeUndefined();
  });

  it('offers the laws, the versions and the working copy', () => {
    const options = sideOptions(
      [{ id: 'l1', title: 'Loi 2012-023' }],
      [
        {
          number: 1,
          name: 'Avant-projet',
          note: '',
          revision: 4,
          articleCount: 3,
          createdAt: '2024-05-01T10:00:00Z',
          createdBy: { id: 'u1', name: 'Awa' },
        },
      ],
    );
    expect(options.map((option) => option.value)).toEqual(['law:l1', 'v1', 'current']);
  });

  it('splits a word diff into the old column and the new column', () => {
    const columns = diffColumns([
      { kind: 'same', text: 'est puni de ' },
      { kind: 'removed', text: 'cinq' },
      { kind: 'added', text: 'dix' },
      { kind: 'same', text: ' ans' },
    ]);
    expect(columns.old.map((segment) => segment.text).join('')).toBe('est puni de cinq ans');
    expect(columns.new.map((segment) => segment.text).join('')).toBe('est puni de dix ans');
  });

  it('badges what happened to an article, nothing for an unchanged one', () => {
    expect(rowBadges({ change: 'unchanged', renumbered: false, moved: false })).toEqual([]);
    expect(rowBadges({ change: 'modified', renumbered: true, moved: true })).toEqual([
      'modified',
      'renumbered',
      'moved',
    ]);
    expect(rowBadges({ change: 'split', renumbered: false, moved: false })).toEqual(['split']);
  });

  it('highlights words only when one article stands on each side', () => {
    const article = { key: 'a', num: '1', label: 'Article 1', heading: '', path: [], text: 'x' };
    const diff = [{ kind: 'same' as const, text: 'x' }];
    expect(showsWordDiff({ old: [article], new: [article], diff })).toBe(true);
    expect(showsWordDiff({ old: [article], new: [article, article], diff })).toBe(false);
    expect(showsWordDiff({ old: [], new: [article], diff: [] })).toBe(false);
  });
});

describe('coverage', () => {
  it('counts covered obligations (aligned or partial) per theme, empty themes left out', () => {
    expect(coveredOf({ aligned: 2, partial: 1, missing: 4 })).toBe(3);
    const rows = themeRows(
      {
        themes: [
          {
            theme: 'criminalization',
            before: { aligned: 1, partial: 1, missing: 2, not_applicable: 0, not_assessed: 0 },
            after: { aligned: 3, partial: 0, missing: 1, not_applicable: 0, not_assessed: 0 },
          },
          {
            theme: 'prevention',
            before: { aligned: 0, partial: 0, missing: 0, not_applicable: 0, not_assessed: 0 },
            after: { aligned: 0, partial: 0, missing: 0, not_applicable: 0, not_assessed: 0 },
          },
        ],
      },
      (theme) => theme.toUpperCase(),
    );
    expect(rows).toEqual([
      { theme: 'criminalization', name: 'CRIMINALIZATION', before: 2, after: 3, total: 4 },
    ]);
  });

  it('shows what the draft touches, what changes, or everything', () => {
    const rows = [
      { id: 'a', change: 'same' as const, articles: [] },
      { id: 'b', change: 'same' as const, articles: ['n3'] },
      { id: 'c', change: 'regressed' as const, articles: [] },
    ];
    expect(filterObligations(rows, 'draft').map((row) => row.id)).toEqual(['b', 'c']);
    expect(filterObligations(rows, 'changed').map((row) => row.id)).toEqual(['c']);
    expect(filterObligations(rows, 'all')).toHaveLength(3);
  });

  it('puts regressions first, then improvements', () => {
    const order = obligationOrder([
      { id: 'a', change: 'same' as const },
      { id: 'b', change: 'improved' as const },
      { id: 'c', change: 'regressed' as const },
    ]);
    expect(order.map((row) => row.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('links', () => {
  const catalogue = [
    {
      id: 'SOM.6.1.a',
      title: { en: 'Criminalize smuggling', fr: 'Incriminer le trafic illicite' },
    },
    { id: 'TIP.5.1', title: { en: 'Criminalize trafficking', fr: 'Incriminer la traite' } },
  ];

  it('searches the catalogue by ID or title in either language, accents ignored', () => {
    expect(searchObligations(catalogue, 'som.6').map((item) => item.id)).toEqual(['SOM.6.1.a']);
    expect(searchObligations(catalogue, 'incriminer traite').map((item) => item.id)).toEqual([
      'TIP.5.1',
    ]);
    expect(searchObligations(catalogue, 'criminalize').length).toBe(2);
    expect(searchObligations(catalogue, '   ')).toEqual([]);
    expect(
      searchObligations([{ id: 'X', title: { en: '', fr: 'Sécurité' } }], 'securite'),
    ).toHaveLength(1);
  });

  it('adds or removes one choice', () => {
    expect(toggle(['r1'], 'r2', true)).toEqual(['r1', 'r2']);
    expect(toggle(['r1', 'r2'], 'r1', false)).toEqual(['r2']);
    expect(toggle(['r1'], 'r1', true)).toEqual(['r1']);
  });
});
