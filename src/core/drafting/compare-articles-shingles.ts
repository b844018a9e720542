import type { ComparableArticle } from './draft-document.js';

/**
 * Articles as sets of word pairs ("shingles"), and the inverted index that finds which
 * articles share pairs with one, for the pairing by wording of compare-articles.ts.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The word pairs of an article's heading and text as small integers (one word alone for a
 * one-word article), computed on first use: articles paired by key whose wording did not
 * change are never split up.
 */
export class Shingles {
  readonly #words = new Map<string, number>();
  readonly #pairs = new Map<number, number>();
  readonly #cache = new Map<ComparableArticle, ReadonlySet<number>>();

  of(article: ComparableArticle | undefined): ReadonlySet<number> {
    if (article === undefined) return new Set();
    const known = this.#cache.get(article);
    if (known !== undefined) return known;
    const words = `${article.heading}\n${article.text}`.toLowerCase().match(WORD) ?? [];
    const shingles = new Set<number>();
    let previous = -1;
    for (const word of words) {
      let id = this.#words.get(word);
      if (id === undefined) {
        id = this.#words.size;
        this.#words.set(word, id);
      }
      if (previous !== -1) {
        // Two word ids in one number (2^22 distinct words at most), then a small id.
        const pair = previous * 4_194_304 + id;
        let pairId = this.#pairs.get(pair);
        if (pairId === undefined) {
          pairId = this.#pairs.size;
          this.#pairs.set(pair, pairId);
        }
        shingles.add(pairId);
      }
      previous = id;
    }
    if (words.length === 1) shingles.add(-1 - previous);
    this.#cache.set(article, shingles);
    return shingles;
  }
}

/** How many elements of `a` are in `b` and in none of `except`. */
export function sharedExcept(
  a: ReadonlySet<number>,
  b: ReadonlySet<number>,
  except: readonly ReadonlySet<number>[],
): number {
  let count = 0;
  for (const value of a) {
    if (b.has(value) && !except.some((set) => set.has(value))) count += 1;
  }
  return count;
}

/** For each set of `targets`, how many elements it shares with `probe` (inverted index). */
export function overlaps(
  probe: ReadonlySet<number>,
  postings: ReadonlyMap<number, readonly number[]>,
  size: number,
): Int32Array {
  const counts = new Int32Array(size);
  for (const value of probe) {
    const list = postings.get(value);
    if (list === undefined) continue;
    for (const index of list) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** Shingle → the articles (of `indices`) holding it. */
export function invert(
  indices: Iterable<number>,
  shinglesOf: (index: number) => ReadonlySet<number>,
): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  for (const index of indices) {
    for (const value of shinglesOf(index)) {
      const list = postings.get(value);
      if (list === undefined) postings.set(value, [index]);
      else list.push(index);
    }
  }
  return postings;
}
