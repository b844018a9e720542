import { diffArrays } from 'diff';
import { wordDiff, type DiffKind, type DiffSegment } from '../recommendations/word-diff.js';

/** The word-level side of the comparative table (compare-articles.ts). */

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * `wordDiff` of two wordings, computed only where they differ: paragraphs (lines) are paired
 * first, and within a changed run of paragraphs the words common at both ends are set aside.
 * Segments as `wordDiff` gives them (both sides spelled exactly, removals before additions),
 * in a fraction of the time on long articles with a few changes.
 */
export function rowDiff(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  const push = (kind: DiffKind, text: string): void => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last !== undefined && last.kind === kind) {
      segments[segments.length - 1] = { kind, text: last.text + text };
    } else segments.push({ kind, text });
  };
  let removed = '';
  const flush = (added: string): void => {
    for (const segment of trimmedWordDiff(removed, added)) push(segment.kind, segment.text);
    removed = '';
  };
  for (const change of diffArrays(lines(before), lines(after))) {
    const text = change.value.join('');
    if (change.removed) removed += text;
    else if (change.added) flush(text);
    else {
      flush('');
      push('same', text);
    }
  }
  flush('');
  return segments;
}

/** Lines with their line break kept, so that joined they spell the text exactly. */
function lines(text: string): string[] {
  return text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}

/** `wordDiff` of what lies between the words common at the start and at the end. */
function trimmedWordDiff(before: string, after: string): DiffSegment[] {
  if (before === '' || after === '') return wordDiff(before, after);
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Back to the start of a word, so that no word is cut.
  while (start > 0 && !/\s/.test(before.charAt(start - 1))) start--;
  let end = 0;
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  while (end > 0 && !/\s/.test(before.charAt(before.length - end))) end--;
  const middle = wordDiff(
    before.slice(start, before.length - end),
    after.slice(start, after.length - end),
  );
  return [
    { kind: 'same' as const, text: before.slice(0, start) },
    ...middle,
    { kind: 'same' as const, text: before.slice(before.length - end) },
  ].filter((segment) => segment.text !== '');
}

/** Words kept over words on both sides (Dice of the diff): 1 when nothing changed. */
export function keptShare(diff: readonly DiffSegment[]): number {
  let same = 0;
  let total = 0;
  for (const segment of diff) {
    const words = segment.text.match(WORD)?.length ?? 0;
    if (segment.kind === 'same') {
      same += words;
      total += 2 * words;
    } else total += words;
  }
  return total === 0 ? 1 : Math.round(((2 * same) / total) * 1000) / 1000;
}
