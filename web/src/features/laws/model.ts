import type { ImportWarning, LawArticle } from '../../../../src/contract/laws.js';

/** The file formats the import reads, by extension. */
export const ACCEPTED_EXTENSIONS = [
  'txt',
  'md',
  'markdown',
  'docx',
  'pdf',
  'html',
  'htm',
  'xhtml',
  'xml',
  'json',
  'png',
  'jpg',
  'jpeg',
  'tif',
  'tiff',
] as const;

/** The `accept` attribute of the file input. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((extension) => `.${extension}`).join(',');

export type UploadProblem = 'empty' | 'tooBig' | 'badFormat';

/** Why a file cannot be sent, checked in the browser before a long upload. */
export function uploadProblem(
  file: { name: string; size: number },
  maxBytes: number,
): UploadProblem | undefined {
  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '') : '';
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension.toLowerCase())) {
    return 'badFormat';
  }
  if (file.size > maxBytes) return 'tooBig';
  if (file.size === 0) return 'empty';
  return undefined;
}

/** A division heading to print before an article: its title and depth (0 outermost). */
export interface DivisionHeading {
  title: string;
  depth: number;
}

/**
 * The divisions each article opens: those of its path that differ from the article before it.
 * A law's titles and chapters are printed once, where they start.
 */
export function openedDivisions(articles: readonly LawArticle[]): DivisionHeading[][] {
  let previous: readonly string[] = [];
  return articles.map((article) => {
    let same = 0;
    while (
      same < article.path.length &&
      same < previous.length &&
      article.path[same] === previous[same]
    ) {
      same += 1;
    }
    previous = article.path;
    return article.path.slice(same).map((title, index) => ({ title, depth: same + index }));
  });
}

/** Coverage in the margin: accepted first, then proposed, each by obligation ID. */
export function sortCoverage<TCoverage extends { obligationId: string; state: string }>(
  coverage: readonly TCoverage[],
): TCoverage[] {
  const rank = (state: string) => (state === 'accepted' ? 0 : 1);
  return [...coverage].sort(
    (a, b) =>
      rank(a.state) - rank(b.state) ||
      a.obligationId.localeCompare(b.obligationId, 'en', { numeric: true }),
  );
}

/** Warnings most severe first, then in the order of the text. */
export function sortWarnings(warnings: readonly ImportWarning[]): ImportWarning[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...warnings].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
  );
}

/**
 * A short name for a law, to tell articles of several laws apart: its number when the title
 * gives one ("LOI N° 2019-017 DU …" → "2019-017", "Act No. 5 of 2019" → "5 of 2019"), else
 * its file name without the extension.
 */
export function lawShortName(law: { title: string; fileName: string }): string {
  const numbered = /\b(?:no\.|n°|no|number)\s*(\d[\w./-]*(?:\s+of\s+\d{4})?)/i.exec(law.title);
  if (numbered?.[1] !== undefined) return numbered[1];
  return law.fileName.replace(/\.[^.]+$/, '');
}
