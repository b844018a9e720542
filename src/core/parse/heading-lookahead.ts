import { isPreambleStart } from './front-matter.js';
import { isCapitals, isSameLineHeading, looksLikeHeading, nextFilled } from './heading-text.js';
import type { TokenList } from './line-token.js';

/**
 * The heading printed on the line after a heading label (`TITRE II` / `DES INFRACTIONS`,
 * `Article premier` / `Objet`): the next line when it reads as a heading and more text
 * follows it. Returns the heading ('' when none) and the index of the last line used.
 */
export function ownLineHeading(
  tokens: TokenList,
  index: number,
): { readonly text: string; readonly consumed: number } {
  const next = nextFilled(tokens, index + 1);
  const after = nextFilled(tokens, next.index + 1).token;
  const none = { text: '', consumed: index };
  if (next.token?.type !== 'text' || next.token.marker !== undefined) return none;
  const text = next.token.source.text;
  const fits = isCapitals(text) || (looksLikeHeading(text) && !text.endsWith('.'));
  const followed = after !== undefined && after.type !== 'blank';
  return fits && followed && !isPreambleStart(text) ? { text, consumed: next.index } : none;
}

/**
 * True when a line is the marginal note of the Commonwealth section printed on the next
 * line ("Interpretation" / "2. In this Act…"): a heading-like line after a blank line or a
 * division heading, directly before a section whose own line carries no heading.
 */
export function isMarginalNote(tokens: TokenList, index: number): boolean {
  const token = tokens.at(index);
  if (token?.type !== 'text' || token.marker !== undefined) return false;
  const text = token.source.text;
  if (!looksLikeHeading(text) || text.endsWith(':') || isPreambleStart(text)) return false;
  const previous = index > 0 ? tokens.at(index - 1) : undefined;
  const next = tokens.at(index + 1);
  const afterBreak =
    previous === undefined ||
    previous.type === 'blank' ||
    (previous.type === 'heading' && previous.heading.kind === 'division');
  return (
    afterBreak &&
    next?.type === 'heading' &&
    next.heading.kind === 'article' &&
    !isSameLineHeading(next.heading.rest)
  );
}
