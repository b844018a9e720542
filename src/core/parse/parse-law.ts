import type { Diagnostic } from '../errors.js';
import { diagnostic } from '../errors.js';
import { assignEIds } from '../model/eid.js';
import type { WorkMeta } from '../model/legal-document.js';
import { EMPTY_META, LegalDocument, listArticles } from '../model/legal-document.js';
import { detectLanguage } from './detect-language.js';
import { readFrontMatter } from './front-matter.js';
import { joinHyphenation } from './hyphenation.js';
import { inferSections } from './inferred-sections.js';
import { chooseReadingStyle, classifyLines } from './line-classifier.js';
import { readMarkdownLines } from './markdown-lines.js';
import { checkNumbering } from './numbering-check.js';
import { repairOcrHeadings } from './ocr-repair.js';
import { removePageFurniture } from './page-furniture.js';
import { recoverRunInArticles } from './run-in-document.js';
import { splitSourceLines } from './source-line.js';
import { skipTableOfContents } from './table-of-contents.js';
import { buildTree } from './tree-builder.js';
import { readWorkMeta } from './work-meta.js';

export interface ParseOptions {
  /** Language of the text; detected from the text when absent. */
  readonly language?: 'fr' | 'en';
  /** markdown: '#' heading markers and '- ' bullets as gazette-to-markdown converters emit them. */
  readonly format?: 'plain' | 'markdown';
  /** What the caller knows; the rest is read from the text (title, number, year, date) or left ''. */
  readonly meta?: Partial<WorkMeta>;
}

export interface ParseResult {
  readonly document: LegalDocument;
  readonly diagnostics: readonly Diagnostic[];
}

/** A line this long means the text lost its line breaks (PDF extraction). */
const RUN_TOGETHER_LINE = 1000;

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

function parseText(text: string, options: ParseOptions): ParseResult {
  const language = options.language ?? detectLanguage(text);
  if (text.trim() === '') return emptyResult(mergeMeta({}, options, language));
  const diagnostics: Diagnostic[] = [];
  const markdown = options.format === 'markdown';
  let lines = splitSourceLines(text);
  if (markdown) lines = readMarkdownLines(lines);
  for (const step of [
    removePageFurniture,
    repairOcrHeadings,
    joinHyphenation,
    skipTableOfContents,
  ]) {
    const result = step(lines);
    lines = result.lines;
    diagnostics.push(...result.diagnostics);
  }
  const style = chooseReadingStyle(lines, language);
  let tokens = classifyLines(lines, style);
  if (
    markdown &&
    !tokens.some((token) => token.type === 'heading' && token.heading.kind === 'article')
  ) {
    const inferred = inferSections(tokens);
    if (inferred.count > 0) {
      tokens = inferred.tokens;
      diagnostics.push(
        diagnostic(
          'numbering-inferred',
          `Section numbers are missing: ${inferred.count} sections numbered by position`,
        ),
      );
    }
  }
  const tree = buildTree(tokens, style);
  const front = readFrontMatter(tree.front);
  let body = tree.body;
  let numbering = style.numbering;
  if (
    listArticles(LegalDocument.create({ body })).length < 3 &&
    lines.some((line) => line.text.length >= RUN_TOGETHER_LINE)
  ) {
    const recovered = recoverRunInArticles(lines.map((line) => line.text).join('\n'));
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
