import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from './compare-articles.js';
import { comparisonComment } from './comparison-comment.js';
import type { ComparableArticle } from './draft-document.js';

function art(key: string, num: string, extra: Partial<ComparableArticle> = {}): ComparableArticle {
  return {
    key,
    origin: '',
    num,
    label: `Article ${num}`,
    heading: '',
    path: [],
    text: 'Quiconque commet la traite est puni.',
    placeholder: false,
    note: '',
    ...extra,
  };
}

function row(
  change: ComparisonRow['change'],
  old: ComparableArticle[],
  next: ComparableArticle[],
): ComparisonRow {
  return { change, renumbered: false, moved: false, old, new: next, diff: [], similarity: 1 };
}

describe('comparisonComment', () => {
  it('says an article was renumbered, with its old number, then the drafter’s note', () => {
    const renumbered = {
      ...row('unchanged', [art('n5', '5')], [art('n5', '6', { note: 'Inchangé sur le fond.' })]),
      renumbered: true,
    };
    expect(comparisonComment(renumbered, 'fr')).toBe(
      'Renuméroté (ancien article 5). Inchangé sur le fond.',
    );
    expect(comparisonComment(renumbered, 'en')).toBe(
      'Renumbered (formerly article 5). Inchangé sur le fond.',
    );
  });

  it('says where a moved article was, and that it was amended', () => {
    const moved = {
      ...row(
        'modified',
        [art('n5', '5', { path: ['Chapitre II : Des peines'] })],
        [art('n5', '9', { path: ['Chapitre III : Des victimes'], text: 'Autre texte.' })],
      ),
      moved: true,
      renumbered: true,
    };
    expect(comparisonComment(moved, 'fr')).toBe(
      'Renuméroté (ancien article 5). Déplacé (auparavant sous « Chapitre II : Des peines »). Modifié.',
    );
    expect(comparisonComment(moved, 'en')).toBe(
      'Renumbered (formerly article 5). Moved (formerly under “Chapitre II : Des peines”). Amended.',
    );
    const sameDivision = { ...row('unchanged', [art('n5', '5')], [art('n5', '5')]), moved: true };
    expect(comparisonComment(sameDivision, 'fr')).toBe('Déplacé.');
  });

  it('tells a new heading apart, and says when nothing changed', () => {
    expect(
      comparisonComment(
        row('modified', [art('a', '1')], [art('a', '1', { heading: 'Objet' })]),
        'fr',
      ),
    ).toBe('Intitulé modifié.');
    expect(comparisonComment(row('unchanged', [art('a', '1')], [art('a', '1')]), 'fr')).toBe(
      'Sans modification.',
    );
    expect(comparisonComment(row('unchanged', [art('a', '1')], [art('a', '1')]), 'en')).toBe(
      'Unchanged.',
    );
  });

  it('names the articles of a split and of a merger', () => {
    const split = row(
      'split',
      [art('n5', '5')],
      [art('n7', '7'), art('n8', '8', { note: 'Tentative à part.' })],
    );
    expect(comparisonComment(split, 'fr')).toBe('Scindé en articles 7 et 8. Tentative à part.');
    const sections = (num: string) => art(`n${num}`, num, { label: `Section ${num}` });
    expect(
      comparisonComment(
        row('split', [sections('5')], [sections('7'), sections('8'), sections('9')]),
        'en',
      ),
    ).toBe('Split into sections 7, 8 and 9.');
    const merged = row('merged', [art('n3', '3'), art('n4', '4')], [art('n3', '3')]);
    expect(comparisonComment(merged, 'fr')).toBe('Fusion des articles 3 et 4.');
    expect(comparisonComment(merged, 'en')).toBe('Merges articles 3 and 4.');
  });

  it('says new, to be drafted, repealed (a law’s article) or deleted (a draft’s)', () => {
    expect(comparisonComment(row('added', [], [art('n9', '9')]), 'fr')).toBe('Nouvel article.');
    expect(comparisonComment(row('added', [], [art('n9', '9', { placeholder: true })]), 'en')).toBe(
      'New article (to be drafted).',
    );
    expect(comparisonComment(row('deleted', [art('chp_2__art_7', '7')], []), 'fr')).toBe(
      'Article abrogé.',
    );
    expect(comparisonComment(row('deleted', [art('chp_2__art_7', '7')], []), 'en')).toBe(
      'Repealed.',
    );
    expect(comparisonComment(row('deleted', [art('n7', '7')], []), 'fr')).toBe('Article supprimé.');
    expect(comparisonComment(row('deleted', [art('n7', '7')], []), 'en')).toBe('Deleted.');
  });
});
