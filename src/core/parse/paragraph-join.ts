/** Characters that end a paragraph or a list entry, so the next line starts a new one. */
const CLOSING = new Set(['.', ';', ':', '!', '?', '»', '"', '”', ',', '—', '–']);

/**
 * True when a line ends its paragraph: the next line starts a new one rather than continuing
 * words that the printer wrapped. Looks at the last character only, so it costs nothing on
 * long lines.
 */
export function endsParagraph(text: string): boolean {
  return text === '' || CLOSING.has(text.charAt(text.length - 1));
}

/**
 * Joins hard-wrapped lines back into paragraphs: a line is glued to the one before it when
 * that one does not end with closing punctuation. Blank lines always separate paragraphs.
 * Linear in the total length: each paragraph is joined once.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of lines) {
    if (line === '') {
      close();
      continue;
    }
    const previous = current[current.length - 1];
    if (previous !== undefined && endsParagraph(previous)) close();
    current.push(line);
  }
  close();
  return paragraphs;
}
