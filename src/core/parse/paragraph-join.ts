/** Punctuation that ends a paragraph or a list entry, so the next line starts a new one. */
const ENDS_UNIT = /[.;:!?»"”,—–]$/;

/**
 * True when a line ends its paragraph: the next line starts a new one rather than continuing
 * words that the printer wrapped.
 */
export function endsParagraph(text: string): boolean {
  return text === '' || ENDS_UNIT.test(text);
}

/**
 * Joins hard-wrapped lines back into paragraphs: a line is glued to the one before it when
 * that one does not end with closing punctuation. Blank lines always separate paragraphs.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line === '') {
      if (current !== '') paragraphs.push(current);
      current = '';
    } else if (current === '') {
      current = line;
    } else if (endsParagraph(current)) {
      paragraphs.push(current);
      current = line;
    } else {
      current = `${current} ${line}`;
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}
