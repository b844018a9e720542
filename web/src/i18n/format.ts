import type { UiLanguage } from './translate.js';

const LOCALES: Readonly<Record<UiLanguage, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** A date and time as people of that language write it; the input unchanged if unreadable. */
export function formatDateTime(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/**
 * A size in bytes, in the largest unit that keeps it above 1 ("20 MB", "1,5 Mo"). `roundUp`
 * keeps a size just over a limit from reading as the limit itself ("20,1 Mo", not "20 Mo").
 */
export function formatBytes(
  bytes: number,
  language: UiLanguage,
  options: { roundUp?: boolean } = {},
): string {
  const units = language === 'fr' ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = options.roundUp === true && unit > 0 ? Math.ceil(value * 10) / 10 : value;
  const number = new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: (shown < 10 || options.roundUp === true) && unit > 0 ? 1 : 0,
  }).format(shown);
  return `${number}\u00a0${units[unit] ?? ''}`;
}

/** A whole number with the language's grouping. */
export function formatNumber(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
