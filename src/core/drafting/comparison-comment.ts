import type { ComparisonRow } from './compare-articles.js';
import type { ComparableArticle } from './draft-document.js';

/**
 * The comment column of the comparative table: what happened to the article, in the
 * table's language, then the drafter's note on the new article(s).
 *
 * "Renuméroté (ancien article 5). Déplacé (auparavant sous « Chapitre II : Des peines »).
 * Modifié." / "Scindé en articles 7 et 8." / "Fusion des articles 3 et 4." /
 * "Nouvel article." / "Article abrogé." — and the same in English.
 *
 * A deleted article of a law in force is "repealed" ("abrogé"); one of a draft's earlier
 * version is "deleted" ("supprimé"). Draft articles are told by their node key (`n12`),
 * law articles have eIds (`art_12`, `chp_2__sec_12`).
 */
export function comparisonComment(row: ComparisonRow, language: 'fr' | 'en'): string {
  const fr = language === 'fr';
  const sentences: string[] = [];
  const first = row.old[0];
  const next = row.new[0];
  switch (row.change) {
    case 'added':
      sentences.push(
        next?.placeholder === true
          ? fr
            ? 'Nouvel article (à rédiger).'
            : 'New article (to be drafted).'
          : fr
            ? 'Nouvel article.'
            : 'New article.',
      );
      break;
    case 'deleted': {
      const fromLaw = first !== undefined && !/^n\d+$/.test(first.key);
      if (fromLaw) sentences.push(fr ? 'Article abrogé.' : 'Repealed.');
      else sentences.push(fr ? 'Article supprimé.' : 'Deleted.');
      break;
    }
    case 'split':
      sentences.push(`${fr ? 'Scindé en' : 'Split into'} ${plural(row.new, language)}.`);
      if (row.moved) sentences.push(movedSentence(row, language));
      break;
    case 'merged':
      sentences.push(
        fr ? `Fusion des ${plural(row.old, language)}.` : `Merges ${plural(row.old, language)}.`,
      );
      if (row.moved) sentences.push(movedSentence(row, language));
      break;
    case 'unchanged':
    case 'modified': {
      if (row.renumbered && first !== undefined) {
        sentences.push(
          fr
            ? `Renuméroté (ancien ${lowerFirst(first.label)}).`
            : `Renumbered (formerly ${lowerFirst(first.label)}).`,
        );
      }
      if (row.moved) sentences.push(movedSentence(row, language));
      const textChanged = collapse(first?.text ?? '') !== collapse(next?.text ?? '');
      const headingChanged = collapse(first?.heading ?? '') !== collapse(next?.heading ?? '');
      if (textChanged) sentences.push(fr ? 'Modifié.' : 'Amended.');
      if (headingChanged) sentences.push(fr ? 'Intitulé modifié.' : 'Heading amended.');
      if (sentences.length === 0) sentences.push(fr ? 'Sans modification.' : 'Unchanged.');
      break;
    }
  }
  const notes = [...new Set(row.new.map((article) => article.note.trim()).filter(Boolean))];
  return [...sentences, ...notes].join(' ');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Déplacé." or, when it changed division, "Déplacé (auparavant sous « Chapitre II »)." */
function movedSentence(row: ComparisonRow, language: 'fr' | 'en'): string {
  const fr = language === 'fr';
  const before = row.old[0]?.path ?? [];
  const after = row.new[0]?.path ?? [];
  const same = before.length === after.length && before.every((entry, i) => entry === after[i]);
  const last = before.at(-1);
  if (same || last === undefined) return fr ? 'Déplacé.' : 'Moved.';
  return fr ? `Déplacé (auparavant sous « ${last} »).` : `Moved (formerly under “${last}”).`;
}

/**
 * "articles 7 et 8", "articles 3, 4 et 5", "sections 7 and 8": the label's word in the
 * plural (taken from the first article) and the numbers.
 */
function plural(articles: readonly ComparableArticle[], language: 'fr' | 'en'): string {
  const word = (articles[0]?.label ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const noun = word === '' ? 'articles' : `${word}s`;
  const numbers = articles.map((article) => article.num || article.label);
  const and = language === 'fr' ? ' et ' : ' and ';
  const list =
    numbers.length <= 1
      ? (numbers[0] ?? '')
      : `${numbers.slice(0, -1).join(', ')}${and}${numbers.at(-1) ?? ''}`;
  return `${noun} ${list}`;
}
