import type { Article, Division, DivisionKind } from '../model/provision.js';
import { isConclusionStart } from './end-matter.js';
import { isMarginalNote, ownLineHeading } from './heading-lookahead.js';
import { isCapitals, isSameLineHeading, looksLikeHeading, nextFilled } from './heading-text.js';
import type { LineHeading } from './line-heading.js';
import type { ReadingStyle } from './line-classifier.js';
import type { LineToken, TokenList } from './line-token.js';
import { endsParagraph } from './paragraph-join.js';
import type { SourceLine } from './source-line.js';
import type { ArticleDraft, DivisionDraft } from './tree-drafts.js';
import { contentLine, freezeArticle, freezeDivision } from './tree-drafts.js';

/** The parts of a law the tree builder separates. */
export interface BuiltTree {
  /** Lines before the first heading: title block, explanatory note, preamble. */
  readonly front: SourceLine[];
  readonly body: (Division | Article)[];
  readonly annexes: Division[];
  /** Promulgation formula, place and date, signatures: one entry per line. */
  readonly conclusions: string[];
}

/** Nesting rank of divisions: a division closes every open one of the same or lower rank. */
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

/** Everything the builder knows while it walks the lines. */
interface TreeState {
  readonly tokens: TokenList;
  readonly style: ReadingStyle;
  readonly front: SourceLine[];
  readonly body: (DivisionDraft | ArticleDraft)[];
  readonly annexes: DivisionDraft[];
  readonly conclusions: SourceLine[];
  readonly stack: DivisionDraft[];
  article: ArticleDraft | undefined;
  phase: 'front' | 'body' | 'annex' | 'end';
  pendingNote: string;
  articles: number;
}

type DivisionHeading = Extract<LineHeading, { kind: 'division' }>;
type ArticleHeading = Extract<LineHeading, { kind: 'article' }>;

function attach(state: TreeState, node: DivisionDraft | ArticleDraft): void {
  const parent = state.stack[state.stack.length - 1];
  if (parent === undefined) state.body.push(node);
  else parent.children.push(node);
}

function divisionDraft(heading: DivisionHeading, source: SourceLine, text: string): DivisionDraft {
  const { division: kind, num } = heading;
  return { type: 'division', kind, num, heading: text, text: [], children: [], source };
}

/** Skips the "(Section 2)" line that says which sections refer to a schedule. */
function referenceLine(tokens: TokenList, index: number): number {
  const next = nextFilled(tokens, index + 1);
  const text = next.token?.type === 'text' ? next.token.source.text : '';
  return /^\((sections?|articles?|s\.|ss\.|regulations?|paragraphs?)\b[^)]{0,60}\)$/i.test(text)
    ? next.index
    : index;
}

/** Finishes the article being read, so its lines can be released. */
function closeArticle(state: TreeState): void {
  if (state.article !== undefined) freezeArticle(state.article, state.style.numbering);
}

/** Opens an annex or a division; returns the index of the last line it used. */
function startDivision(state: TreeState, heading: DivisionHeading, index: number): number {
  const source = state.tokens.at(index)?.source;
  if (source === undefined) return index;
  closeArticle(state);
  const reference = heading.division === 'annex' ? referenceLine(state.tokens, index) : index;
  const own =
    heading.rest === ''
      ? ownLineHeading(state.tokens, reference)
      : { text: heading.rest, consumed: index };
  const draft = divisionDraft(heading, source, own.text);
  if (heading.division === 'annex') {
    state.annexes.push(draft);
    state.phase = 'annex';
    return own.consumed;
  }
  const rank = RANK[heading.division];
  for (let top = state.stack.at(-1); top !== undefined && RANK[top.kind] >= rank;) {
    state.stack.pop();
    top = state.stack.at(-1);
  }
  attach(state, draft);
  state.stack.push(draft);
  state.article = undefined;
  state.phase = 'body';
  return own.consumed;
}

/** Opens an article; its heading is a marginal note, the words after its number, or the next line. */
function startArticle(state: TreeState, heading: ArticleHeading, index: number): number {
  const source = state.tokens.at(index)?.source;
  if (source === undefined) return index;
  closeArticle(state);
  const article: ArticleDraft = {
    type: 'article',
    num: heading.num,
    heading: heading.heading ?? state.pendingNote,
    lines: [],
    source,
    endLine: source.line,
  };
  state.pendingNote = '';
  state.article = article;
  state.articles++;
  state.phase = 'body';
  attach(state, article);
  const rest = heading.rest;
  const next = nextFilled(state.tokens, index + 1).token;
  const nextStartsUnit = next?.type === 'text' && !/^\p{Ll}/u.test(next.source.text);
  if (rest !== '' && isSameLineHeading(rest) && nextStartsUnit && article.heading === '') {
    article.heading = rest;
  } else if (rest !== '') {
    article.lines.push(contentLine(source, rest));
  } else {
    const own = ownLineHeading(state.tokens, index);
    if (own.text !== '' && !isCapitals(own.text)) {
      article.heading = own.text;
      return own.consumed;
    }
  }
  return index;
}

/** Words that make a line a sentence of law rather than a marginal note. */
const VERB = /\b(shall|may|must|is|are|has|have|means|includes)\b/;
/** Most words a marginal note printed after a section's first line may have. */
const MAX_NOTE_WORDS = 10;

/**
 * True when the line after a section's first line is its marginal note, as PDF extraction
 * leaves it: a markdown bullet, or in plain text a short capitalised phrase ending in a full
 * stop, without a verb, after a first line that ended its sentence ("Short title.").
 */
function isNoteAfterSection(state: TreeState, article: ArticleDraft, token: LineToken): boolean {
  const text = token.source.text;
  if (token.type !== 'text' || token.marker !== undefined || article.heading !== '') return false;
  if (article.lines.length > 1 || !looksLikeHeading(text)) return false;
  if (token.source.bullet === true) return /[.\p{L}]$/u.test(text);
  const first = article.lines[0]?.text ?? '';
  return (
    state.style.numbering === 'section' &&
    first !== '' &&
    endsParagraph(first) &&
    text.endsWith('.') &&
    text.split(' ').length <= MAX_NOTE_WORDS &&
    !VERB.test(text)
  );
}

/** Adds a text or blank line to the body: end matter, marginal note, or article content. */
function addLine(state: TreeState, index: number): void {
  const token = state.tokens.at(index);
  if (token === undefined) return;
  const { article } = state;
  const text = token.source.text;
  const lastLine = article?.lines[article.lines.length - 1]?.text ?? '';
  // An article whose heading line was just read ("Article 9 : Publication") has no words
  // yet: its first line is its text, even when it reads like end matter ("La présente loi
  // sera publiée…"), as the last article of a bill often does.
  const opened = article !== undefined && article.lines.every((line) => line.text === '');
  if (token.type === 'text' && state.articles > 0 && !opened && endsParagraph(lastLine)) {
    if (isConclusionStart(text)) {
      state.phase = 'end';
      state.conclusions.push(token.source);
      return;
    }
  }
  if (state.style.numbering === 'section' && isMarginalNote(state.tokens, index)) {
    state.pendingNote = text;
    return;
  }
  if (article === undefined) {
    state.stack.at(-1)?.text.push(text);
    return;
  }
  if (isNoteAfterSection(state, article, token)) {
    article.heading = text.replace(/\.$/, '');
    return;
  }
  const line = contentLine(token.source);
  const marker = token.type === 'text' ? token.marker : undefined;
  article.lines.push(marker === undefined ? line : { ...line, marker });
  if (token.type !== 'blank') article.endLine = token.source.line;
}

/** Handles one line according to the phase; returns the index of the last line it used. */
function step(state: TreeState, index: number): number {
  const token = state.tokens.at(index);
  if (token === undefined) return index;
  if (state.phase === 'front' && token.type !== 'heading') {
    const note = state.style.numbering === 'section' && isMarginalNote(state.tokens, index);
    if (note) state.pendingNote = token.source.text;
    else state.front.push(token.source);
    return index;
  }
  if (token.type === 'heading' && token.heading.kind === 'division') {
    const annex = token.heading.division === 'annex';
    if (!annex && state.phase === 'annex') return addToAnnex(state, index);
    if (!annex) reopenBody(state);
    return startDivision(state, token.heading, index);
  }
  if (state.phase === 'annex') return addToAnnex(state, index);
  if (token.type === 'heading' && token.heading.kind === 'article') {
    reopenBody(state);
    return startArticle(state, token.heading, index);
  }
  if (state.phase === 'end') state.conclusions.push(token.source);
  else addLine(state, index);
  return index;
}

/** Adds a line to the text of the annex being read. */
function addToAnnex(state: TreeState, index: number): number {
  const text = state.tokens.at(index)?.source.text;
  if (text !== undefined) state.annexes.at(-1)?.text.push(text);
  return index;
}

/** A heading after what looked like end matter: those lines were the article's after all. */
function reopenBody(state: TreeState): void {
  if (state.phase !== 'end') return;
  for (const line of state.conclusions.splice(0)) state.article?.lines.push(contentLine(line));
  state.phase = 'body';
}

/**
 * Builds the body of a law from classified lines: divisions nest by rank (book, part, title,
 * chapter, section, subsection), articles collect their content lines, schedules and annexes
 * go apart, and the end matter stops the last article. A heading's words may sit on its line
 * or the next; a Commonwealth marginal note may sit on the line before a section.
 */
export function buildTree(tokens: TokenList, style: ReadingStyle): BuiltTree {
  const state: TreeState = {
    tokens,
    style,
    front: [],
    body: [],
    annexes: [],
    conclusions: [],
    stack: [],
    article: undefined,
    phase: 'front',
    pendingNote: '',
    articles: 0,
  };
  for (let index = 0; index < tokens.length; index++) index = step(state, index);
  return {
    front: state.front,
    body: state.body.map((node) =>
      node.type === 'article'
        ? freezeArticle(node, style.numbering)
        : freezeDivision(node, style.numbering),
    ),
    annexes: state.annexes.map((node) => freezeDivision(node, style.numbering)),
    conclusions: state.conclusions.map((line) => line.text).filter((text) => text !== ''),
  };
}
