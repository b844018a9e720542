import type { Article, Division, DivisionKind } from '../model/provision.js';
import { Article as ArticleNode, Division as DivisionNode } from '../model/provision.js';
import type { ContentLine } from './article-content.js';
import { buildArticleContent } from './article-content.js';
import { isConclusionStart } from './end-matter.js';
import { isPreambleStart } from './front-matter.js';
import { isCapitals, isSameLineHeading, looksLikeHeading, nextFilled } from './heading-text.js';
import type { ReadingStyle } from './line-classifier.js';
import type { LineToken } from './line-token.js';
import { endsParagraph, joinWrappedLines } from './paragraph-join.js';
import type { SourceLine } from './source-line.js';

/** The parts of a law the tree builder separates. */
export interface BuiltTree {
  /** Lines before the first heading: title block, explanatory note, preamble. */
  readonly front: SourceLine[];
  readonly body: (Division | Article)[];
  readonly annexes: Division[];
  /** Promulgation formula, place and date, signatures: one entry per line. */
  readonly conclusions: string[];
}

const RANK: Readonly<Record<DivisionKind, number>> = {
  book: 0,
  part: 1,
  title: 2,
  chapter: 3,
  division: 4,
  section: 4,
  subsection: 5,
  annex: 0,
};

interface ArticleDraft {
  readonly type: 'article';
  readonly num: string;
  heading: string;
  readonly lines: ContentLine[];
  readonly source: SourceLine;
  endLine: number;
}

interface DivisionDraft {
  readonly type: 'division';
  readonly kind: DivisionKind;
  readonly num: string;
  readonly heading: string;
  readonly text: string[];
  readonly children: (DivisionDraft | ArticleDraft)[];
  readonly source: SourceLine;
}

function contentLine(source: SourceLine, text: string = source.text): ContentLine {
  return { text, line: source.line, page: source.page, bullet: source.bullet };
}

function freezeArticle(draft: ArticleDraft, style: ReadingStyle): Article {
  const content = buildArticleContent(draft.lines, style.numbering);
  return ArticleNode.create({
    num: draft.num,
    heading: draft.heading,
    text: content.text,
    wrapUp: content.wrapUp,
    children: content.children,
    span: { startLine: draft.source.line, endLine: draft.endLine, page: draft.source.page },
  });
}

function freezeDivision(draft: DivisionDraft, style: ReadingStyle): Division {
  const children = draft.children.map((child) =>
    child.type === 'article' ? freezeArticle(child, style) : freezeDivision(child, style),
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
    span: {
      startLine: draft.source.line,
      endLine,
      page: draft.source.page,
    },
  });
}

/**
 * Builds the body of a law from classified lines: divisions nest by rank (book, part, title,
 * chapter, section, subsection), articles collect their content lines, schedules and annexes
 * go apart, and the end matter stops the last article. A heading's words may sit on its line
 * or the next; a Commonwealth marginal note may sit on the line before a section.
 */
export function buildTree(tokens: readonly LineToken[], style: ReadingStyle): BuiltTree {
  const front: SourceLine[] = [];
  const body: (DivisionDraft | ArticleDraft)[] = [];
  const annexes: DivisionDraft[] = [];
  const conclusions: SourceLine[] = [];
  const stack: DivisionDraft[] = [];
  let article: ArticleDraft | undefined;
  let phase: 'front' | 'body' | 'annex' | 'end' = 'front';
  let pendingNote = '';
  let articles = 0;

  const attach = (node: DivisionDraft | ArticleDraft): void => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) body.push(node);
    else parent.children.push(node);
  };
  const ownLineHeading = (index: number): { text: string; consumed: number } => {
    const next = nextFilled(tokens, index + 1);
    const after = nextFilled(tokens, next.index + 1).token;
    if (next.token?.type !== 'text' || next.token.marker !== undefined)
      return { text: '', consumed: index };
    const text = next.token.source.text;
    const fits = isCapitals(text) || (looksLikeHeading(text) && !text.endsWith('.'));
    return fits && after !== undefined && after.type !== 'blank' && !isPreambleStart(text)
      ? { text, consumed: next.index }
      : { text: '', consumed: index };
  };
  const isMarginalNote = (index: number, token: LineToken): boolean => {
    if (style.numbering !== 'section' || token.type !== 'text' || token.marker !== undefined)
      return false;
    const text = token.source.text;
    if (!looksLikeHeading(text) || text.endsWith(':') || isPreambleStart(text)) return false;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    return (
      (previous === undefined ||
        previous.type === 'blank' ||
        (previous.type === 'heading' && previous.heading.kind === 'division')) &&
      next?.type === 'heading' &&
      next.heading.kind === 'article' &&
      !isSameLineHeading(next.heading.rest)
    );
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (phase === 'front' && isMarginalNote(index, token)) {
      pendingNote = token.source.text;
      continue;
    }
    if (phase === 'front' && token.type !== 'heading') {
      front.push(token.source);
      continue;
    }
    if (
      token.type === 'heading' &&
      token.heading.kind === 'division' &&
      token.heading.division === 'annex'
    ) {
      const own =
        token.heading.rest === ''
          ? ownLineHeading(index)
          : { text: token.heading.rest, consumed: index };
      index = own.consumed;
      annexes.push({
        type: 'division',
        kind: 'annex',
        num: token.heading.num,
        heading: own.text,
        text: [],
        children: [],
        source: token.source,
      });
      phase = 'annex';
      continue;
    }
    if (phase === 'annex') {
      annexes[annexes.length - 1]?.text.push(token.source.text);
      continue;
    }
    if (phase === 'end' && token.type !== 'heading') {
      conclusions.push(token.source);
      continue;
    }
    if (phase === 'end') {
      for (const line of conclusions.splice(0)) article?.lines.push(contentLine(line));
    }
    phase = 'body';
    if (token.type === 'heading' && token.heading.kind === 'division') {
      const own =
        token.heading.rest === ''
          ? ownLineHeading(index)
          : { text: token.heading.rest, consumed: index };
      index = own.consumed;
      const rank = RANK[token.heading.division];
      while (
        stack[stack.length - 1] !== undefined &&
        RANK[stack[stack.length - 1]?.kind ?? 'book'] >= rank
      )
        stack.pop();
      const division: DivisionDraft = {
        type: 'division',
        kind: token.heading.division,
        num: token.heading.num,
        heading: own.text,
        text: [],
        children: [],
        source: token.source,
      };
      attach(division);
      stack.push(division);
      article = undefined;
      continue;
    }
    if (token.type === 'heading') {
      const known = token.heading.kind === 'article' ? token.heading.heading : undefined;
      article = {
        type: 'article',
        num: token.heading.num,
        heading: known ?? pendingNote,
        lines: [],
        source: token.source,
        endLine: token.source.line,
      };
      pendingNote = '';
      articles++;
      attach(article);
      const rest = token.heading.rest;
      const next = nextFilled(tokens, index + 1).token;
      const nextStartsUnit = next?.type === 'text' && !/^\p{Ll}/u.test(next.source.text);
      if (rest !== '' && isSameLineHeading(rest) && nextStartsUnit && article.heading === '') {
        article.heading = rest;
      } else if (rest !== '') {
        article.lines.push(contentLine(token.source, rest));
      } else if (style.numbering === 'article') {
        const own = ownLineHeading(index);
        if (own.text !== '' && !isCapitals(own.text)) {
          article.heading = own.text;
          index = own.consumed;
        }
      }
      continue;
    }
    const text = token.source.text;
    const previousEnds =
      article === undefined ||
      article.lines.length === 0 ||
      endsParagraph(article.lines[article.lines.length - 1]?.text ?? '');
    if (token.type === 'text' && articles > 0 && previousEnds && isConclusionStart(text)) {
      phase = 'end';
      conclusions.push(token.source);
      continue;
    }
    if (isMarginalNote(index, token)) {
      pendingNote = text;
      continue;
    }
    if (article === undefined) {
      stack[stack.length - 1]?.text.push(text);
      continue;
    }
    if (
      token.type === 'text' &&
      token.source.bullet &&
      article.heading === '' &&
      article.lines.length <= 1 &&
      looksLikeHeading(text) &&
      /[.\p{L}]$/u.test(text)
    ) {
      article.heading = text.replace(/\.$/, '');
      continue;
    }
    article.lines.push(
      token.type === 'text'
        ? {
            ...contentLine(token.source),
            ...(token.marker === undefined ? {} : { marker: token.marker }),
          }
        : contentLine(token.source),
    );
    if (token.type !== 'blank') article.endLine = token.source.line;
  }
  return {
    front,
    body: body.map((node) =>
      node.type === 'article' ? freezeArticle(node, style) : freezeDivision(node, style),
    ),
    annexes: annexes.map((node) => freezeDivision(node, style)),
    conclusions: conclusions.map((line) => line.text).filter((text) => text !== ''),
  };
}
