import type { Numbering } from '../model/legal-document.js';
import type { Article, Division, DivisionKind, Subdivision } from '../model/provision.js';
import type { BodyUnit } from './article-body.js';
import { bodyNodes } from './article-body.js';
import { resolverOf, tokenizeReferences } from './cross-references.js';
import type { DraftDivisionKind, DraftNode, DraftNodeKind } from './draft-document.js';
import type { DraftLanguage } from './draft-numbering.js';
import type { DraftItemStyle } from './item-style.js';
import { printedItemStyle, storedItemStyle } from './item-style.js';
import type { KeyMint } from './draft-tree.js';
import { canContain, makeDraftNode } from './draft-tree.js';

/**
 * The body of a parsed or imported law turned into draft nodes: for a copy of the law in force
 * (`draftFromLaw`) and for pasted text (`paste`). Numbers are dropped (the draft computes its
 * own) and "article N" mentions of the law's own articles become tokens.
 *
 * A draft knows titles, chapters and sections: books and parts become titles, subsections and
 * divisions become sections; a division that cannot sit where it lands takes the next lower
 * kind that can, and when none can (a chapter inside a section) its articles are lifted into
 * the parent. An article's own words, paragraphs and closing words become paragraphs; points
 * straight under an article join its last paragraph; deeper items become subpoints.
 */

export interface LegalTreeContext {
  /** Kind of the unit the nodes go into; null: the top of the body. */
  readonly parentKind: DraftDivisionKind | null;
  /** The draft's numbering: paragraphs keep their printed "(1)" only in `article` numbering. */
  readonly numbering: Numbering;
  /** The numbering of the text read: "section 5" is a reference only in a section-numbered text. */
  readonly sourceNumbering: Numbering;
  /** The draft's language: item styles that are its default are not stored. */
  readonly language: DraftLanguage;
  readonly mint: KeyMint;
  readonly rev: number;
  /** Keep each article's eId as its `origin` (a copy of the law in force). */
  readonly keepOrigin: boolean;
}

const DRAFT_KIND: Readonly<Record<DivisionKind, DraftDivisionKind | null>> = {
  book: 'title',
  part: 'title',
  title: 'title',
  chapter: 'chapter',
  section: 'section',
  subsection: 'section',
  division: 'section',
  annex: null,
};
const LOWER_KINDS: readonly DraftDivisionKind[] = ['title', 'chapter', 'section'];

function fittingKind(
  wanted: DraftDivisionKind,
  parent: DraftNodeKind | null,
): DraftDivisionKind | undefined {
  const from = LOWER_KINDS.indexOf(wanted);
  return LOWER_KINDS.slice(from).find((kind) => canContain(parent, kind));
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface OpenUnit {
  kind: BodyUnit['kind'];
  text: string;
  children: OpenUnit[];
  itemStyle?: DraftItemStyle;
}

function closeUnit(unit: OpenUnit, language: DraftLanguage): BodyUnit {
  const itemStyle = storedItemStyle(
    unit.itemStyle,
    unit.kind === 'paragraph' ? 'point' : 'subpoint',
    language,
  );
  return {
    kind: unit.kind,
    text: unit.text,
    children: unit.children.map((child) => closeUnit(child, language)),
    ...(itemStyle === undefined ? {} : { itemStyle }),
  };
}

/**
 * The paragraphs, points and subpoints of an article of a law. Each list keeps the style of
 * its first item as the law prints it ("1°", "(a)", an unnumbered dash item), so the copy
 * reads as the law does.
 */
function articleUnits(article: Article, numbering: Numbering, language: DraftLanguage): BodyUnit[] {
  const paragraphs: OpenUnit[] = [];
  const paragraph = (text: string): OpenUnit => {
    const unit: OpenUnit = { kind: 'paragraph', text: clean(text), children: [] };
    paragraphs.push(unit);
    return unit;
  };
  /** Items under a point, at any depth, become its subpoints; the first sets their style. */
  const subpoints = (node: Subdivision, into: OpenUnit): void => {
    for (const child of node.children) {
      if (into.children.length === 0) into.itemStyle = printedItemStyle(child.num);
      into.children.push({ kind: 'subpoint', text: clean(child.text), children: [] });
      subpoints(child, into);
      if (child.wrapUp !== '')
        into.children.push({ kind: 'subpoint', text: clean(child.wrapUp), children: [] });
    }
  };
  const point = (node: Subdivision): void => {
    const holder = paragraphs.at(-1) ?? paragraph('');
    const unit: OpenUnit = { kind: 'point', text: clean(node.text), children: [] };
    if (holder.children.length === 0) holder.itemStyle = printedItemStyle(node.num);
    holder.children.push(unit);
    subpoints(node, unit);
    if (node.wrapUp !== '') paragraph(node.wrapUp);
  };
  if (article.text !== '') paragraph(article.text);
  for (const child of article.children) {
    if (child.kind !== 'paragraph') {
      point(child);
      continue;
    }
    // Paragraph numbers are computed in a section-numbered draft; elsewhere "(1)" is the drafter's.
    const printed = numbering === 'article' && child.num !== '' ? `${child.num} ` : '';
    paragraph(printed + child.text);
    for (const item of child.children) point(item);
    if (child.wrapUp !== '') paragraph(child.wrapUp);
  }
  if (article.wrapUp !== '') paragraph(article.wrapUp);
  return paragraphs.map((unit) => closeUnit(unit, language));
}

function convert(
  nodes: readonly (Division | Article)[],
  context: LegalTreeContext,
  articles: [string, string][],
): DraftNode[] {
  const out: DraftNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'article') {
      const key = context.mint.key();
      articles.push([node.num, key]);
      const units = articleUnits(node, context.numbering, context.language);
      out.push(
        makeDraftNode({
          key,
          kind: 'article',
          heading: clean(node.heading),
          children: bodyNodes(units, { previous: [], mint: context.mint, rev: context.rev }),
          origin: context.keepOrigin ? node.eId : '',
          rev: context.rev,
        }),
      );
      continue;
    }
    const wanted = DRAFT_KIND[node.kind];
    const kind = wanted === null ? undefined : fittingKind(wanted, context.parentKind);
    if (kind === undefined) {
      out.push(...convert(node.children, context, articles));
      continue;
    }
    const key = context.mint.key();
    const children = convert(node.children, { ...context, parentKind: kind }, articles);
    out.push(
      makeDraftNode({ key, kind, heading: clean(node.heading), children, rev: context.rev }),
    );
  }
  return out;
}

function tokenizeTree(
  nodes: readonly DraftNode[],
  tokenize: (text: string) => string,
): DraftNode[] {
  return nodes.map((node) => ({
    ...node,
    text: node.text === '' ? '' : tokenize(node.text),
    children: tokenizeTree(node.children, tokenize),
  }));
}

/**
 * The law's divisions and articles as draft nodes with fresh keys from `context.mint`;
 * references to the law's own articles ("l'article 5", by its printed number) become tokens.
 *
 * @example legalTreeToDraft(law.body, { parentKind: null, numbering: 'article', sourceNumbering: 'article', mint, rev: 0, keepOrigin: true })
 */
export function legalTreeToDraft(
  nodes: readonly (Division | Article)[],
  context: LegalTreeContext,
): DraftNode[] {
  const articles: [string, string][] = [];
  const converted = convert(nodes, context, articles);
  const resolve = resolverOf(articles);
  const cites = context.numbering === 'section' ? 'section' : context.sourceNumbering;
  return tokenizeTree(converted, (text) => tokenizeReferences(text, cites, resolve));
}
