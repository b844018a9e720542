import { assignEIds } from '../model/eid.js';
import { LegalDocument } from '../model/legal-document.js';
import type { Provision } from '../model/provision.js';
import { Article, Division, Subdivision } from '../model/provision.js';
import { renderText } from './cross-references.js';
import type { DraftDocument, DraftNode } from './draft-document.js';
import type { DraftLanguage, DraftNumbers } from './draft-numbering.js';
import { draftLanguage, numberDraft } from './draft-numbering.js';
import { DASH_MARKERS } from './item-style.js';

/** Opens the text of a placeholder article kept in a document, so no reader takes it for law. */
export const PLACEHOLDER_MARKER: Readonly<Record<DraftLanguage, string>> = {
  fr: '[À rédiger]',
  en: '[To be drafted]',
};

export interface DraftToLegalOptions {
  /**
   * `omit`: placeholder articles are left out (the analysis must not count an outline's
   * "to be drafted" lines); `keep`: they stay, their text opening with "[À rédiger]".
   */
  readonly placeholders: 'omit' | 'keep';
}

/** The keys of a converted node and of its converted children, in the same order. */
interface KeyTree {
  readonly key: string;
  readonly children: readonly KeyTree[];
}

interface Converted<TNode extends Provision> {
  readonly node: TNode;
  readonly keys: KeyTree;
}

interface Conversion {
  readonly numbers: DraftNumbers;
  readonly options: DraftToLegalOptions;
  readonly marker: string;
}

/** A dash item is unnumbered in a law, as the parser reads one: its "-" is not its number. */
const numOf = (node: DraftNode, conversion: Conversion): string => {
  const num = conversion.numbers.get(node.key)?.num ?? '';
  return DASH_MARKERS.has(num) ? '' : num;
};

function subdivision(node: DraftNode, conversion: Conversion): Converted<Subdivision> {
  const children = node.children.map((child) => subdivision(child, conversion));
  return {
    node: Subdivision.create({
      // Only paragraphs, points and subpoints sit inside an article.
      kind: node.kind === 'point' || node.kind === 'subpoint' ? node.kind : 'paragraph',
      num: numOf(node, conversion),
      text: renderText(node.text, conversion.numbers),
      children: children.map((child) => child.node),
    }),
    keys: { key: node.key, children: children.map((child) => child.keys) },
  };
}

/**
 * An article as a law holds it. A lone unnumbered paragraph becomes the article's own text
 * with its points as children, the way the parser reads a one-alinéa article.
 */
function article(node: DraftNode, conversion: Conversion): Converted<Article> {
  let paragraphs = node.children.map((child) => subdivision(child, conversion));
  let text = renderText(node.text, conversion.numbers);
  const [only] = paragraphs;
  if (paragraphs.length === 1 && only !== undefined && only.node.num === '' && text === '') {
    text = only.node.text;
    paragraphs = only.node.children.map((child, index) => ({
      node: child,
      keys: only.keys.children[index] ?? { key: '', children: [] },
    }));
  }
  if (node.placeholder && !text.startsWith(conversion.marker)) {
    text = [conversion.marker, text].filter((part) => part !== '').join(' ');
  }
  return {
    node: Article.create({
      num: numOf(node, conversion),
      heading: node.heading,
      text,
      children: paragraphs.map((paragraph) => paragraph.node),
    }),
    keys: { key: node.key, children: paragraphs.map((paragraph) => paragraph.keys) },
  };
}

function bodyNodes(
  nodes: readonly DraftNode[],
  conversion: Conversion,
): Converted<Division | Article>[] {
  const out: Converted<Division | Article>[] = [];
  for (const node of nodes) {
    if (node.kind === 'article') {
      if (!node.placeholder || conversion.options.placeholders === 'keep') {
        out.push(article(node, conversion));
      }
      continue;
    }
    if (node.kind !== 'title' && node.kind !== 'chapter' && node.kind !== 'section') continue;
    const children = bodyNodes(node.children, conversion);
    out.push({
      node: Division.create({
        kind: node.kind,
        num: numOf(node, conversion),
        heading: node.heading,
        children: children.map((child) => child.node),
      }),
      keys: { key: node.key, children: children.map((child) => child.keys) },
    });
  }
  return out;
}

function collectEIds(
  provisions: readonly Provision[],
  keys: readonly KeyTree[],
  into: Map<string, string>,
): void {
  for (const [index, provision] of provisions.entries()) {
    const tree = keys[index];
    if (tree === undefined) continue;
    if (tree.key !== '') into.set(provision.eId, tree.key);
    collectEIds(provision.children, tree.children, into);
  }
}

/**
 * The draft as a `LegalDocument` (a `bill`): numbers filled in, references read as numbers,
 * eIds assigned; `keyOfEId` gives back the draft key of every unit by its eId, so findings of
 * an analysis run on the document can be traced to the draft's articles.
 *
 * @example draftToLegalDocument(draft, { placeholders: 'omit' }).keyOfEId.get('art_1') // 'n3'
 */
export function draftToLegalDocument(
  doc: DraftDocument,
  options: DraftToLegalOptions,
): { document: LegalDocument; keyOfEId: ReadonlyMap<string, string> } {
  const conversion: Conversion = {
    numbers: numberDraft(doc),
    options,
    marker: PLACEHOLDER_MARKER[draftLanguage(doc)],
  };
  const converted = bodyNodes(doc.body, conversion);
  const document = assignEIds(
    LegalDocument.create({
      meta: { ...doc.meta, docType: 'bill' },
      numbering: doc.numbering,
      preamble: doc.preamble,
      body: converted.map((entry) => entry.node),
      conclusions: doc.conclusions,
    }),
  );
  const keyOfEId = new Map<string, string>();
  collectEIds(
    document.body,
    converted.map((entry) => entry.keys),
    keyOfEId,
  );
  return { document, keyOfEId };
}
