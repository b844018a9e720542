/**
 * A file name anyone's system accepts: accents dropped (`é` → `e`), spaces and punctuation
 * turned into dashes, lower case: `analyse-legislative-ML-2026-11-29`. Upper-case runs that
 * are codes (a country, `ML`) keep their case.
 */
export function asciiFileName(name: string): string {
  return name
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => (/^[A-Z0-9]+$/.test(part) ? part : part.toLowerCase()))
    .join('-')
    .slice(0, 120);
}
