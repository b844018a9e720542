import type { Numbering } from '../model/legal-document.js';
import { parseEnglishHeadings } from './english-headings.js';
import { parseFrenchHeadings } from './french-headings.js';
import type { LineHeading } from './line-heading.js';
import type { LineToken } from './line-token.js';
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

/**
 * Classifies every line as blank, heading (division or article/section) or text. In markdown
 * lists, numbered lines deeper than the section level are subsections, not sections.
 */
export function classifyLines(lines: readonly SourceLine[], style: ReadingStyle): LineToken[] {
  return lines.map((source): LineToken => {
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
  });
}
