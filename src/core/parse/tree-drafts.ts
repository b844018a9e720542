import type { Numbering } from '../model/legal-document.js';
import type { Article, Division, DivisionKind } from '../model/provision.js';
import { Article as ArticleNode, Division as DivisionNode } from '../model/provision.js';
import type { ContentLine } from './article-content.js';
import { buildArticleContent } from './article-content.js';
import { joinWrappedLines } from './paragraph-join.js';
import type { SourceLine } from './source-line.js';

/** An article while its lines are being collected. */
export interface ArticleDraft {
  readonly type: 'article';
  readonly num: string;
  heading: string;
  readonly lines: ContentLine[];
  readonly source: SourceLine;
  endLine: number;
  /** The finished article, once closed; its lines are then released. */
  done?: Article;
}

/** A division (or annex) while its children are being collected. */
export interface DivisionDraft {
  readonly type: 'division';
  readonly kind: DivisionKind;
  readonly num: string;
  readonly heading: string;
  /** Words between the heading and the first article; an annex's whole text. */
  readonly text: string[];
  readonly children: (DivisionDraft | ArticleDraft)[];
  readonly source: SourceLine;
}

/** The content line of a source line, with the layout's marker when there is one. */
export function contentLine(source: SourceLine, text: string = source.text): ContentLine {
  return { text, line: source.line, page: source.page, bullet: source.bullet === true };
}

/**
 * Turns an article draft into an immutable Article with its subdivisions, once: the lines
 * are released afterwards so that a long law never holds every line and every node at once.
 */
export function freezeArticle(draft: ArticleDraft, numbering: Numbering): Article {
  if (draft.done !== undefined) return draft.done;
  draft.done = buildArticle(draft, numbering);
  draft.lines.length = 0;
  return draft.done;
}

function buildArticle(draft: ArticleDraft, numbering: Numbering): Article {
  const content = buildArticleContent(draft.lines, numbering);
  return ArticleNode.create({
    num: draft.num,
    heading: draft.heading,
    text: content.text,
    wrapUp: content.wrapUp,
    children: content.children,
    span: { startLine: draft.source.line, endLine: draft.endLine, page: draft.source.page },
  });
}

/** Turns a division draft and its children into immutable nodes; its span covers its children. */
export function freezeDivision(draft: DivisionDraft, numbering: Numbering): Division {
  const children = draft.children.map((child) =>
    child.type === 'article' ? freezeArticle(child, numbering) : freezeDivision(child, numbering),
  );
  const endLine = children.reduce(
    (last, child) => Math.max(last, child.span?.endLine ?? 0),
    draft.source.line,
  );
  return DivisionNode.create({
    kind: draft.kind,
    num: draft.num,
    heading: draft.heading,
    text: joinWrappedLines(draft.text).join('\n'),
    children,
    span: { startLine: draft.source.line, endLine, page: draft.source.page },
  });
}
