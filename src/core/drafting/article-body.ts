import type { Numbering } from '../model/legal-document.js';
import type { ItemMarker } from '../parse/item-marker.js';
import { readItemMarker } from '../parse/item-marker.js';
import type { DraftDocument, DraftNode, DraftSubdivisionKind } from './draft-document.js';
import type { DraftLanguage, DraftNumbers } from './draft-numbering.js';
import { draftLanguage, numberDraft } from './draft-numbering.js';
import type { DraftItemStyle } from './item-style.js';
import {
  DASH_MARKERS,
  asLetterStyle,
  itemFamily,
  storedItemStyle,
  typedItemStyle,
} from './item-style.js';
import type { ReferenceResolver } from './cross-references.js';
import { renderText, resolverOf, tokenizeReferences } from './cross-references.js';
import type { KeyMint } from './draft-tree.js';
import { findDraftNode, listDraftArticles, makeDraftNode } from './draft-tree.js';

/**
 * An article's wording as the editor shows and takes it: one paragraph per line, points as
 * lines opening with their marker ("a) …", "(a) …", "1° …"), subpoints indented ("  i) …").
 * Numbers of points are computed in the style of their list: the first item typed sets it
 * ("1°" makes a list 1°, 2°, 3°…), the markers typed after it only say "this is an item", so
 * an item inserted or deleted renumbers the others. An item of another style under an item
 * ("a)" under "1°"), or an indented one, is a subpoint.
 *
 * An article's own `text` stays '' in a draft: its wording lives in its paragraphs. In an
 * `article`-numbered draft paragraphs have no number, so an alinéa typed "(1) …" keeps its
 * "(1)" as words; in a `section`-numbered draft "(1)" is the computed subsection number.
 */

/** A unit of an article's wording before it gets keys. */
export interface BodyUnit {
  readonly kind: DraftSubdivisionKind;
  readonly text: string;
  readonly children: readonly BodyUnit[];
  /** The style of the items in `children` (see `DraftNode.itemStyle`); absent: the default. */
  readonly itemStyle?: DraftItemStyle;
}

const SUBPOINT_INDENT = '  ';

/**
 * The lines of an article's wording, numbers and references as they read today. `indent`:
 * subpoints open with two spaces (the editor's form); `dashes: false` leaves out the "-" of
 * unnumbered items, as a law prints them once parsed (the comparative table's form).
 */
export function articleBodyLines(
  article: DraftNode,
  numbers: DraftNumbers,
  options: { readonly indent: boolean; readonly dashes?: boolean } = { indent: true },
): string[] {
  const lines: string[] = [];
  const visit = (node: DraftNode): void => {
    const printed = node.kind === 'article' ? '' : (numbers.get(node.key)?.num ?? '');
    const num = options.dashes === false && DASH_MARKERS.has(printed) ? '' : printed;
    const line = [num, renderText(node.text, numbers)].filter((part) => part !== '').join(' ');
    const indent = options.indent && node.kind === 'subpoint' ? SUBPOINT_INDENT : '';
    if (line !== '') lines.push(indent + line);
    for (const child of node.children) visit(child);
  };
  visit(article);
  return lines;
}

/**
 * The wording of the article `key` as the editor shows it; '' for a unit that is not an
 * article or does not exist.
 *
 * @example renderArticleBody(draft, 'n7') // "Est puni…\na) le fait de…\nb) …"
 */
export function renderArticleBody(doc: DraftDocument, key: string, numbers?: DraftNumbers): string {
  const article = findDraftNode(doc, key);
  if (article?.kind !== 'article') return '';
  return articleBodyLines(article, numbers ?? numberDraft(doc)).join('\n');
}

interface OpenUnit {
  readonly kind: DraftSubdivisionKind;
  readonly text: string;
  readonly children: OpenUnit[];
  /** The style of the first item among `children`. */
  itemStyle?: DraftItemStyle;
}

/** The marker without its brackets: "(a)" → "a", "1°" → "1". */
function bareToken(marker: ItemMarker): string {
  return marker.num.replace(/[()°º]/g, '');
}

/** The letter that comes before a roman-looking point letter: "i)" after "h)" is a point. */
const LETTER_BEFORE: Readonly<Record<string, string>> = { i: 'h', v: 'u', x: 'w' };

/** The style of a typed item in its list: "i)" right after "h)" continues the letters. */
function styleInList(
  style: DraftItemStyle,
  marker: ItemMarker,
  list: { readonly style: DraftItemStyle | undefined; readonly length: number },
): DraftItemStyle {
  if (marker.style !== 'roman' || list.style === undefined) return style;
  if (itemFamily(list.style) !== 'letter') return style;
  const before = LETTER_BEFORE[bareToken(marker)];
  const previousLetter = String.fromCharCode(96 + list.length);
  return before !== undefined && before === previousLetter ? asLetterStyle(style) : style;
}

/** A marker that opens a list ("a)", "1°", "(1)", "i)"): after another list, a new paragraph. */
function opensList(marker: ItemMarker, style: DraftItemStyle): boolean {
  const token = bareToken(marker);
  return token === 'a' || token === '1' || (token === 'i' && itemFamily(style) === 'roman');
}

function closeUnit(unit: OpenUnit, language: DraftLanguage | undefined): BodyUnit {
  const childKind = unit.kind === 'paragraph' ? 'point' : 'subpoint';
  const itemStyle = storedItemStyle(unit.itemStyle, childKind, language);
  return {
    kind: unit.kind,
    text: unit.text,
    children: unit.children.map((child) => closeUnit(child, language)),
    ...(itemStyle === undefined ? {} : { itemStyle }),
  };
}

/**
 * Whether a bracketed number "(1)" is an item rather than a numbered alinéa: in an
 * `article`-numbered draft, when it continues a list of "(n)" items, or when it is "(1)"
 * right after words ending with a colon ("Sont institués :\n(1) un comité ;").
 */
function isBracketedItem(
  marker: ItemMarker,
  context: {
    readonly numbering: Numbering;
    readonly paragraph: OpenUnit | undefined;
    readonly previousLine: string;
  },
): boolean {
  if (context.numbering !== 'article') return false;
  if (context.paragraph?.itemStyle === 'bracketed-number') return true;
  return bareToken(marker) === '1' && context.previousLine.endsWith(':');
}

/**
 * Reads typed wording into paragraphs, points and subpoints; references become tokens. Each
 * list keeps the style of its first item (`itemStyle` of the paragraph or point holding it),
 * left out when it is the `language`'s default; without `language` every style is kept.
 */
export function readArticleBody(
  body: string,
  context: {
    readonly numbering: Numbering;
    readonly resolve: ReferenceResolver;
    readonly language?: DraftLanguage;
  },
): BodyUnit[] {
  const paragraphs: OpenUnit[] = [];
  let point: OpenUnit | undefined;
  let previousLine = '';
  const tokens = (text: string): string =>
    tokenizeReferences(text, context.numbering, context.resolve);
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const indent = raw.length - raw.trimStart().length;
    const marker = readItemMarker(line);
    let paragraph = paragraphs.at(-1);
    const before = previousLine;
    previousLine = line;
    if (
      marker === undefined ||
      (marker.style === 'number' &&
        marker.bracketedNumber &&
        !(point !== undefined && indent >= SUBPOINT_INDENT.length) &&
        !isBracketedItem(marker, { numbering: context.numbering, paragraph, previousLine: before }))
    ) {
      const text = marker !== undefined && context.numbering === 'section' ? marker.rest : line;
      paragraphs.push({ kind: 'paragraph', text: tokens(text.trim()), children: [] });
      point = undefined;
      continue;
    }
    const typed = typedItemStyle(line, marker);
    const listStyle = paragraph?.itemStyle;
    const style = styleInList(typed, marker, {
      style: listStyle,
      length: paragraph?.children.length ?? 0,
    });
    const otherList = listStyle !== undefined && itemFamily(style) !== itemFamily(listStyle);
    if (point !== undefined && (indent >= SUBPOINT_INDENT.length || otherList)) {
      point.itemStyle ??= typed;
      point.children.push({ kind: 'subpoint', text: tokens(marker.rest.trim()), children: [] });
      continue;
    }
    if (
      paragraph === undefined ||
      (paragraph.children.length > 0 && (otherList || opensList(marker, style)))
    ) {
      paragraph = { kind: 'paragraph', text: '', children: [] };
      paragraphs.push(paragraph);
    }
    paragraph.itemStyle ??= style;
    point = { kind: 'point', text: tokens(marker.rest.trim()), children: [] };
    paragraph.children.push(point);
  }
  return paragraphs.map((paragraph) => closeUnit(paragraph, context.language));
}

/** A resolver of the article numbers the draft shows today. */
export function draftResolver(doc: DraftDocument, numbers: DraftNumbers): ReferenceResolver {
  return resolverOf(
    listDraftArticles(doc).map(
      (article) => [numbers.get(article.key)?.num ?? '', article.key] as const,
    ),
  );
}

/**
 * The inverse of `renderArticleBody`: typed wording read into units, "l'article 5" turned into
 * a token for the article numbered 5 today (`numbers`, computed when absent).
 *
 * @example parseArticleBody(draft, "Voir l'article 2.\na) un point")[0]?.children.length // 1
 */
export function parseArticleBody(
  doc: DraftDocument,
  body: string,
  numbers?: DraftNumbers,
): BodyUnit[] {
  const resolve = draftResolver(doc, numbers ?? numberDraft(doc));
  return readArticleBody(body, { numbering: doc.numbering, resolve, language: draftLanguage(doc) });
}

/**
 * Units turned into nodes. A unit at the place of a previous node of the same kind keeps its
 * key (and its `rev` when its words and children are unchanged), so editing an article does
 * not use up keys; new units get keys from `mint` and `rev`.
 */
export function bodyNodes(
  units: readonly BodyUnit[],
  context: {
    readonly previous: readonly DraftNode[];
    readonly mint: KeyMint;
    readonly rev: number;
  },
): DraftNode[] {
  return units.map((unit, index) => {
    const old = context.previous[index];
    const same = old?.kind === unit.kind ? old : undefined;
    // A new unit takes its key before its children, so keys follow document order.
    const key = same?.key ?? context.mint.key();
    const children = bodyNodes(unit.children, { ...context, previous: same?.children ?? [] });
    if (
      same !== undefined &&
      same.text === unit.text &&
      same.itemStyle === unit.itemStyle &&
      children.length === same.children.length &&
      children.every((child, at) => child === same.children[at])
    ) {
      return same;
    }
    return makeDraftNode({
      key,
      kind: unit.kind,
      text: unit.text,
      children,
      rev: context.rev,
      ...(unit.itemStyle === undefined ? {} : { itemStyle: unit.itemStyle }),
    });
  });
}
