import { draftResolver } from './article-body.js';
import { DANGLING_REFERENCE, referencedKeys, scanReferences } from './cross-references.js';
import type { DraftDocument, DraftNode } from './draft-document.js';
import type { DraftLanguage, DraftNumbers } from './draft-numbering.js';
import { articleWord, draftLanguage, numberDraft } from './draft-numbering.js';
import { listDraftArticles, walkDraft } from './draft-tree.js';

/** A problem a drafter should see before circulating the draft, on one article. */
export interface DraftCoreProblem {
  readonly code: 'dangling-reference' | 'placeholder' | 'empty-article';
  /** The article concerned. */
  readonly key: string;
  /** "Article 12". */
  readonly label: string;
  /** In the draft's language, naming the article and the fault. */
  readonly message: string;
}

const MESSAGES = {
  fr: {
    deleted: (label: string) =>
      `${label} : une référence renvoie à un article supprimé (affichée « ${DANGLING_REFERENCE} »)`,
    unknown: (label: string, cited: string) =>
      `${label} : la référence à l'${cited} ne renvoie à aucun article du projet`,
    placeholder: (label: string) => `${label} : article à rédiger (plan généré)`,
    empty: (label: string) => `${label} : l'article n'a pas de texte`,
  },
  en: {
    deleted: (label: string) =>
      `${label}: a cross-reference points to a deleted article (shown as "${DANGLING_REFERENCE}")`,
    unknown: (label: string, cited: string) =>
      `${label}: the reference to ${cited} points to no article of the draft`,
    placeholder: (label: string) => `${label}: still to be drafted (generated outline)`,
    empty: (label: string) => `${label}: the article has no wording`,
  },
} as const satisfies Record<DraftLanguage, unknown>;

/**
 * What is wrong with the draft, article by article, in document order: references to a
 * deleted article (a token whose target is gone, or a "[?]" kept in the words), references
 * written as numbers that designate no article ("l'article 40" in a 30-article draft; never
 * a reference to another text), placeholders of an outline still to be drafted, and
 * articles with no wording.
 *
 * @example draftProblems(draft)[0]?.message // "Article 12 : la référence à l'article 40 ne renvoie à aucun article du projet"
 */
export function draftProblems(doc: DraftDocument, numbers?: DraftNumbers): DraftCoreProblem[] {
  const computed = numbers ?? numberDraft(doc);
  const language = draftLanguage(doc);
  const messages = MESSAGES[language];
  const articles = listDraftArticles(doc);
  const articleKeys = new Set(articles.map((article) => article.key));
  const resolve = draftResolver(doc, computed);
  const word = articleWord(language, doc.numbering).toLowerCase();
  const problems: DraftCoreProblem[] = [];
  for (const article of articles) {
    const label = computed.get(article.key)?.label ?? '';
    const add = (code: DraftCoreProblem['code'], message: string): void => {
      problems.push({ code, key: article.key, label, message });
    };
    const units: DraftNode[] = [...walkDraft([article])];
    const texts = units.map((unit) => unit.text);
    const deleted = texts.some(
      (text) =>
        text.includes(DANGLING_REFERENCE) ||
        referencedKeys(text).some((key) => !articleKeys.has(key)),
    );
    if (deleted) add('dangling-reference', messages.deleted(label));
    const unknown = new Set<string>();
    // A placeholder quotes the obligation's summary, whose "article 3" is the Protocol's.
    for (const text of article.placeholder ? [] : texts) {
      for (const reference of scanReferences(text, doc.numbering)) {
        if (reference.external) continue;
        for (const number of reference.numbers) {
          if (resolve(number.printed) === undefined) unknown.add(number.printed);
        }
      }
    }
    for (const printed of unknown)
      add('dangling-reference', messages.unknown(label, `${word} ${printed}`));
    if (article.placeholder) add('placeholder', messages.placeholder(label));
    else if (texts.every((text) => text.trim() === '')) add('empty-article', messages.empty(label));
  }
  return problems;
}
