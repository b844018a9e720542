import type { Article, Division, Provision } from './provision.js';

/** How the citable unit is called: "Article" (civil law) or "section" (Commonwealth). */
export type Numbering = 'article' | 'section';

/** The FRBR work and expression a document belongs to. Strings are '' when unknown. */
export interface WorkMeta {
  /** ISO 3166-1 alpha-2, lower case: `ml`, `zm`; '' when unknown. */
  readonly country: string;
  /** Akoma Ntoso document type: `act`, `bill`, `decree`, `ordinance`… */
  readonly docType: string;
  /** Year of the work, `2012`. */
  readonly year: string;
  /** Number of the work as printed: `2012-023`, `11`, `51/2018`. */
  readonly number: string;
  /** ISO 639-1 language of this expression: `fr`, `en`. */
  readonly language: string;
  /** Date of this expression (adoption, promulgation or consolidation), `YYYY-MM-DD`. */
  readonly date: string;
  /** Full title as printed: "Loi n°2012-023 du 12 juillet 2012 relative à…". */
  readonly title: string;
  /** Short title when the text gives one. */
  readonly shortTitle: string;
}

/**
 * A national legal text as LexAlign holds it: metadata, the front matter kept out of the
 * articles (preamble, visas, enacting formula), the body of divisions and articles, the end
 * matter (promulgation, signatures) and annexes.
 */
export interface LegalDocument {
  readonly meta: WorkMeta;
  readonly numbering: Numbering;
  /** Preamble: visas ("Vu la Constitution…"), recitals, enacting formula, one entry per paragraph. */
  readonly preamble: readonly string[];
  /** Explanatory statement ("exposé des motifs"), one entry per paragraph. */
  readonly explanatoryNote: readonly string[];
  readonly body: readonly (Division | Article)[];
  /** Promulgation formula, place and date, signatures. */
  readonly conclusions: readonly string[];
  /** Schedules and annexes (kind `annex`). */
  readonly annexes: readonly Division[];
}

export const EMPTY_META: WorkMeta = Object.freeze({
  country: '',
  docType: 'act',
  year: '',
  number: '',
  language: '',
  date: '',
  title: '',
  shortTitle: '',
});

export const LegalDocument = Object.freeze({
  create: (input: Partial<LegalDocument> & Pick<LegalDocument, 'body'>): LegalDocument =>
    Object.freeze({
      meta: EMPTY_META,
      numbering: 'article',
      preamble: [],
      explanatoryNote: [],
      conclusions: [],
      annexes: [],
      ...input,
    }),
});

/** Every provision of the body and annexes, depth first, in document order. */
export function* walkProvisions(document: LegalDocument): Generator<Provision> {
  const stack: Provision[] = [...document.body, ...document.annexes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child !== undefined) stack.push(child);
    }
  }
}

/** The articles (or Commonwealth sections) of the body, in order; annexes excluded. */
export function listArticles(document: LegalDocument): Article[] {
  const articles: Article[] = [];
  const visit = (nodes: readonly (Division | Article)[]): void => {
    for (const node of nodes) {
      if (node.kind === 'article') articles.push(node);
      else visit(node.children);
    }
  };
  visit(document.body);
  return articles;
}

/** The whole wording of a provision, its own text then its children's, one line per unit. */
export function provisionText(node: Provision): string {
  const lines: string[] = [];
  const visit = (current: Provision): void => {
    const own = [current.num, current.text].filter((part) => part !== '').join(' ');
    if (own !== '') lines.push(own);
    for (const child of current.children) visit(child);
    if (current.wrapUp !== '') lines.push(current.wrapUp);
  };
  visit(node);
  return lines.join('\n');
}

/** Finds a provision by its eId, or undefined. */
export function findByEId(document: LegalDocument, eId: string): Provision | undefined {
  for (const node of walkProvisions(document)) if (node.eId === eId) return node;
  return undefined;
}
