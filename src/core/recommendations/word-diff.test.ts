import { describe, expect, it } from 'vitest';
import { diffSide, diffStats, wordDiff } from './word-diff.js';

describe('wordDiff', () => {
  it('marks added and removed words in French text, keeping punctuation and apostrophes', () => {
    const before = "L'auteur est puni d'une peine de 5 à 10 ans.";
    const after = "L'auteur est puni d'une peine d'emprisonnement de 10 à 20 ans et d'une amende.";
    const segments = wordDiff(before, after);
    expect(diffSide(segments, 'before')).toBe(before);
    expect(diffSide(segments, 'after')).toBe(after);
    expect(
      segments.filter((segment) => segment.kind === 'added').map((s) => s.text.trim()),
    ).toContain("d'emprisonnement");
    expect(segments.at(-1)).toEqual({ kind: 'same', text: '.' });
  });

  it('replaces one word with removal then addition, accents intact', () => {
    expect(
      wordDiff(
        'Toute personne qui, sciemment, facilite l’entrée illégale.',
        'Toute personne qui, intentionnellement, facilite l’entrée illégale.',
      ),
    ).toEqual([
      { kind: 'same', text: 'Toute personne qui, ' },
      { kind: 'removed', text: 'sciemment' },
      { kind: 'added', text: 'intentionnellement' },
      { kind: 'same', text: ', facilite l’entrée illégale.' },
    ]);
  });

  it('keeps spaces and line breaks exactly on both sides', () => {
    const before = 'Article 12.\n\nThe victim  shall receive assistance.';
    const after = 'Article 12 bis.\nThe victim shall receive assistance and protection.';
    const segments = wordDiff(before, after);
    expect(diffSide(segments, 'before')).toBe(before);
    expect(diffSide(segments, 'after')).toBe(after);
    expect(diffStats(segments)).toEqual({ added: 3, removed: 0 });
  });

  it('gives one same segment for equal texts, and one side only for an empty one', () => {
    expect(wordDiff('Texte égal.', 'Texte égal.')).toEqual([{ kind: 'same', text: 'Texte égal.' }]);
    expect(wordDiff('', 'Nouveau texte')).toEqual([{ kind: 'added', text: 'Nouveau texte' }]);
    expect(wordDiff('Ancien texte', '')).toEqual([{ kind: 'removed', text: 'Ancien texte' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('merges neighbouring segments of one kind', () => {
    const segments = wordDiff('a b c', 'x y z');
    for (let index = 1; index < segments.length; index += 1) {
      expect(segments[index]?.kind).not.toBe(segments[index - 1]?.kind);
    }
    expect(diffStats(segments)).toEqual({ added: 3, removed: 3 });
  });
});
