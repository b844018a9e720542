import type { WorkMeta } from './legal-document.js';

/** ISO 639-1 → ISO 639-2/B, as Akoma Ntoso expression URIs use. */
const LANGUAGE_639_2: Readonly<Record<string, string>> = {
  fr: 'fra',
  en: 'eng',
  pt: 'por',
  es: 'spa',
  ar: 'ara',
  sw: 'swa',
  nl: 'nld',
  de: 'deu',
};

/** `toIso6392('fr') === 'fra'`; a three-letter code is returned as is; '' → 'und'. */
export function toIso6392(language: string): string {
  const lower = language.trim().toLowerCase();
  if (lower === '') return 'und';
  return LANGUAGE_639_2[lower] ?? lower;
}

/**
 * The number component of a work URI: the year prefix and leading zeros dropped.
 * "2012-023" (year 2012) → "23"; "51/2018" → "51"; "No. 11" → "11"; '' → "nn".
 */
export function frbrNumber(number: string, year: string): string {
  let value = number.trim().toLowerCase();
  value = value.replace(/^(n[°ºo]\.?|no\.?|num(é|e)ro|number)\s*/i, '');
  if (year !== '') {
    value = value.replace(new RegExp(`^${year}[-/ ]`), '').replace(new RegExp(`[-/ ]${year}$`), '');
  }
  value = value
    .replace(/^0+(?=\d)/, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return value === '' ? 'nn' : value;
}

/** The work's FRBR URI: `/akn/ml/act/2012/23`. Unknown country is `xx`, unknown year `0000`. */
export function frbrWorkUri(meta: WorkMeta): string {
  const country = meta.country.toLowerCase() || 'xx';
  const year = meta.year || meta.date.slice(0, 4) || '0000';
  return `/akn/${country}/${meta.docType || 'act'}/${year}/${frbrNumber(meta.number, year)}`;
}

/**
 * The expression's FRBR URI: `/akn/ml/act/2012/23/fra@2012-07-12`.
 *
 * @example frbrExpressionUri({ ...EMPTY_META, country: 'ml', year: '2012', number: '2012-023', language: 'fr', date: '2012-07-12' })
 */
export function frbrExpressionUri(meta: WorkMeta): string {
  return `${frbrWorkUri(meta)}/${toIso6392(meta.language)}@${meta.date}`;
}

/** Bibliographic ISO 639-2/B codes that differ from the terminology codes above. */
const LANGUAGE_639_2_B: Readonly<Record<string, string>> = { fre: 'fr', ger: 'de', dut: 'nl' };

/**
 * ISO 639-2 (as in Akoma Ntoso `FRBRlanguage`) → ISO 639-1, the inverse of `toIso6392`:
 * `fromIso6392('fra') === 'fr'`, `'fre'` too; unknown codes are returned lower-cased; 'und' → ''.
 */
export function fromIso6392(code: string): string {
  const lower = code.trim().toLowerCase();
  if (lower === 'und') return '';
  const entry = Object.entries(LANGUAGE_639_2).find(([, three]) => three === lower);
  return entry?.[0] ?? LANGUAGE_639_2_B[lower] ?? lower;
}
