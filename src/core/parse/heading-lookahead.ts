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
 * line ("Interpretation" / "2. In this Act…"): a heading-like line after a blank line, a
 * division heading or a finished sentence (texts without blank lines, as OCR gives them),
 * directly before a section whose own line carries no heading.
 */
/** A line that ends a sentence: the next line starts something new. */
const SENTENCE_END = /[.;:]["”’)]?$/;

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
    (previous.type === 'heading' && previous.heading.kind === 'division') ||
    // Without blank lines (OCR), a note is a line without a full stop after a finished
    // sentence; a note ending with a full stop belongs to the section above (Sri Lankan acts).
    (!text.endsWith('.') &&
      (previous.type !== 'heading' || previous.heading.kind === 'article') &&
      SENTENCE_END.test(previous.source.text));
  return (
    afterBreak &&
    next?.type === 'heading' &&
    next.heading.kind === 'article' &&
    !isSameLineHeading(next.heading.rest)
  );
}
