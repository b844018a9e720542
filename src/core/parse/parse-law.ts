import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import { assignEIds } from '../model/eid.js';
import type { Numbering, WorkMeta } from '../model/legal-document.js';
import { EMPTY_META, LegalDocument, listArticles } from '../model/legal-document.js';
import { detectLanguage } from './detect-language.js';
import { readFrontMatter } from './front-matter.js';
import { joinHyphenation } from './hyphenation.js';
import { inferSections } from './inferred-sections.js';
import { chooseReadingStyle, classifyLines } from './line-classifier.js';
import { readMarkdownLines } from './markdown-lines.js';
import { checkNumbering } from './numbering-check.js';
import { repairItemLetters, repairOcrHeadings } from './ocr-repair.js';
import { repairRepeatedDivisions } from './repeated-division.js';
import { removePageFurniture } from './page-furniture.js';
import { recoverRunInArticles } from './run-in-document.js';
import type { SourceLine } from './source-line.js';
import { splitSourceLines } from './source-line.js';
import { skipTableOfContents } from './table-of-contents.js';
import type { BuiltTree } from './tree-builder.js';
import { buildTree } from './tree-builder.js';
import type { TokenList } from './line-token.js';
import { readWorkMeta } from './work-meta.js';

/** What the caller knows about the text before it is parsed. */
export interface ParseOptions {
  /** Language of the text; detected from the text when absent. */
  readonly language?: 'fr' | 'en';
  /** markdown: '#' heading markers and '- ' bullets as gazette-to-markdown converters emit them. */
  readonly format?: 'plain' | 'markdown';
  /** What the caller knows; the rest is read from the text (title, number, year, date) or left ''. */
  readonly meta?: Partial<WorkMeta>;
}

/** The parsed document, and every problem found or repaired on the way, as values. */
export interface ParseResult {
  readonly document: LegalDocument;
  readonly diagnostics: readonly Diagnostic[];
}

/** A line this long means the text lost its line breaks (PDF extraction). */
const RUN_TOGETHER_LINE = 1000;
/** Fewer articles than this in a text with run-together lines: look for run-in articles. */
const MIN_ARTICLES = 3;

function mergeMeta(read: Partial<WorkMeta>, options: ParseOptions, language: string): WorkMeta {
  const given = Object.fromEntries(
    Object.entries(options.meta ?? {}).filter(([, value]) => value !== undefined && value !== ''),
  );
  return { ...EMPTY_META, ...read, language, ...given };
}

function emptyResult(meta: WorkMeta): ParseResult {
  return {
    document: assignEIds(LegalDocument.create({ body: [], meta })),
    diagnostics: [diagnostic('empty-document', 'The text is empty: there is nothing to parse')],
  };
}

/** The numbering diagnostics, then 'no-articles' when the body has none. */
function closingDiagnostics(document: LegalDocument): Diagnostic[] {
  const articles = listArticles(document);
  if (articles.length === 0) {
    return [diagnostic('no-articles', 'No article or section heading was found in the text')];
  }
  return checkNumbering(articles, document.numbering === 'section' ? 'Section' : 'Article');
}

/** The lines of the text after gazette and OCR repair, and what was repaired. */
function readLines(
  text: string,
  markdown: boolean,
): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let lines = splitSourceLines(text);
  if (markdown) lines = readMarkdownLines(lines);
  for (const step of [
    removePageFurniture,
    repairOcrHeadings,
    repairItemLetters,
    repairRepeatedDivisions,
    joinHyphenation,
    skipTableOfContents,
  ]) {
    const result = step(lines);
    lines = result.lines;
    diagnostics.push(...result.diagnostics);
  }
  return { lines, diagnostics };
}

/** Classifies the lines and builds the tree; markdown that lost its numbers gets them by position. */
function readStructure(
  text: string,
  options: ParseOptions,
  language: 'fr' | 'en',
): { tree: BuiltTree; numbering: Numbering; runTogether: boolean; diagnostics: Diagnostic[] } {
  const markdown = options.format === 'markdown';
  const { lines, diagnostics } = readLines(text, markdown);
  const style = chooseReadingStyle(lines, language);
  const classified = classifyLines(lines, style);
  let tokens: TokenList = classified.tokens;
  if (markdown && classified.articleHeadings === 0) {
    const inferred = inferSections(tokens);
    if (inferred.count > 0) {
      tokens = inferred.tokens;
      diagnostics.push(
        diagnostic(
          'numbering-inferred',
          `Section numbers are missing: ${inferred.count} sections numbered by position`,
          { line: inferred.firstLine },
        ),
      );
    }
  }
  const runTogether = lines.some((line) => line.text.length >= RUN_TOGETHER_LINE);
  return { tree: buildTree(tokens, style), numbering: style.numbering, runTogether, diagnostics };
}

function parseText(text: string, options: ParseOptions): ParseResult {
  const language = options.language ?? detectLanguage(text);
  if (text.trim() === '') return emptyResult(mergeMeta({}, options, language));
  const { tree, runTogether, diagnostics, ...structure } = readStructure(text, options, language);
  const front = readFrontMatter(tree.front);
  let body = tree.body;
  let numbering = structure.numbering;
  if (runTogether && listArticles(LegalDocument.create({ body })).length < MIN_ARTICLES) {
    const recovered = recoverRunInArticles(text);
    if (recovered !== undefined) {
      body = recovered.articles;
      numbering = 'article';
      diagnostics.push(...recovered.diagnostics);
    }
  }
  const meta = mergeMeta(readWorkMeta(front.title, front.text), options, language);
  const document = assignEIds(
    LegalDocument.create({
      meta,
      numbering,
      preamble: front.preamble,
      explanatoryNote: front.explanatoryNote,
      body,
      conclusions: tree.conclusions,
      annexes: tree.annexes,
    }),
  );
  diagnostics.push(...closingDiagnostics(document));
  return { document, diagnostics };
}

/**
 * Parses the text of a national law into a structured, citable document: metadata, preamble,
 * divisions and articles (or Commonwealth sections) with their paragraphs and points, end
 * matter and annexes, every node with an eId and its source lines. Gazette and OCR damage is
 * repaired and reported; never throws, whatever the input.
 *
 * @example
 * const { document, diagnostics } = parseLaw('Article 1er : La présente loi…', { language: 'fr' });
 * listArticles(document)[0]?.eId // 'art_1'
 */
export function parseLaw(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseText(text, options);
  } catch (error) {
    // A bug must not take the caller down: report it as unreadable text instead.
    const meta = mergeMeta({}, options, options.language ?? '');
    return {
      document: assignEIds(LegalDocument.create({ body: [], meta })),
      diagnostics: [
        diagnostic('garbled-text', `The text could not be parsed: ${String(error)}`, {
          severity: 'error',
        }),
      ],
    };
  }
}
