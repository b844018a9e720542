import type { Numbering } from '../model/legal-document.js';
import { parseEnglishHeadings } from './english-headings.js';
import { parseFrenchHeadings } from './french-headings.js';
import type { LineHeading } from './line-heading.js';
import type { LineToken, TokenList } from './line-token.js';
import type { SourceLine } from './source-line.js';

/** How the lines of one text are to be read. */
export interface ReadingStyle {
  readonly language: 'fr' | 'en';
  readonly numbering: Numbering;
  /** Markdown lists: sections are the numbered items at the shallowest indentation. */
  readonly sectionIndent: number;
}

function headingOf(
  text: string,
  style: Pick<ReadingStyle, 'language' | 'numbering'>,
): LineHeading | undefined {
  if (style.language === 'fr') return parseFrenchHeadings(text);
  return parseEnglishHeadings(text, { sections: style.numbering === 'section' });
}

/**
 * Decides how a text numbers its citable units: French texts and English texts printing
 * "Article N" use articles; other English texts use numbered sections, whose indentation (in
 * markdown lists) is the shallowest one at which a numbered line occurs.
 */
export function chooseReadingStyle(
  lines: readonly SourceLine[],
  language: 'fr' | 'en',
): ReadingStyle {
  if (language === 'fr') return { language, numbering: 'article', sectionIndent: 0 };
  let articles = 0;
  let sectionIndent = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    const heading = parseEnglishHeadings(line.text, { sections: true });
    if (heading?.kind !== 'article') continue;
    if (/^art/i.test(line.text)) articles++;
    else if ((line.indent ?? 0) < sectionIndent) sectionIndent = line.indent ?? 0;
  }
  if (articles >= 2) return { language, numbering: 'article', sectionIndent: 0 };
  return {
    language,
    numbering: 'section',
    sectionIndent: Number.isFinite(sectionIndent) ? sectionIndent : 0,
  };
}

/** The token of one line: blank, heading (division or article/section) or text. */
function classifyLine(source: SourceLine, style: ReadingStyle): LineToken {
  if (source.text === '') return { type: 'blank', source };
  const heading = headingOf(source.text, style);
  const nested = /^(\d{1,3})\.\s/.exec(source.text);
  if (
    heading === undefined &&
    nested?.[1] !== undefined &&
    (source.indent ?? 0) > style.sectionIndent
  ) {
    const rest = source.text.slice(nested[0].length);
    return {
      type: 'text',
      source,
      marker: { num: `(${nested[1]})`, style: 'number', bracketedNumber: true, rest },
    };
  }
  if (heading === undefined) return { type: 'text', source };
  if (heading.kind === 'article' && style.numbering === 'section') {
    const numbered = /^\d/.test(source.text);
    if (numbered && ((source.indent ?? 0) > style.sectionIndent || source.bullet === true)) {
      const rest = heading.rest;
      return {
        type: 'text',
        source,
        marker: { num: `(${heading.num})`, style: 'number', bracketedNumber: true, rest },
      };
    }
  }
  if (source.bullet === true && heading.kind === 'article') return { type: 'text', source };
  return { type: 'heading', heading, source };
}

/** Classified lines, and how many of them are article or section headings. */
export interface ClassifiedLines {
  readonly tokens: TokenList;
  readonly articleHeadings: number;
}

/**
 * Classifies every line as blank, heading (division or article/section) or text. In markdown
 * lists, numbered lines deeper than the section level are subsections, not sections. Only
 * headings and marked lines are kept; the others are described again when asked for.
 */
export function classifyLines(lines: readonly SourceLine[], style: ReadingStyle): ClassifiedLines {
  const kept = new Map<number, LineToken>();
  let articleHeadings = 0;
  lines.forEach((source, index) => {
    const token = classifyLine(source, style);
    if (token.type === 'heading' || (token.type === 'text' && token.marker !== undefined)) {
      kept.set(index, token);
    }
    if (token.type === 'heading' && token.heading.kind === 'article') articleHeadings++;
  });
  const at = (index: number): LineToken | undefined => {
    const source = index >= 0 ? lines[index] : undefined;
    if (source === undefined) return undefined;
    const token = kept.get(index);
    if (token !== undefined) return token;
    return source.text === '' ? { type: 'blank', source } : { type: 'text', source };
  };
  return { tokens: { length: lines.length, at }, articleHeadings };
}
