import { ordinalToNumber } from '../model/numbers.js';

/** An article found inside run-together text. */
export interface RunInArticle {
  readonly num: string;
  /** Offset of the number in the text, and of the words after "N:". */
  readonly start: number;
  readonly textStart: number;
}

/** A law has a few hundred articles: beyond this many "N:" the rest of the text is not read. */
const MAX_CANDIDATES = 20_000;

interface Candidate {
  readonly value: number;
  readonly num: string;
  readonly start: number;
  readonly textStart: number;
}

/** Reads the token before a colon: "12" or a capitalised number word ("One"). */
function candidateAt(text: string, colon: number): Candidate | undefined {
  let end = colon;
  while (end > 0 && text.charAt(end - 1) === ' ') end--;
  let start = end;
  while (start > 0 && end - start < 12 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) start--;
  if (start === end || (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))))
    return undefined;
  const token = text.slice(start, end);
  let after = colon + 1;
  while (text.charAt(after) === ' ') after++;
  if (!/\p{Lu}/u.test(text.charAt(after))) return undefined;
  if (/^\d{1,3}$/.test(token) && token.charAt(0) !== '0') {
    return { value: Number(token), num: token, start, textStart: after };
  }
  const isTitleCase = /^\p{Lu}\p{Ll}+$/u.test(token);
  const value = isTitleCase ? ordinalToNumber(token) : undefined;
  return value === undefined ? undefined : { value, num: token, start, textStart: after };
}

interface Chain {
  readonly length: number;
  readonly first: number;
  readonly candidate: number;
  readonly previous: Chain | undefined;
}

/**
 * Finds the articles of a law whose text was run together and whose "Article" labels were
 * lost ("… 2: Scope of this Law Law applies … 3: Definition of terms …"): every "N:" followed
 * by a capital is a candidate, and the longest run 1, 2, 3… wins; of two equal runs the later
 * one is the body (the earlier one is the table of contents). Linear in the text length, and
 * bounded in memory.
 * Returns the run, and how many of its numbers were printed earlier (a table of contents).
 */
export function findRunInArticles(text: string): {
  readonly articles: RunInArticle[];
  readonly earlier: number;
} {
  const candidates: Candidate[] = [];
  for (
    let colon = text.indexOf(':');
    colon >= 0 && candidates.length < MAX_CANDIDATES;
    colon = text.indexOf(':', colon + 1)
  ) {
    const candidate = candidateAt(text, colon);
    if (candidate !== undefined) candidates.push(candidate);
  }
  const bestEnding = new Map<number, Chain>();
  let best: Chain | undefined;
  candidates.forEach((candidate, index) => {
    const before = candidate.value === 1 ? undefined : bestEnding.get(candidate.value - 1);
    if (candidate.value !== 1 && before === undefined) return;
    const chain: Chain = {
      length: (before?.length ?? 0) + 1,
      first: before?.first ?? index,
      candidate: index,
      previous: before,
    };
    const current = bestEnding.get(candidate.value);
    if (current === undefined || chain.length >= current.length)
      bestEnding.set(candidate.value, chain);
    if (best === undefined || chain.length >= best.length) best = chain;
  });
  const picked: Candidate[] = [];
  for (let link = best; link !== undefined; link = link.previous) {
    const candidate = candidates[link.candidate];
    if (candidate !== undefined) picked.push(candidate);
  }
  picked.reverse();
  const firstStart = picked[0]?.start ?? 0;
  const values = new Set(picked.map((candidate) => candidate.value));
  const earlier = new Set(
    candidates.filter((c) => c.start < firstStart && values.has(c.value)).map((c) => c.value),
  ).size;
  return {
    articles: picked.map(({ num, start, textStart }) => ({ num, start, textStart })),
    earlier,
  };
}
