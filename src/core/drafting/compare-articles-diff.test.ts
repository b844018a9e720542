import { describe, expect, it } from 'vitest';
import { diffSide } from '../recommendations/word-diff.js';
import { keptShare, rowDiff } from './compare-articles-diff.js';

const BEFORE = [
  '(1) A person who trafficks another person commits an offence.',
  '(2) A person convicted under subsection (1) is liable to imprisonment for ten years.',
  '(3) The court may order the forfeiture of any property used.',
].join('\n');

describe('rowDiff', () => {
  it('spells both wordings exactly and shows only what changed', () => {
    const after = [
      '(1) A person who trafficks another person commits an offence.',
      '(2) A person convicted under subsection (1) is liable to imprisonment for life.',
      '(2A) Consent of the victim is not a defence.',
      '(3) The court may order the forfeiture of any property used.',
    ].join('\n');
    const diff = rowDiff(BEFORE, after);
    expect(diffSide(diff, 'before')).toBe(BEFORE);
    expect(diffSide(diff, 'after')).toBe(after);
    const removed = diff.filter((segment) => segment.kind === 'removed').map((s) => s.text);
    expect(removed.join(' ')).toBe('ten years');
    const added = diff
      .filter((segment) => segment.kind === 'added')
      .map((s) => s.text)
      .join('|');
    for (const word of ['life', '(2A)', 'Consent', 'victim', 'defence'])
      expect(added).toContain(word);
    expect(added).not.toContain('forfeiture');
  });

  it('handles a wording added, removed, or a paragraph dropped', () => {
    expect(rowDiff('', 'New words.')).toEqual([{ kind: 'added', text: 'New words.' }]);
    expect(rowDiff('Old words.', '')).toEqual([{ kind: 'removed', text: 'Old words.' }]);
    const shorter = BEFORE.split('\n').slice(0, 2).join('\n');
    const diff = rowDiff(BEFORE, shorter);
    expect(diffSide(diff, 'after')).toBe(shorter);
    expect(diff.at(-1)?.kind).toBe('removed');
    expect(diff.some((segment) => segment.kind === 'added')).toBe(false);
  });

  it('never cuts a word in two', () => {
    const diff = rowDiff('The offender shall be punished.', 'The offenders shall be punished.');
    expect(diff).toContainEqual({ kind: 'removed', text: 'offender' });
    expect(diff).toContainEqual({ kind: 'added', text: 'offenders' });
  });
});

describe('keptShare', () => {
  it('is the share of words kept on both sides', () => {
    expect(keptShare(rowDiff('a b c d', 'a b c d'))).toBe(1);
    expect(keptShare(rowDiff('one two three four', 'one two five six'))).toBe(0.5);
    expect(keptShare([])).toBe(1);
  });
});
