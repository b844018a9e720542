/** The marker that opens a numbered or bulleted unit inside an article. */
export interface ItemMarker {
  /** The marker as printed: "1°", "a)", "(a)", "(1)", "(ii)", "-", "•". */
  readonly num: string;
  /** What kind of marker, for telling levels apart. */
  readonly style: 'degree' | 'letter' | 'roman' | 'number' | 'bullet';
  /** `(1)`-style numbers in brackets: Commonwealth subsections and numbered alinéas. */
  readonly bracketedNumber: boolean;
  /** The words after the marker. */
  readonly rest: string;
}

const ROMAN_ITEM = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)$/;

/**
 * Reads the marker at the start of a line inside an article: `1°`, `1º`, `a)`, `(a)`, `a.`,
 * `(1)`, `(ii)`, `ii)`, `-`, `•`. Returns undefined when the line is running text.
 *
 * @example readItemMarker('(a) recruits a person') // { num: '(a)', style: 'letter', bracketedNumber: false, rest: 'recruits a person' }
 */
export function readItemMarker(text: string): ItemMarker | undefined {
  const window = text.slice(0, 12);
  const bullet = /^[-–•·▪*] ?/.exec(window);
  if (bullet !== null && text.length > bullet[0].length && text.charAt(1) !== '-') {
    return {
      num: '-',
      style: 'bullet',
      bracketedNumber: false,
      rest: text.slice(bullet[0].length).trim(),
    };
  }
  const degree = /^(\d{1,2}) ?[°º]\s*[-–.)]?\s*/.exec(window);
  if (degree?.[1] !== undefined) {
    return {
      num: `${degree[1]}°`,
      style: 'degree',
      bracketedNumber: false,
      rest: text.slice(degree[0].length),
    };
  }
  const bracketed = /^\( ?([a-z]{1,5}|\d{1,3}) ?\)\s*/.exec(window);
  const closing = /^([a-z]{1,5}|\d{1,3})\)\s+/.exec(window);
  const dotted = /^([a-z]|[ivx]{1,4})\.\s+/.exec(window);
  const match = bracketed ?? closing ?? dotted;
  const token = match?.[1];
  if (match === null || token === undefined) return undefined;
  const rest = text.slice(match[0].length);
  const printed = bracketed !== null ? `(${token})` : closing !== null ? `${token})` : `(${token})`;
  if (/^\d/.test(token)) {
    return { num: printed, style: 'number', bracketedNumber: bracketed !== null, rest };
  }
  if (token.length > 1 && !ROMAN_ITEM.test(token)) return undefined;
  return {
    num: printed,
    style: ROMAN_ITEM.test(token) ? 'roman' : 'letter',
    bracketedNumber: false,
    rest,
  };
}
