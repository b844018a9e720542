/** One physical line of the text being parsed, with where it came from. */
export interface SourceLine {
  /** The words of the line: trimmed, runs of spaces collapsed, markup removed. */
  readonly text: string;
  /** 1-based line number in the text given to the parser. */
  readonly line: number;
  /** 1-based page, counted from form feeds ('\f'). */
  readonly page: number;
  /** Leading spaces before the words; absent when none (most lines: smaller objects). */
  readonly indent?: number;
  /** A markdown `#` heading line; absent in plain text. */
  readonly markdownHeading?: boolean;
  /** A markdown `- ` or `* ` bullet; absent in plain text. */
  readonly bullet?: boolean;
}

/** Makes a source line, leaving out the layout fields that are unset. */
export function sourceLine(
  input: Pick<SourceLine, 'text' | 'line' | 'page'> & Partial<SourceLine>,
): SourceLine {
  const { text, line, page, indent = 0, markdownHeading = false, bullet = false } = input;
  if (markdownHeading || bullet) return { text, line, page, indent, markdownHeading, bullet };
  return indent === 0 ? { text, line, page } : { text, line, page, indent };
}

const NO_BREAK_SPACES = /[\u00a0\u2007\u202f\t\v]/;
const NO_BREAK_SPACES_ALL = /[\u00a0\u2007\u202f\t\v]/g;

/**
 * Splits a text into lines and pages in one linear pass: '\n' ends a line, '\f' starts a new
 * page (page breaks inside a line keep the line number). Blank lines are kept, with empty text,
 * because they separate paragraphs and marginal notes.
 */
export function splitSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let page = 1;
  let lineNumber = 1;
  let start = 0;
  const push = (end: number): void => {
    let raw = text.slice(start, end);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (NO_BREAK_SPACES.test(raw)) raw = raw.replace(NO_BREAK_SPACES_ALL, ' ');
    const words = raw.trim();
    const indent = words === '' ? 0 : raw.indexOf(words.charAt(0));
    const spaced = words.includes('  ') ? words.replace(/ {2,}/g, ' ') : words;
    lines.push(sourceLine({ text: spaced, line: lineNumber, page, indent }));
  };
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10) {
      push(index);
      lineNumber++;
      start = index + 1;
    } else if (char === 12) {
      push(index);
      page++;
      start = index + 1;
    }
  }
  push(text.length);
  return lines;
}
