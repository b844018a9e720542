import type { CatalogueLanguage } from '../catalogue/types.js';

/**
 * Words that carry no meaning for matching, folded (no accents). They are dropped from both
 * the law and the terms, so "abuse of a position of vulnerability" matches "abuse of the
 * position of vulnerability" and "abus d'une situation de vulnérabilité".
 */
const FRENCH = `a au aux avec ce ces cet cette d dans de des du elle elles en est et etre il ils
  l la le les leur leurs lui ou par pour qu que s sa se ses son sont sur un une y
  dont ainsi meme tout toute toutes tous lorsque lorsqu quand si sera seront etre ete present presente presentes`;

const ENGLISH = `a an and any are as at be been being by for from has have he her his if in into
  is it its of on or such than that the their them these this those to was were which
  whom with shall may must will would should under upon where whether so other`;

function toSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word !== ''));
}

const STOPWORDS: Readonly<Record<CatalogueLanguage, ReadonlySet<string>>> = {
  fr: toSet(FRENCH),
  en: toSet(ENGLISH),
};

export function isStopword(folded: string, language: CatalogueLanguage): boolean {
  return STOPWORDS[language].has(folded);
}
