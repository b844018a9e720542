import { joinWrappedLines } from './paragraph-join.js';
import type { SourceLine } from './source-line.js';

/** Openings of visas, recitals and enacting formulas. */
const PREAMBLE_OPENINGS =
  /^(vu |vu:|considérant|l'assemblée|l’assemblée|le parlement a|le conseil des ministres|sur (le )?rapport|le président de la république (promulgue|décrète)|décrète|ordonne|whereas|and whereas|now,? therefore|be it enacted|it is (hereby )?enacted|enacted by|the parliament of|an act\b|a bill\b|an act to|preamble\b|parliament has adopted)/i;

const EXPLANATORY_HEADER =
  /^(exposé des motifs|expose des motifs|explanatory (memorandum|statement|note)|memorandum of objects and reasons|statement of objects and reasons)[.:]?$/i;

/** Lines that name the law: "LOI N°2012-023 DU…", "ACT No. 11 of 2008", "THE … ACT, 2019". */
const TITLE_LINE =
  /^(loi|loi organique|ordonnance|décret|decret|projet de loi|proposition de loi)\s+n\s*[°ºo.]|^act\s+no\b|^no\.?\s*\d{1,4}\s+of\s+\d{4}|^(the\s+)?[\p{Lu}][\p{Lu}\d ,()'’-]{3,120}\bACT,?\s+\d{4}$|^law\s+n/iu;

/** Longest title kept: a title line that runs on is text that lost its line breaks. */
const MAX_TITLE = 1000;

/** True when a line opens the preamble: a visa, a recital, an enacting formula, a long title. */
export function isPreambleStart(text: string): boolean {
  return PREAMBLE_OPENINGS.test(text.slice(0, 80));
}

/** True when a line names the law (its title line). */
export function isTitleLine(text: string): boolean {
  return TITLE_LINE.test(text.slice(0, 200));
}

/** The front matter of a law sorted by role. */
export interface FrontMatter {
  /** The title as printed, wrapped lines joined. */
  readonly title: string;
  readonly preamble: string[];
  readonly explanatoryNote: string[];
  /** All front-matter words, for reading metadata. */
  readonly text: string;
}

/**
 * Sorts the lines before the first division or article: the title block (title lines and
 * what precedes the preamble), the explanatory statement ("EXPOSÉ DES MOTIFS" up to the title
 * or preamble), and the preamble (visas, recitals, enacting formula, long title), one entry per
 * paragraph with wrapped lines joined.
 */
export function readFrontMatter(lines: readonly SourceLine[]): FrontMatter {
  const preamble: string[] = [];
  const explanatory: string[] = [];
  const titleLines: string[] = [];
  let role: 'title-block' | 'title' | 'explanatory' | 'preamble' = 'title-block';
  for (const { text } of lines) {
    if (EXPLANATORY_HEADER.test(text)) {
      role = 'explanatory';
      continue;
    }
    if (role !== 'preamble' && isTitleLine(text) && titleLines.length === 0) {
      role = 'title';
      titleLines.push(text);
      continue;
    }
    if (isPreambleStart(text)) role = 'preamble';
    if (role === 'title') {
      if (text === '' || titleLines.length >= 4) role = 'title-block';
      else titleLines.push(text);
      continue;
    }
    if (role === 'explanatory') explanatory.push(text);
    else if (role === 'preamble') preamble.push(text);
  }
  return {
    title: titleLines.join(' ').slice(0, MAX_TITLE),
    preamble: joinWrappedLines(preamble).filter((entry) => /\p{L}/u.test(entry)),
    explanatoryNote: joinWrappedLines(explanatory),
    text: lines.map((line) => line.text).join('\n'),
  };
}
