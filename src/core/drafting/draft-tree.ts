import type { DraftDocument, DraftNode, DraftNodeKind } from './draft-document.js';

/**
 * Reading and rebuilding the draft's tree: finding a node, listing articles, replacing a node
 * or a children list without touching the rest (unchanged branches are shared, not copied).
 */

/** What a new node needs; everything else takes its empty value. */
export type DraftNodeInput = Partial<DraftNode> & Pick<DraftNode, 'key' | 'kind' | 'rev'>;

/** A node with every field filled: `heading`, `text`, `note`, `origin` '', no links, no children. */
export function makeDraftNode(input: DraftNodeInput): DraftNode {
  return {
    heading: '',
    text: '',
    children: [],
    recommendationIds: [],
    obligationIds: [],
    placeholder: false,
    origin: '',
    note: '',
    ...input,
  };
}

/** Hands out the keys `n1`, `n2`… from the document's counter; `nextKey` is what to store after. */
export class KeyMint {
  #next: number;

  constructor(nextKey: number) {
    this.#next = nextKey;
  }

  key(): string {
    const key = `n${this.#next}`;
    this.#next += 1;
    return key;
  }

  get nextKey(): number {
    return this.#next;
  }
}

/** Every node of the draft, depth first, in document order. */
export function* walkDraft(nodes: readonly DraftNode[]): Generator<DraftNode> {
  for (const node of nodes) {
    yield node;
    yield* walkDraft(node.children);
  }
}

/**
 * The node with this key, or undefined.
 *
 * @example findDraftNode(draft, 'n7')?.kind // 'article'
 */
export function findDraftNode(doc: DraftDocument, key: string): DraftNode | undefined {
  for (const node of walkDraft(doc.body)) if (node.key === key) return node;
  return undefined;
}

/** The articles of the draft in order, wherever they sit (top level or inside divisions). */
export function listDraftArticles(doc: DraftDocument): DraftNode[] {
  const articles: DraftNode[] = [];
  const visit = (nodes: readonly DraftNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'article') articles.push(node);
      else if (isDivisionKind(node.kind)) visit(node.children);
    }
  };
  visit(doc.body);
  return articles;
}

/** Where a node sits: its parent (null at the top), its index there and its ancestors, outermost first. */
export interface DraftPlace {
  readonly node: DraftNode;
  readonly parent: DraftNode | null;
  readonly index: number;
  readonly ancestors: readonly DraftNode[];
}

/** The place of the node with this key, or undefined. */
export function locateDraftNode(doc: DraftDocument, key: string): DraftPlace | undefined {
  const visit = (nodes: readonly DraftNode[], ancestors: DraftNode[]): DraftPlace | undefined => {
    for (const [index, node] of nodes.entries()) {
      if (node.key === key) {
        return { node, parent: ancestors.at(-1) ?? null, index, ancestors: [...ancestors] };
      }
      const found = visit(node.children, [...ancestors, node]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(doc.body, []);
}

/** The list with the node of this key replaced by what `replace` returns; other branches shared. */
export function replaceDraftNode(
  nodes: readonly DraftNode[],
  key: string,
  replace: (node: DraftNode) => DraftNode,
): readonly DraftNode[] {
  let changed = false;
  const next = nodes.map((node) => {
    if (changed) return node;
    if (node.key === key) {
      changed = true;
      return replace(node);
    }
    const children = replaceDraftNode(node.children, key, replace);
    if (children === node.children) return node;
    changed = true;
    return { ...node, children };
  });
  return changed ? next : nodes;
}

/**
 * The document with the children list of `parentKey` (null: the body) replaced; the parent
 * takes `rev` because its list of children changed.
 */
export function replaceChildren(
  doc: DraftDocument,
  parentKey: string | null,
  update: { children: (children: readonly DraftNode[]) => readonly DraftNode[]; rev: number },
): DraftDocument {
  if (parentKey === null) return { ...doc, body: update.children(doc.body) };
  const body = replaceDraftNode(doc.body, parentKey, (parent) => ({
    ...parent,
    children: update.children(parent.children),
    rev: update.rev,
  }));
  return { ...doc, body };
}

const DIVISIONS: ReadonlySet<DraftNodeKind> = new Set(['title', 'chapter', 'section']);

export function isDivisionKind(kind: DraftNodeKind): boolean {
  return DIVISIONS.has(kind);
}

/** Depth of each kind: a unit holds only kinds deeper than its own (divisions may skip levels). */
const RANK: Readonly<Record<DraftNodeKind, number>> = {
  title: 0,
  chapter: 1,
  section: 2,
  article: 3,
  paragraph: 4,
  point: 5,
  subpoint: 6,
};

/**
 * Whether a unit of `child` kind may sit directly in `parent` (null: the top of the body).
 * Titles hold chapters, sections and articles; chapters hold sections and articles; sections
 * hold articles; articles hold paragraphs, paragraphs points, points subpoints.
 */
export function canContain(parent: DraftNodeKind | null, child: DraftNodeKind): boolean {
  if (parent === null) return isDivisionKind(child) || child === 'article';
  if (isDivisionKind(parent)) {
    return child === 'article' || (isDivisionKind(child) && RANK[child] > RANK[parent]);
  }
  return RANK[child] === RANK[parent] + 1 && !isDivisionKind(child) && child !== 'article';
}
