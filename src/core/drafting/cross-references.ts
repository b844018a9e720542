import type { Numbering } from '../model/legal-document.js';
import { normalizeNumber } from '../model/numbers.js';
import type { DraftNumbers } from './draft-numbering.js';

/**
 * Cross-references between articles of one draft. In the stored text a reference is a token
 * `{{art:KEY}}` standing for the number only ("l'article {{art:n7}}"), so it follows the
 * article when it is renumbered. Typed text is scanned for "article 5", "articles 3 et 4",
 * "articles 3 à 5", "sections 3 and 4" (in a `section`-numbered draft), "subsection 58(4)"; a reference to
 * another text ("l'article 30 du Code pénal", "section 2 of the Penal Code") stays words.
 */

/** Shown in place of a reference whose article was deleted. */
export const DANGLING_REFERENCE = '[?]';

const TOKEN = /\{\{art:([A-Za-z0-9_-]+)\}\}/g;

/** The stored form of a reference to the article with this key. */
export function referenceToken(key: string): string {
  return `{{art:${key}}}`;
}

/** The keys the tokens of a text point to, in order (repeats kept). */
export function referencedKeys(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((match) => match[1] ?? '');
}

/**
 * The text as a reader sees it: every token replaced by the current number of its article,
 * "[?]" when that article no longer exists.
 *
 * @example renderText("l'article {{art:n7}}", numbers) // "l'article 5"
 */
export function renderText(text: string, numbers: DraftNumbers): string {
  if (!text.includes('{{')) return text;
  return text.replace(TOKEN, (_token, key: string) => {
    const num = numbers.get(key)?.num ?? '';
    return num === '' ? DANGLING_REFERENCE : num;
  });
}

const SUFFIX = '(?:\\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\\b)?';
/** One article number as written: "5", "1er", "12 bis", "10.4", "286A", "369-A", "premier". */
const NUMBER = `(?:\\d+(?:\\.\\d+)*(?:er|re|-?[a-z])?(?!\\.\\d|\\w)${SUFFIX}|premier\\b|premi[eè]re(?![\\w]))`;
const SEPARATOR = '(?:\\s*,\\s*|\\s+(?:et|and|à|au|to|ou|or)\\s+|\\s*[-–]\\s*)';
const NUMBER_PATTERN = new RegExp(NUMBER, 'giu');

function referencePattern(numbering: Numbering): RegExp {
  const words = numbering === 'section' ? 'articles|sections' : 'articles';
  const singular = numbering === 'section' ? 'article|section' : 'article';
  // "subsection 58(4)", "paragraphe 20.1(1)": a subdivision of article 58, cited by its number.
  const subdivision = 'subsections?|paragraphs?|paragraphes?|sous-alinéas?|alinéas?';
  return new RegExp(
    `(?<![\\w-])(?:(${words})\\s+(${NUMBER}(?:${SEPARATOR}${NUMBER})*)|(${singular})\\s+(${NUMBER})|(${subdivision})\\s+(${NUMBER})(?=\\())`,
    'giu',
  );
}

/** Words that may sit between the number and the name of the other text: "(2)", ", alinéa 3". */
const SUBDIVISION_TAIL =
  /^(?:\s*\(\w{1,4}\))*(?:,?\s*(?:alinéa|al\.|paragraphe|paragraph|subsection|point)\s+\S+)?/iu;
/** French: "du Code pénal", "de la loi n°…", "de la Convention", "du même code"; not "de la présente loi". */
const FRENCH_OTHER_TEXT =
  /^,?\s*(?:du|de\s+la|de\s+l['’]|des|de)\s*(?:même\s+|nouveau\s+|nouvelle\s+)?(?:loi|code|ordonnance|décret|decret|convention|protocole|traité|traite|constitution|règlement|reglement|acte|statut|accord|pacte|charte|directive|arrêté|arrete)\b/iu;
/**
 * English: "of the Act", "of the Penal Code", "of Chapter 19", "of the Protocol", "of the
 * principal enactment"; not "of this Act", "of Part II".
 */
const ENGLISH_OTHER_TEXT =
  /^,?\s*of\s+(?:(?:the\s+)?(?:principal|said|same|parent)\s+\w|(?:the\s+)?(?!This\b|Part\b|Division\b|Subpart\b)[A-Z])/u;
/** A lettered section written apart: "section 286 A of …". */
const LETTER_APART = /^\s[A-Z](?=[\s,.;:)])/u;
/** The other text named first: "the Penal Code, section 369-A", "Code pénal, article 5"; not "this Act, section 5". */
const OTHER_TEXT_BEFORE =
  /(?<!\b(?:this|présente?|présent)\s)\b(?:Code|Act|Ordinance|Decree|Convention|Protocol|Constitution|code|loi|ordonnance|décret)\s*,\s*(?:\S+\s+){0,1}$/u;

function citesOtherText(before: string, after: string): boolean {
  if (OTHER_TEXT_BEFORE.test(before.slice(-60))) return true;
  const tail = after.slice(0, 120).replace(LETTER_APART, '').replace(SUBDIVISION_TAIL, '');
  return FRENCH_OTHER_TEXT.test(tail) || ENGLISH_OTHER_TEXT.test(tail);
}

/** One reference found in a text: where its numbers are, and whether it cites another text. */
export interface ReferenceMatch {
  readonly start: number;
  readonly end: number;
  readonly numbers: readonly {
    readonly start: number;
    readonly end: number;
    readonly printed: string;
  }[];
  /** "l'article 30 du Code pénal": a reference to another text, never a token. */
  readonly external: boolean;
}

/** Every reference to an article (or Commonwealth section) written as a number in the text. */
export function scanReferences(text: string, numbering: Numbering): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  for (const match of text.matchAll(referencePattern(numbering))) {
    const list = match[2] ?? match[4] ?? match[6] ?? '';
    const word = match[1] ?? match[3] ?? match[5] ?? '';
    const start = match.index;
    const listStart = start + match[0].length - list.length;
    const numbers = [...list.matchAll(NUMBER_PATTERN)].map((number) => ({
      start: listStart + number.index,
      end: listStart + number.index + number[0].length,
      printed: number[0],
    }));
    const end = start + match[0].length;
    if (word === '' || numbers.length === 0) continue;
    found.push({
      start,
      end,
      numbers,
      external: citesOtherText(text.slice(0, start), text.slice(end)),
    });
  }
  return found;
}

/** Finds the article a printed number designates; undefined when there is none. */
export type ReferenceResolver = (printed: string) => string | undefined;

/** A resolver over articles numbered as printed ("1er", "12 bis"), compared as `normalizeNumber` reads them. */
export function resolverOf(
  articles: Iterable<readonly [num: string, key: string]>,
): ReferenceResolver {
  const byNumber = new Map<string, string>();
  for (const [num, key] of articles) {
    const normal = normalizeNumber(num);
    if (normal !== '' && !byNumber.has(normal)) byNumber.set(normal, key);
  }
  return (printed) => byNumber.get(normalizeNumber(printed));
}

/**
 * The text with every reference to an article of this text turned into a token; numbers
 * that designate no article, and references to other texts, stay as written.
 *
 * @example tokenizeReferences("voir l'article 5", 'article', resolve) // "voir l'article {{art:n7}}"
 */
export function tokenizeReferences(
  text: string,
  numbering: Numbering,
  resolve: ReferenceResolver,
): string {
  let out = '';
  let from = 0;
  for (const reference of scanReferences(text, numbering)) {
    if (reference.external) continue;
    for (const number of reference.numbers) {
      const key = resolve(number.printed);
      if (key === undefined) continue;
      out += text.slice(from, number.start) + referenceToken(key);
      from = number.end;
    }
  }
  return out + text.slice(from);
}
