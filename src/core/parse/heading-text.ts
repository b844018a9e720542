import type { LineToken, TokenList } from './line-token.js';
import { readItemMarker } from './item-marker.js';

/** Longest heading or marginal note read from a line of its own. */
const MAX_HEADING = 100;

/** True when a line reads as a heading: short, capitalised, not ending like a sentence part. */
export function looksLikeHeading(text: string): boolean {
  if (text.length > MAX_HEADING || !/\p{L}/u.test(text) || readItemMarker(text) !== undefined) {
    return false;
  }
  const first = text.charAt(0);
  if (first === first.toLowerCase() && !/^\d/.test(first)) return false;
  return !/[,;:—–-]$/.test(text);
}

/** Longest heading printed on the same line as its article number ("Article 2 - Scope"). */
const MAX_SAME_LINE_HEADING = 60;

/** Words that open a sentence of law, never a heading. */
const SENTENCE_OPENING =
  /^(in|where|whereas|the|a|an|any|every|no|if|this|subject|notwithstanding|la|le|les|l['’]|est|sont|il|en|un|une|tout|toute|nul)\s/i;

/** True when the words after an article number are its heading rather than its first sentence. */
export function isSameLineHeading(rest: string): boolean {
  return (
    rest.length <= MAX_SAME_LINE_HEADING &&
    looksLikeHeading(rest) &&
    !/[.!?]$/.test(rest) &&
    !SENTENCE_OPENING.test(rest)
  );
}

/** True when a line is written in capitals (a division heading printed on its own line). */
export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The next token that is not blank, from `index` on, and its index. */
export function nextFilled(
  tokens: TokenList,
  index: number,
): { readonly token: LineToken | undefined; readonly index: number } {
  let at = index;
  while (tokens.at(at)?.type === 'blank') at++;
  return { token: tokens.at(at), index: at };
}
