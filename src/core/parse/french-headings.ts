import type { LineHeading } from './line-heading.js';
import { readHeadingNumber, startsLikeHeadingRest } from './heading-number.js';
import type { DivisionKind } from '../model/provision.js';

const DIVISION_LABELS: ReadonlyMap<string, DivisionKind> = new Map([
  ['livre', 'book'],
  ['titre', 'title'],
  ['chapitre', 'chapter'],
  ['section', 'section'],
  ['sous-section', 'subsection'],
  ['annexe', 'annex'],
]);

/** Only the start of a line can be a heading: long lines are cut before any pattern runs. */
const HEADING_WINDOW = 300;

/**
 * Recognises the headings of French and West-African texts at the start of a line:
 * `Article 1er :`, `Article premier`, `Art. 2.-`, `ARTICLE 3`, `Article 5 bis`, and the
 * divisions `Livre`, `Titre I`, `TITRE PREMIER`, `Chapitre II`, `Section 1`, `Sous-section 2`,
 * `Annexe`. Returns undefined for any other line.
 *
 * @example parseFrenchHeadings('CHAPITRE III : DES PEINES') // { kind: 'division', division: 'chapter', num: 'III', rest: 'DES PEINES' }
 */
export function parseFrenchHeadings(text: string): LineHeading | undefined {
  const window = text.slice(0, HEADING_WINDOW);
  const label =
    /^(article|art\.|art|livre|titre|chapitre|sous-section|section|annexe)(?=[\s.\d]|$)/i.exec(
      window,
    );
  if (label?.[1] === undefined) return undefined;
  const word = label[1].toLowerCase();
  const afterLabel = text.slice(label[0].length);
  if (word === 'annexe') {
    const numbered = readHeadingNumber(afterLabel);
    if (numbered === undefined) {
      return afterLabel.trim() === '' || /^\s*[:.\-–—]/.test(afterLabel)
        ? {
            kind: 'division',
            division: 'annex',
            num: '',
            rest: afterLabel.replace(/^[\s:.\-–—]+/, ''),
          }
        : undefined;
    }
    return startsLikeHeadingRest(numbered)
      ? { kind: 'division', division: 'annex', num: numbered.num, rest: numbered.rest }
      : undefined;
  }
  const number = readHeadingNumber(afterLabel.replace(/^\./, ''));
  if (number === undefined || !startsLikeHeadingRest(number)) return undefined;
  if (word.startsWith('art')) return { kind: 'article', num: number.num, rest: number.rest };
  const division = DIVISION_LABELS.get(word);
  if (division === undefined) return undefined;
  return { kind: 'division', division, num: number.num, rest: number.rest };
}
