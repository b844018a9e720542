/**
 * The document tree: kind-tagged immutable nodes.
 *
 * - A Division groups articles: book, part, title, chapter, section (a French "Section"
 *   grouping articles), subsection ("Sous-section"), division, annex.
 * - An Article is the citable unit: "Article 12" in a civil-law text, "section 12" in a
 *   Commonwealth act (the document's `numbering` tells which).
 * - A Subdivision sits inside an article: `paragraph` (an alinéa, or a Commonwealth
 *   subsection "(1)"), `point` ("a)", "1°", "(a)"), `subpoint` ("(i)").
 *
 * Every node has its own text (`text`: the words before its children, or all of its words
 * when it has none) and `wrapUp` (words after its children). Parsers build nodes with an
 * empty eId; `assignEIds` gives every node its Akoma Ntoso eId.
 */

export type DivisionKind =
  'book' | 'part' | 'title' | 'chapter' | 'section' | 'subsection' | 'division' | 'annex';
export type SubdivisionKind = 'paragraph' | 'point' | 'subpoint';
export type ProvisionKind = DivisionKind | 'article' | SubdivisionKind;

/** Where a node came from in the parsed text (1-based, inclusive lines), and its page if known. */
export interface SourceSpan {
  readonly startLine: number;
  readonly endLine: number;
  readonly page?: number;
}

interface NodeBase {
  /** Akoma Ntoso eId, e.g. `chp_2__art_12__para_2`; empty until `assignEIds`. */
  readonly eId: string;
  /** The number as printed, without the label: "1er", "12", "II", "(a)", "2 bis"; '' when unnumbered. */
  readonly num: string;
  /** The heading or marginal note: "Définitions", "Interpretation"; '' when none. */
  readonly heading: string;
  readonly text: string;
  readonly wrapUp: string;
  readonly span?: SourceSpan;
}

export interface Division extends NodeBase {
  readonly kind: DivisionKind;
  readonly children: readonly (Division | Article)[];
}

export interface Article extends NodeBase {
  readonly kind: 'article';
  readonly children: readonly Subdivision[];
}

export interface Subdivision extends NodeBase {
  readonly kind: SubdivisionKind;
  readonly children: readonly Subdivision[];
}

export type Provision = Division | Article | Subdivision;

type NodeInput<TNode extends Provision> = Omit<Partial<TNode>, 'kind' | 'children'> & {
  readonly kind: TNode['kind'];
  readonly children?: TNode['children'];
};

function freezeNode<TNode extends Provision>(input: NodeInput<TNode>): TNode {
  // The defaults fill every field of NodeBase and kind/children come from input: a whole TNode.
  return Object.freeze({
    eId: '',
    num: '',
    heading: '',
    text: '',
    wrapUp: '',
    ...input,
    children: Object.freeze([...(input.children ?? [])]),
  }) as unknown as TNode;
}

const DIVISION_KINDS: ReadonlySet<string> = new Set<DivisionKind>([
  'book',
  'part',
  'title',
  'chapter',
  'section',
  'subsection',
  'division',
  'annex',
]);
const SUBDIVISION_KINDS: ReadonlySet<string> = new Set<SubdivisionKind>([
  'paragraph',
  'point',
  'subpoint',
]);

export const Division = Object.freeze({
  create: (input: NodeInput<Division>): Division => freezeNode(input),
  is: (node: Provision): node is Division => DIVISION_KINDS.has(node.kind),
});

export const Article = Object.freeze({
  create: (input: Omit<NodeInput<Article>, 'kind'>): Article =>
    freezeNode<Article>({ ...input, kind: 'article' }),
  is: (node: Provision): node is Article => node.kind === 'article',
});

export const Subdivision = Object.freeze({
  create: (input: NodeInput<Subdivision>): Subdivision => freezeNode(input),
  is: (node: Provision): node is Subdivision => SUBDIVISION_KINDS.has(node.kind),
});
