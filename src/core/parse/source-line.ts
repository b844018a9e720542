/** One physical line of the text being parsed, with where it came from. */
export interface SourceLine {
  /** The words of the line: trimmed, runs of spaces collapsed, markup removed. */
  readonly text: string;
  /** 1-based line number in the text given to the parser. */
  readonly line: number;
  /** 1-based page, counted from form feeds ('\f'). */
  readonly page: number;
  /** Leading spaces before the words (tabs count as four). */
  readonly indent: number;
  /** A markdown `#` heading line. */
  readonly markdownHeading: boolean;
  /** A markdown `- ` or `* ` bullet. */
  readonly bullet: boolean;
}

/** Makes a source line; the flags default to false. */
export function sourceLine(
  input: Pick<SourceLine, 'text' | 'line' | 'page'> & Partial<SourceLine>,
): SourceLine {
  return {
    text: input.text,
    line: input.line,
    page: input.page,
    indent: input.indent ?? 0,
    markdownHeading: input.markdownHeading ?? false,
    bullet: input.bullet ?? false,
  };
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
    lines.push({
      text: words.includes('  ') ? words.replace(/ {2,}/g, ' ') : words,
      line: lineNumber,
      page,
      indent,
      markdownHeading: false,
      bullet: false,
    });
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
