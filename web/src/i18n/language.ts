import type { UiLanguage } from './translate.js';

/** Where the reader's chosen language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'lexalign.language';

export interface LanguageSources {
  /** What the reader chose with the switch, if they ever did. */
  stored?: string | null;
  /** The language of the project being read, if any. */
  projectLanguage?: UiLanguage;
  /** The logged-in user's locale. */
  userLocale?: UiLanguage;
  /** The browser's languages, most preferred first. */
  browser?: readonly string[];
}

const asLanguage = (value: string | null | undefined): UiLanguage | undefined =>
  value === 'fr' || value === 'en' ? value : undefined;

/**
 * The interface language: the reader's own choice wins; inside a French-language project it is
 * French; otherwise the user's locale, then the browser's, then French.
 */
export function resolveLanguage(sources: LanguageSources): UiLanguage {
  const stored = asLanguage(sources.stored);
  if (stored !== undefined) return stored;
  if (sources.projectLanguage === 'fr') return 'fr';
  if (sources.userLocale !== undefined) return sources.userLocale;
  for (const tag of sources.browser ?? []) {
    const language = asLanguage(tag.slice(0, 2).toLowerCase());
    if (language !== undefined) return language;
  }
  return 'fr';
}
