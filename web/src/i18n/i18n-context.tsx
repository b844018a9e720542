import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { LANGUAGE_STORAGE_KEY, resolveLanguage } from './language.js';
import { translator, type Translate, type UiLanguage } from './translate.js';

interface I18n {
  language: UiLanguage;
  t: Translate;
  /** The reader's choice from the switch: kept in this browser. */
  chooseLanguage: (language: UiLanguage) => void;
  /** Set by the project pages: a French-language project reads in French by default. */
  setProjectLanguage: (language: UiLanguage | undefined) => void;
  setUserLocale: (language: UiLanguage | undefined) => void;
  /** The text of a bilingual value in the interface's language. */
  pick: (text: { en: string; fr: string }) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<string | null>(readStored);
  const [projectLanguage, setProjectLanguage] = useState<UiLanguage | undefined>();
  const [userLocale, setUserLocale] = useState<UiLanguage | undefined>();
  const language = resolveLanguage({
    stored,
    projectLanguage,
    userLocale,
    browser: navigator.languages,
  });

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const chooseLanguage = useCallback((next: UiLanguage) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for this visit.
    }
    setStored(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      t: translator(language),
      chooseLanguage,
      setProjectLanguage,
      setUserLocale,
      pick: (text) =>
        text[language] === '' ? text[language === 'fr' ? 'en' : 'fr'] : text[language],
    }),
    [language, chooseLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The interface language and its translator. */
export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (context === undefined) throw new Error('useI18n outside I18nProvider');
  return context;
}
