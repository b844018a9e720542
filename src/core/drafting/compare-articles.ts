import { foldAccents, normalizeNumber } from '../model/index.js';
import type { DiffSegment } from '../recommendations/word-diff.js';
import { keptShare, rowDiff } from './compare-articles-diff.js';
import { Shingles, invert, overlaps, sharedExcept } from './compare-articles-shingles.js';

export { rowDiff } from './compare-articles-diff.js';
import type { ComparableArticle } from './draft-document.js';

/**
 * The article-aligned comparative table ("tableau comparatif") of two versions of a text:
 * the law in force against a draft, or two versions of a draft.
 *
 * Articles are paired in three passes:
 * 1. identity: the same `key` on both sides (two versions of one draft keep node keys);
 * 2. origin: a draft article copied from the law points to the law article's eId; then the
 *    same wording word for word (a text pasted again), in order;
 * 3. wording, for what is left: the word pairs ("shingles") of heading and text are compared
 *    as sets. Pairs are taken best first when their Dice coefficient reaches `MATCH`, or
 *    `MATCH_IN_PLACE` for two articles between the same paired neighbours.
 *    Then a new article that is still alone and is mostly made of the words of one old
 *    article, some of which its other new parts do not hold, becomes a part of it: split.
 *    An old article still alone whose words are mostly found in one new article, some of
 *    them not in that article's other sources, becomes one of its sources: merged.
 * Only candidates sharing word pairs are ever compared (an inverted index), and the
 * word-level diff is computed once per final row, so two 200-article versions compare in
 * a few milliseconds.
 *
 * Moved: among the rows that keep an article, those outside the longest run kept in the
 * same order, and those whose division is no longer the one the rest of their division
 * went to (divisions are paired by the articles they share, so renumbering or renaming a
 * chapter does not move its articles). Renumbered: the number as printed changed.
 */

export type ArticleChange = 'unchanged' | 'modified' | 'added' | 'deleted' | 'split' | 'merged';

export const ARTICLE_CHANGES: readonly ArticleChange[] = [
  'unchanged',
  'modified',
  'added',
  'deleted',
  'split',
  'merged',
];

export interface ComparisonRow {
  readonly change: ArticleChange;
  /** The same article under another number. */
  readonly renumbered: boolean;
  /** The article moved among the others or to another division. */
  readonly moved: boolean;
  /** The old article(s): one, several when merged, none when added. */
  readonly old: ComparableArticle[];
  /** The new article(s): one, several when split, none when deleted. */
  readonly new: ComparableArticle[];
  /** Old wording against new, word by word (several articles joined by a line break). */
  readonly diff: DiffSegment[];
  /** Share of the words kept, 0 to 1 (1 for an unchanged article, 0 when added or deleted). */
  readonly similarity: number;
}

export interface ArticleComparison {
  readonly rows: ComparisonRow[];
  readonly counts: Record<ArticleChange, number>;
}

/**
 * Dice coefficient of word pairs from which two unpaired articles anywhere in the texts are
 * taken for the same article reworded. On the laws of the shared corpus, half the articles
 * share less than 0.2 with the closest other article of their law, nine in ten less than
 * 0.5; the rest are formulaic twins ("A person who aids… / attempts… commits an offence").
 */
export const MATCH = 0.5;
/**
 * The same, for two articles left between the same paired neighbours (the article stayed in
 * place): a deeper rewording is still the same article there.
 */
export const MATCH_IN_PLACE = 0.3;
/** Share of a part's word pairs that must come from the article it was split from (or merged into). */
export const PART = 0.6;
/**
 * Share of a part's word pairs found in the whole but not in the other parts: a new article
 * repeating what its old article still says is a copy, not a split.
 */
export const PART_OWN = 0.25;
/** Share of the whole that a part must hold, so that a stray sentence is not a split. */
export const PART_COVER = 0.15;
/** Fewer word pairs than this and an article is too short to be recognised as a part. */
const MIN_PART_SHINGLES = 4;

interface Group {
  readonly olds: number[];
  readonly news: number[];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The same wording, spaces aside. */
function sameWording(a: string, b: string): boolean {
  return a === b || collapse(a) === collapse(b);
}

export function compareArticles(
  old: readonly ComparableArticle[],
  next: readonly ComparableArticle[],
): ArticleComparison {
  const shingles = new Shingles();
  const groups: Group[] = [];
  const oldGroup = new Int32Array(old.length).fill(-1);
  const newGroup = new Int32Array(next.length).fill(-1);
  const pair = (i: number, j: number): void => {
    oldGroup[i] = groups.length;
    newGroup[j] = groups.length;
    groups.push({ olds: [i], news: [j] });
  };
  const oldShingles = (i: number): ReadonlySet<number> => shingles.of(old[i]);
  const newShingles = (j: number): ReadonlySet<number> => shingles.of(next[j]);

  // 1. The same key.
  const oldByKey = new Map<string, number>();
  old.forEach((article, i) => {
    if (!oldByKey.has(article.key)) oldByKey.set(article.key, i);
  });
  next.forEach((article, j) => {
    const i = oldByKey.get(article.key);
    if (i !== undefined && oldGroup[i] === -1) pair(i, j);
  });
  // 2. The origin of a copied article.
  next.forEach((article, j) => {
    if (newGroup[j] !== -1 || article.origin === '') return;
    const i = oldByKey.get(article.origin);
    if (i !== undefined && oldGroup[i] === -1) pair(i, j);
  });
  // The same wording word for word (a text pasted again): in order, one for one.
  const byWording = new Map<string, number[]>();
  old.forEach((article, i) => {
    if (oldGroup[i] !== -1) return;
    const wording = `${collapse(article.heading)}\n${collapse(article.text)}`;
    byWording.set(wording, [...(byWording.get(wording) ?? []), i]);
  });
  next.forEach((article, j) => {
    if (newGroup[j] !== -1) return;
    const same = byWording.get(`${collapse(article.heading)}\n${collapse(article.text)}`);
    const i = same?.shift();
    if (i !== undefined) pair(i, j);
  });

  // 3. Wording: the best pairs first among the articles left; anywhere in the text when
  // the wording is close, between the same paired neighbours when it is only related.
  // Only articles left alone or reworded can take part in what follows: an article paired
  // with the same wording can be neither split (its pair holds all of it) nor merged.
  const reworded = (i: number, j: number): boolean =>
    !sameWording(old[i]?.text ?? '', next[j]?.text ?? '') ||
    !sameWording(old[i]?.heading ?? '', next[j]?.heading ?? '');
  const open = (index: number, side: Int32Array, otherSide: 'olds' | 'news'): boolean => {
    const group = groups[side[index] ?? -1];
    if (group === undefined) return true;
    const i = group.olds[0] ?? -1;
    const j = group.news[0] ?? -1;
    return otherSide === 'news' ? reworded(index, j) : reworded(i, index);
  };
  const oldOpen = [...old.keys()].filter((i) => open(i, oldGroup, 'news'));
  const newOpen = [...next.keys()].filter((j) => open(j, newGroup, 'olds'));
  const oldPostings = invert(oldOpen, oldShingles);
  const matchRound = (threshold: number, inPlace: boolean): void => {
    const low = new Int32Array(old.length).fill(-1);
    const high = new Int32Array(old.length).fill(next.length);
    if (inPlace) {
      let bound = -1;
      for (let i = 0; i < old.length; i++) {
        const group = groups[oldGroup[i] ?? -1];
        if (group !== undefined) bound = Math.max(...group.news);
        low[i] = bound;
      }
      bound = next.length;
      for (let i = old.length - 1; i >= 0; i--) {
        const group = groups[oldGroup[i] ?? -1];
        if (group !== undefined) bound = Math.min(...group.news);
        high[i] = bound;
      }
    }
    const candidates: { i: number; j: number; score: number }[] = [];
    for (let j = 0; j < next.length; j++) {
      if (newGroup[j] !== -1) continue;
      const mine = newShingles(j);
      const shared = overlaps(mine, oldPostings, old.length);
      for (let i = 0; i < old.length; i++) {
        const count = shared[i] ?? 0;
        if (count === 0 || oldGroup[i] !== -1) continue;
        if (j <= (low[i] ?? -1) || j >= (high[i] ?? next.length)) continue;
        const score = (2 * count) / (mine.size + oldShingles(i).size);
        if (score >= threshold) candidates.push({ i, j, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
    for (const { i, j } of candidates) {
      if (oldGroup[i] === -1 && newGroup[j] === -1) pair(i, j);
    }
  };
  matchRound(MATCH, false);
  matchRound(MATCH_IN_PLACE, true);

  // 4. Split: a new article left alone, made of the words of one old article.
  for (let j = 0; j < next.length; j++) {
    if (newGroup[j] !== -1) continue;
    const mine = newShingles(j);
    if (mine.size < MIN_PART_SHINGLES) continue;
    const shared = overlaps(mine, oldPostings, old.length);
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < old.length; i++) {
      if ((shared[i] ?? 0) < PART * mine.size) continue;
      const group = groups[oldGroup[i] ?? -1];
      if (group !== undefined && group.olds.length > 1) continue;
      const source = oldShingles(i);
      const partners = (group?.news ?? []).map(newShingles);
      const score = (shared[i] ?? 0) / mine.size;
      if (
        score > bestScore &&
        (shared[i] ?? 0) >= PART_COVER * source.size &&
        sharedExcept(mine, source, partners) >= PART_OWN * mine.size
      ) {
        best = i;
        bestScore = score;
      }
    }
    if (best === -1) continue;
    const group = groups[oldGroup[best] ?? -1];
    if (group === undefined) pair(best, j);
    else {
      group.news.push(j);
      newGroup[j] = oldGroup[best] ?? -1;
    }
  }

  // 5. Merged: an old article left alone, whose words are mostly in one new article.
  const newPostings = invert(newOpen, newShingles);
  for (let i = 0; i < old.length; i++) {
    if (oldGroup[i] !== -1) continue;
    const mine = oldShingles(i);
    if (mine.size < MIN_PART_SHINGLES) continue;
    const shared = overlaps(mine, newPostings, next.length);
    let best = -1;
    let bestScore = 0;
    for (let j = 0; j < next.length; j++) {
      if ((shared[j] ?? 0) < PART * mine.size) continue;
      const group = groups[newGroup[j] ?? -1];
      if (group !== undefined && group.news.length > 1) continue;
      const target = newShingles(j);
      const sources = (group?.olds ?? []).map(oldShingles);
      const score = (shared[j] ?? 0) / mine.size;
      if (
        score > bestScore &&
        (shared[j] ?? 0) >= PART_COVER * target.size &&
        sharedExcept(mine, target, sources) >= PART_OWN * mine.size
      ) {
        best = j;
        bestScore = score;
      }
    }
    if (best === -1) continue;
    const group = groups[newGroup[best] ?? -1];
    if (group === undefined) pair(i, best);
    else {
      group.olds.push(i);
      oldGroup[i] = newGroup[best] ?? -1;
    }
  }

  for (const group of groups) {
    group.olds.sort((a, b) => a - b);
    group.news.sort((a, b) => a - b);
  }
  const moved = movedGroups(groups, old, next);

  const rowOf = (group: Group, index: number): ComparisonRow => {
    const olds = group.olds.map((i) => old[i]).filter((a) => a !== undefined);
    const news = group.news.map((j) => next[j]).filter((a) => a !== undefined);
    const before = olds.map((article) => article.text).join('\n');
    const after = news.map((article) => article.text).join('\n');
    let change: ArticleChange;
    if (olds.length === 0) change = 'added';
    else if (news.length === 0) change = 'deleted';
    else if (news.length > 1) change = 'split';
    else if (olds.length > 1) change = 'merged';
    else {
      change = reworded(group.olds[0] ?? -1, group.news[0] ?? -1) ? 'modified' : 'unchanged';
    }
    const same = before !== '' && sameWording(before, after);
    const diff = same ? [{ kind: 'same' as const, text: after }] : rowDiff(before, after);
    const first = olds[0];
    const firstNew = news[0];
    return {
      change,
      renumbered:
        first !== undefined &&
        firstNew !== undefined &&
        normalizeNumber(first.num) !== normalizeNumber(firstNew.num),
      moved: moved.has(index),
      old: olds,
      new: news,
      diff,
      similarity: change === 'added' || change === 'deleted' ? 0 : same ? 1 : keptShare(diff),
    };
  };

  // Rows in the new text's order; a deleted article right after the row of the old article before it.
  for (let i = 0; i < old.length; i++) {
    if (oldGroup[i] === -1) {
      oldGroup[i] = groups.length;
      groups.push({ olds: [i], news: [] });
    }
  }
  for (let j = 0; j < next.length; j++) {
    if (newGroup[j] === -1) {
      newGroup[j] = groups.length;
      groups.push({ olds: [], news: [j] });
    }
  }
  const placed = groups
    .map((group, index) => ({ group, index }))
    .filter(({ group }) => group.news.length > 0)
    .sort((a, b) => (a.group.news[0] ?? 0) - (b.group.news[0] ?? 0));
  const deletedAfter = new Map<number, number[]>();
  const leading: number[] = [];
  for (let i = 0; i < old.length; i++) {
    const index = oldGroup[i] ?? -1;
    if ((groups[index]?.news.length ?? 0) > 0) continue;
    let anchor = -1;
    for (let before = i - 1; before >= 0 && anchor === -1; before--) {
      const candidate = oldGroup[before] ?? -1;
      if ((groups[candidate]?.news.length ?? 0) > 0) anchor = candidate;
    }
    if (anchor === -1) leading.push(index);
    else deletedAfter.set(anchor, [...(deletedAfter.get(anchor) ?? []), index]);
  }
  const order: number[] = [...leading];
  for (const { index } of placed) order.push(index, ...(deletedAfter.get(index) ?? []));

  const rows = order.map((index) => rowOf(groups[index] ?? { olds: [], news: [] }, index));
  const counts = Object.fromEntries(ARTICLE_CHANGES.map((change) => [change, 0])) as Record<
    ArticleChange,
    number
  >;
  for (const row of rows) counts[row.change] += 1;
  return { rows, counts };
}

/** The division an article sits in, as a key, and its innermost heading without label. */
function divisionKey(article: ComparableArticle): string {
  return article.path.map((entry) => foldAccents(collapse(entry))).join(' / ');
}

/** "Titre II : Des peines" → "des peines"; a division without heading keeps its label. */
function divisionHeading(article: ComparableArticle): string {
  const last = article.path.at(-1) ?? '';
  const separator = /\s*[:.\u2013\u2014-]\s+/.exec(last);
  const heading = separator === null ? last : last.slice(separator.index + separator[0].length);
  return foldAccents(collapse(heading));
}

/**
 * The groups (indices into `groups`) whose article moved: out of the longest run of kept
 * articles in the same order, or into another division than the one its old division
 * became.
 */
function movedGroups(
  groups: readonly Group[],
  old: readonly ComparableArticle[],
  next: readonly ComparableArticle[],
): Set<number> {
  const kept = groups
    .map((group, index) => ({ group, index }))
    .filter(({ group }) => group.olds.length > 0 && group.news.length > 0)
    .sort((a, b) => (a.group.news[0] ?? 0) - (b.group.news[0] ?? 0));
  const inOrder = longestIncreasing(kept.map(({ group }) => group.olds[0] ?? 0));
  const moved = new Set<number>();
  kept.forEach(({ index }, position) => {
    if (!inOrder.has(position)) moved.add(index);
  });

  // Pair old divisions with new ones by the articles they share (and the same heading).
  const shared = new Map<string, { from: string; to: string; score: number }>();
  for (const { group } of kept) {
    const a = old[group.olds[0] ?? -1];
    const b = next[group.news[0] ?? -1];
    if (a === undefined || b === undefined) continue;
    const from = divisionKey(a);
    const to = divisionKey(b);
    const key = `${from}\u0000${to}`;
    const entry = shared.get(key) ?? {
      from,
      to,
      score: divisionHeading(a) === divisionHeading(b) ? 1 : 0,
    };
    shared.set(key, { ...entry, score: entry.score + 2 });
  }
  const becomes = new Map<string, string>();
  const taken = new Set<string>();
  for (const { from, to } of [...shared.values()].sort((a, b) => b.score - a.score)) {
    if (becomes.has(from) || taken.has(to)) continue;
    becomes.set(from, to);
    taken.add(to);
  }
  for (const { group, index } of kept) {
    const a = old[group.olds[0] ?? -1];
    const b = next[group.news[0] ?? -1];
    if (a === undefined || b === undefined) continue;
    if (becomes.get(divisionKey(a)) !== divisionKey(b)) moved.add(index);
  }
  return moved;
}

/** Positions of one longest strictly increasing subsequence of `values` (O(n log n)). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  values.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[position] = tails[low - 1] ?? -1;
    tails[low] = position;
  });
  const kept = new Set<number>();
  for (let position = tails.at(-1) ?? -1; position !== -1; position = previous[position] ?? -1) {
    kept.add(position);
  }
  return kept;
}
