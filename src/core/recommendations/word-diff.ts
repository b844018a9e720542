/**
 * Word-level differences between two wordings of a recommendation, for showing what an
 * amendment changed. Spaces, line breaks and punctuation are kept, so the `same` and
 * `removed` segments spell the old text exactly, and the `same` and `added` ones the new.
 */
import { diffWordsWithSpace } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  readonly kind: DiffKind;
  readonly text: string;
}

/** The segments turning `before` into `after`, removals before additions at the same place. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    if (change.value === '') continue;
    const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = segments.at(-1);
    if (last !== undefined && last.kind === kind) {
      segments[segments.length - 1] = { kind, text: last.text + change.value };
    } else {
      segments.push({ kind, text: change.value });
    }
  }
  return segments;
}

/** The text one side of a diff spells: `before` (same + removed) or `after` (same + added). */
export function diffSide(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'added' : 'removed';
  return segments
    .filter((segment) => segment.kind !== skip)
    .map((segment) => segment.text)
    .join('');
}

/** How many words a diff adds and removes, for a one-line summary of an amendment. */
export function diffStats(segments: readonly DiffSegment[]): { added: number; removed: number } {
  const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const segment of segments) {
    if (segment.kind === 'added') added += words(segment.text);
    if (segment.kind === 'removed') removed += words(segment.text);
  }
  return { added, removed };
}
