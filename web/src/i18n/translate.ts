import { en, type MessageKey, type Messages } from './en.js';
import { fr } from './fr.js';

/** The languages of the interface. */
export type UiLanguage = 'fr' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['fr', 'en'];

const DICTIONARIES: Readonly<Record<UiLanguage, Messages>> = { en, fr };

/** Values put into a message's `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** `fill('Hello {name}', { name: 'Awa' })` → `Hello Awa`; an unknown placeholder stays. */
export function fill(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Translates a key into one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function translator(language: UiLanguage): Translate {
  const messages = DICTIONARIES[language];
  return (key, values) => fill(messages[key], values);
}

/** True when `key` is a message key: for names that come as data (themes, statuses). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** A label for a name from the data (`theme`, `general`) or the name itself when unknown. */
export function nameOf(translate: Translate, prefix: string, name: string): string {
  const key = `${prefix}.${name}`;
  return isMessageKey(key) ? translate(key) : name.replace(/_/g, ' ');
}

export function dictionary(language: UiLanguage): Messages {
  return DICTIONARIES[language];
}
