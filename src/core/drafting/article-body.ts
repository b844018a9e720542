import type { Numbering } from '../model/legal-document.js';
import type { ItemMarker } from '../parse/item-marker.js';
import { readItemMarker } from '../parse/item-marker.js';
import type { DraftDocument, DraftNode, DraftSubdivisionKind } from './draft-document.js';
import type { DraftNumbers } from './draft-numbering.js';
import { numberDraft } from './draft-numbering.js';
import type { ReferenceResolver } from './cross-references.js';
import { renderText, resolverOf, tokenizeReferences } from './cross-references.js';
import type { KeyMint } from './draft-tree.js';
import { findDraftNode, listDraftArticles, makeDraftNode } from './draft-tree.js';

/**
 * An article's wording as the editor shows and takes it: one paragraph per line, points as
 * lines opening with their marker ("a) …", "(a) …", "1° …"), subpoints indented ("  i) …").
 * Numbers of points are computed, so the marker typed only says "this is a point".
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
}

const SUBPOINT_INDENT = '  ';

/** The lines of an article's wording, numbers and references as they read today. */
export function articleBodyLines(
  article: DraftNode,
  numbers: DraftNumbers,
  options: { readonly indent: boolean } = { indent: true },
): string[] {
  const lines: string[] = [];
  const visit = (node: DraftNode): void => {
    const num = node.kind === 'article' ? '' : (numbers.get(node.key)?.num ?? '');
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
}

/** The marker without its brackets: "(a)" → "a", "1°" → "1". */
function bareToken(marker: ItemMarker): string {
  return marker.num.replace(/[()°º]/g, '');
}

/** The letter that comes before a roman-looking point letter: "i)" after "h)" is a point. */
const LETTER_BEFORE: Readonly<Record<string, string>> = { i: 'h', v: 'u', x: 'w' };

function isSubpoint(marker: ItemMarker, indent: number, pointCount: number): boolean {
  if (indent >= SUBPOINT_INDENT.length) return true;
  if (marker.style !== 'roman') return false;
  const before = LETTER_BEFORE[bareToken(marker)];
  const previousLetter = String.fromCharCode(96 + pointCount);
  // "i)" right after "h)" continues the letters; anywhere else it opens a subpoint.
  return !(before !== undefined && before === previousLetter);
}

/** Reads typed wording into paragraphs, points and subpoints; references become tokens. */
export function readArticleBody(
  body: string,
  context: { readonly numbering: Numbering; readonly resolve: ReferenceResolver },
): BodyUnit[] {
  const paragraphs: OpenUnit[] = [];
  let point: OpenUnit | undefined;
  const tokens = (text: string): string =>
    tokenizeReferences(text, context.numbering, context.resolve);
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const indent = raw.length - raw.trimStart().length;
    const marker = readItemMarker(line);
    if (marker === undefined || (marker.style === 'number' && marker.bracketedNumber)) {
      const text = marker !== undefined && context.numbering === 'section' ? marker.rest : line;
      paragraphs.push({ kind: 'paragraph', text: tokens(text.trim()), children: [] });
      point = undefined;
      continue;
    }
    let paragraph = paragraphs.at(-1);
    if (point !== undefined && isSubpoint(marker, indent, paragraph?.children.length ?? 0)) {
      point.children.push({ kind: 'subpoint', text: tokens(marker.rest.trim()), children: [] });
      continue;
    }
    const restarts = ['a', '1'].includes(bareToken(marker));
    if (paragraph === undefined || (restarts && paragraph.children.length > 0)) {
      paragraph = { kind: 'paragraph', text: '', children: [] };
      paragraphs.push(paragraph);
    }
    point = { kind: 'point', text: tokens(marker.rest.trim()), children: [] };
    paragraph.children.push(point);
  }
  return paragraphs;
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
  return readArticleBody(body, { numbering: doc.numbering, resolve });
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
    });
  });
}
