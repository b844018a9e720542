import type { Numbering } from '../model/legal-document.js';
import { numberToRoman } from '../model/numbers.js';
import type { DraftDocument, DraftNode, DraftNodeKind } from './draft-document.js';
import { defaultItemStyle, itemMarker } from './item-style.js';

/** The number and label every node has today, by key. Paragraphs and items have label ''. */
export type DraftNumbers = ReadonlyMap<string, { readonly num: string; readonly label: string }>;

/** The draft's language for numbers, labels and messages: French, or English for anything else. */
export type DraftLanguage = 'fr' | 'en';

export function draftLanguage(doc: Pick<DraftDocument, 'meta'>): DraftLanguage {
  return doc.meta.language === 'fr' ? 'fr' : 'en';
}

type DivisionWords = Readonly<Record<'title' | 'chapter' | 'section', string>>;

/**
 * The words before a division's number. A Commonwealth act (`section` numbering) calls its
 * articles "sections", so its divisions are "Part", "Chapter" and "Subpart" (the eId prefix
 * `subpart_` of a section-numbered document says the same).
 */
const DIVISION_WORDS: Readonly<Record<DraftLanguage, Readonly<Record<Numbering, DivisionWords>>>> =
  {
    fr: {
      article: { title: 'Titre', chapter: 'Chapitre', section: 'Section' },
      section: { title: 'Titre', chapter: 'Chapitre', section: 'Sous-partie' },
    },
    en: {
      article: { title: 'Title', chapter: 'Chapter', section: 'Section' },
      section: { title: 'Part', chapter: 'Chapter', section: 'Subpart' },
    },
  };

/** "Article" or, in an English Commonwealth-style draft, "Section". */
export function articleWord(language: DraftLanguage, numbering: Numbering): string {
  return numbering === 'section' && language === 'en' ? 'Section' : 'Article';
}

/** The printed number of a unit at `position` (1-based) among its kind. */
function printedNumber(kind: DraftNodeKind, position: number, style: NumberStyle): string {
  const { language, numbering } = style;
  switch (kind) {
    case 'title':
    case 'chapter':
      return numberToRoman(position);
    case 'section':
      return String(position);
    case 'article':
      return position === 1 && language === 'fr' ? '1er' : String(position);
    case 'paragraph':
      return numbering === 'section' && style.paragraphs > 1 ? `(${position})` : '';
    case 'point':
    case 'subpoint':
      return itemMarker(style.items ?? defaultItemStyle(kind, language), position);
  }
}

interface NumberStyle {
  readonly language: DraftLanguage;
  readonly numbering: Numbering;
  /** How many paragraphs the article has: a lone subsection bears no "(1)". */
  readonly paragraphs: number;
  /** The style of the list the items belong to, recorded on their parent. */
  readonly items: DraftNode['itemStyle'];
}

function label(kind: DraftNodeKind, num: string, style: NumberStyle): string {
  if (kind === 'article') return `${articleWord(style.language, style.numbering)} ${num}`;
  if (kind === 'title' || kind === 'chapter' || kind === 'section') {
    return `${DIVISION_WORDS[style.language][style.numbering][kind]} ${num}`;
  }
  return '';
}

/**
 * Numbers the whole draft from its tree: articles continuously 1…N through every division
 * ("1er" for the first in French), titles I, II…; chapters I, II… restarting in each title;
 * sections 1, 2… restarting in each chapter (every division restarts in its parent);
 * paragraphs unnumbered (`article` numbering) or (1), (2) (`section` numbering, when an article
 * has more than one); points and subpoints in the style their list records (`itemStyle` of
 * the paragraph or point holding them: 1°, 2°…; (a), (b)…; "-"), by default points a), b)
 * in French, (a), (b) in English and subpoints i), ii) / (i), (ii).
 *
 * @example numberDraft(draft).get('n7') // { num: '5', label: 'Article 5' }
 */
export function numberDraft(doc: DraftDocument): DraftNumbers {
  const base = { language: draftLanguage(doc), numbering: doc.numbering };
  const numbers = new Map<string, { num: string; label: string }>();
  let articles = 0;
  const visit = (nodes: readonly DraftNode[], parent: DraftNode | undefined): void => {
    const positions = new Map<DraftNodeKind, number>();
    const paragraphs = nodes.filter((node) => node.kind === 'paragraph').length;
    const style: NumberStyle = { ...base, paragraphs, items: parent?.itemStyle };
    for (const node of nodes) {
      let position: number;
      if (node.kind === 'article') {
        articles += 1;
        position = articles;
      } else {
        position = (positions.get(node.kind) ?? 0) + 1;
        positions.set(node.kind, position);
      }
      const num = printedNumber(node.kind, position, style);
      numbers.set(node.key, { num, label: label(node.kind, num, style) });
      visit(node.children, node);
    }
  };
  visit(doc.body, undefined);
  return numbers;
}
