import type { Numbering, WorkMeta } from '../model/legal-document.js';
import type { DraftItemStyle } from './item-style.js';

export type { DraftItemStyle } from './item-style.js';

/**
 * A draft law as the drafting committee edits it (DESIGN.md §2 "Draft").
 *
 * Unlike an imported `LegalDocument`, a draft does not store its numbers: articles, titles,
 * chapters, sections and items are numbered from their place in the tree every time the draft
 * is shown (`numberDraft`), so inserting, deleting or moving a unit renumbers the rest.
 * Every node has a stable `key` (`n1`, `n2`…, never reused) that survives renumbering, moves
 * and versions: links, comments, cross-references and the comparison of versions hold keys.
 *
 * A cross-reference to another article is stored in `text` as a token `{{art:KEY}}` and shown
 * with that article's current number, so "l'article {{art:n7}}" reads "l'article 5" today and
 * "l'article 6" after an article is inserted before it.
 */

export type DraftDivisionKind = 'title' | 'chapter' | 'section';
export type DraftSubdivisionKind = 'paragraph' | 'point' | 'subpoint';
export type DraftNodeKind = DraftDivisionKind | 'article' | DraftSubdivisionKind;

export const DRAFT_DIVISION_KINDS: readonly DraftDivisionKind[] = ['title', 'chapter', 'section'];
export const DRAFT_NODE_KINDS: readonly DraftNodeKind[] = [
  'title',
  'chapter',
  'section',
  'article',
  'paragraph',
  'point',
  'subpoint',
];

export interface DraftNode {
  /** Stable identity within the draft: `n12`. Never reused, kept across edits and versions. */
  readonly key: string;
  readonly kind: DraftNodeKind;
  /** The heading of a division or the title of an article; '' for paragraphs and items. */
  readonly heading: string;
  /** Own words, with cross-references as `{{art:KEY}}` tokens; '' for divisions. */
  readonly text: string;
  /** Divisions hold divisions and articles; articles hold paragraphs; paragraphs hold points… */
  readonly children: readonly DraftNode[];
  /** The draft's revision at which this node's heading, text, note, links or children last changed. */
  readonly rev: number;
  /** Articles: the recommendations (IDs) this article implements. [] elsewhere. */
  readonly recommendationIds: readonly string[];
  /** Articles: the catalogue obligations (`TIP.5.1`) this article implements. [] elsewhere. */
  readonly obligationIds: readonly string[];
  /** Articles of a generated outline still to be written; placeholders are left out of the analysis. */
  readonly placeholder: boolean;
  /** Articles copied from the law in force: the eId of the article copied; '' otherwise. */
  readonly origin: string;
  /** Articles: the drafter's commentary, the "comment" column of the comparative table. */
  readonly note: string;
  /**
   * Paragraphs: how their points are marked; points: how their subpoints are marked ("1°",
   * "(a)", "-"…), the style of the first item typed or copied. Absent: the language's default
   * (a) and i) in French, (a) and (i) in English), which is never stored.
   */
  readonly itemStyle?: DraftItemStyle;
}

export interface DraftDocument {
  /** `docType` is `bill`; title and language are the draft's. */
  readonly meta: WorkMeta;
  readonly numbering: Numbering;
  /** Visas and enacting formula, one entry per paragraph. */
  readonly preamble: readonly string[];
  readonly body: readonly DraftNode[];
  /** Final formula, signatures. */
  readonly conclusions: readonly string[];
  /** The number of the next key to give (`n${nextKey}`). */
  readonly nextKey: number;
  /**
   * The revision of the last edit that changed the number of an article already there
   * (an insert, delete, move or paste before it). An update whose wording cites articles by
   * number and was typed against an older revision is refused as a conflict, since the
   * numbers the drafter saw are no longer today's. Absent (drafts stored before): 0.
   */
  readonly numberingRevision?: number;
}

/**
 * One change to a draft, as the editor sends it. `body` is an article's wording as the editor
 * shows it (`renderArticleBody`): one paragraph per line, items as lines starting with their
 * marker ("a) …", "1° …", "i) …"), cross-references written as numbers ("l'article 5"),
 * which `parseArticleBody` turns back into tokens.
 */
export type DraftEdit =
  | {
      readonly op: 'insert';
      /** null: at the top of the body. */
      readonly parentKey: string | null;
      readonly index: number;
      readonly kind: DraftDivisionKind | 'article';
      readonly heading: string;
      readonly body: string;
    }
  | {
      readonly op: 'update';
      readonly key: string;
      readonly heading?: string;
      readonly body?: string;
      readonly note?: string;
    }
  | { readonly op: 'delete'; readonly key: string }
  | {
      readonly op: 'move';
      readonly key: string;
      readonly parentKey: string | null;
      readonly index: number;
    }
  | {
      readonly op: 'link';
      readonly key: string;
      readonly recommendationIds: readonly string[];
      readonly obligationIds: readonly string[];
    }
  | {
      /** Plain text parsed into divisions and articles (the importer's parser), inserted at a place. */
      readonly op: 'paste';
      readonly parentKey: string | null;
      readonly index: number;
      readonly text: string;
    }
  | {
      readonly op: 'meta';
      readonly title?: string;
      readonly shortTitle?: string;
      readonly preamble?: readonly string[];
      readonly conclusions?: readonly string[];
    };

export type DraftEditOp = DraftEdit['op'];

/**
 * An article reduced to what the comparative table needs, from a draft (`key` = node key) or
 * from a law (`key` = eId).
 */
export interface ComparableArticle {
  /** Identity: the node key in a draft, the eId in a law. */
  readonly key: string;
  /** A draft article copied from the law in force: that article's eId; '' otherwise. */
  readonly origin: string;
  /** As printed: "1er", "12", "12 bis". */
  readonly num: string;
  /** "Article 12", "Section 4". */
  readonly label: string;
  readonly heading: string;
  /** Labels and headings of the divisions above it, outermost first ("Titre II : Des peines"). */
  readonly path: readonly string[];
  /** The whole wording, one line per paragraph or item, cross-references as numbers. */
  readonly text: string;
  readonly placeholder: boolean;
  /** Draft articles: the drafter's commentary; '' for a law. */
  readonly note: string;
}
