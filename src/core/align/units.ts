import type { CatalogueLanguage } from '../catalogue/types.js';
import type { Article, LegalDocument, Subdivision } from '../model/index.js';
import { listArticles } from '../model/index.js';
import { splitClauses, type Clause } from './clauses.js';
import { indexText, type IndexedText } from './term-pattern.js';

/** Which provision a finding points to: the document (by position) and the article. */
export interface ProvisionRef {
  readonly document: number;
  readonly eId: string;
  /** The number as printed: "3", "1er", "12 bis", "14A". */
  readonly num: string;
  /** "Article 3", "Section 14A". */
  readonly label: string;
}

/** One string per provision across the documents, for sets and maps. */
export function provisionKey(ref: ProvisionRef): string {
  return `${ref.document}:${ref.eId}`;
}

/** One citable provision prepared for the engine. */
export interface AnalysisUnit {
  readonly ref: ProvisionRef;
  readonly language: CatalogueLanguage;
  readonly heading: string;
  /** Heading, a line break, then the wording; evidence offsets point into this text. */
  readonly text: string;
  readonly indexed: IndexedText;
  readonly clauses: readonly Clause[];
}

/** The language the engine reads a document in: French or English (English otherwise). */
export function analysisLanguage(document: LegalDocument): CatalogueLanguage {
  return document.meta.language === 'fr' ? 'fr' : 'en';
}

function subdivisionLines(node: Subdivision, lines: string[]): void {
  const own = [node.num, node.text].filter((part) => part !== '').join(' ');
  if (own !== '') lines.push(own);
  for (const child of node.children) subdivisionLines(child, lines);
  if (node.wrapUp !== '') lines.push(node.wrapUp);
}

function articleText(article: Article): string {
  const lines: string[] = [article.heading];
  if (article.text !== '') lines.push(article.text);
  for (const child of article.children) subdivisionLines(child, lines);
  if (article.wrapUp !== '') lines.push(article.wrapUp);
  return lines.join('\n');
}

function label(document: LegalDocument, article: Article, language: CatalogueLanguage): string {
  if (document.numbering === 'section')
    return `${language === 'fr' ? 'Section' : 'Section'} ${article.num}`;
  return `Article ${article.num}`;
}

/** The articles (or sections) of each document, ready to be matched. */
export function buildUnits(documents: readonly LegalDocument[]): AnalysisUnit[] {
  return documents.flatMap((document, index) => {
    const language = analysisLanguage(document);
    return listArticles(document).map((article) => {
      const text = articleText(article);
      return {
        ref: {
          document: index,
          eId: article.eId,
          num: article.num,
          label: label(document, article, language),
        },
        language,
        heading: article.heading,
        text,
        indexed: indexText(text, language),
        clauses: splitClauses(text),
      };
    });
  });
}
