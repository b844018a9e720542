/**
 * The words that place a participant in a sector, in French and English: a sector cell
 * ("Société civile", "PTF") or, when the sheet has none, the organisation's name.
 */
import type { Sector } from './vocabulary.js';

/** Lower case, accents and punctuation removed, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .replace(/[.]+(?=\s|$)/g, '')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * Words that place an organisation or a sector cell in a sector, checked in this order (the
 * first match wins: "Ministère de la Justice" is justice before it is a ministry). A word
 * ending in `*` matches any word it begins.
 */
const SECTOR_WORDS: readonly (readonly [Sector, readonly string[]])[] = [
  [
    'international',
    [
      'international*',
      'partenaire technique',
      'partenaires techniques',
      'ptf',
      'onu',
      'nations unies',
      'united nations',
      'unodc',
      'oim',
      'iom',
      'unicef',
      'hcr',
      'unhcr',
      'union europeenne',
      'european union',
      'ambassade',
      'embassy',
      'cooperation',
      'bailleur*',
      'donor*',
      'development partner*',
      'cedeao',
      'ecowas',
      'minusma',
    ],
  ],
  [
    'parliament',
    [
      'assemblee nationale',
      'national assembly',
      'parlement*',
      'parliament*',
      'depute*',
      'senat*',
      'conseil national de transition',
      'legislat*',
    ],
  ],
  [
    'justice',
    [
      'justice',
      'ministere public',
      'magistrat*',
      'tribunal',
      'tribunaux',
      'cour',
      'court*',
      'juge*',
      'judge*',
      'procureur*',
      'prosecutor*',
      'parquet',
      'judiciaire',
      'judicia*',
      'avocat*',
      'lawyer*',
      'barreau',
    ],
  ],
  [
    'law_enforcement',
    [
      'police',
      'gendarmerie',
      'gendarme*',
      'garde nationale',
      'douane*',
      'customs',
      'law enforcement',
      'forces de securite',
      'security forces',
      'securite',
      'security',
      'immigration',
      'border*',
      'frontiere*',
      'protection civile',
    ],
  ],
  [
    'civil_society',
    [
      'societe civile',
      'civil society',
      'ong',
      'ngo*',
      'osc',
      'cso*',
      'association*',
      'syndicat*',
      'trade union*',
      'fondation',
      'foundation',
      'reseau',
      'network',
    ],
  ],
  [
    'academia',
    ['universite*', 'universit*', 'academ*', 'recherche', 'research*', 'faculte*', 'faculty'],
  ],
  [
    'government',
    [
      'gouvernement*',
      'government*',
      'ministere*',
      'ministry',
      'ministries',
      'administration*',
      'public sector',
      'secteur public',
      'etat',
      'state',
      'comite national',
      'national committee',
      'direction nationale',
      'agence nationale',
      'cnlttp',
      'public',
    ],
  ],
  ['other', ['autre*', 'other*', 'prive', 'private', 'secteur prive', 'media*', 'presse', 'press']],
];

const SECTOR_CODES: Readonly<Record<string, Sector>> = {
  government: 'government',
  justice: 'justice',
  'law enforcement': 'law_enforcement',
  law_enforcement: 'law_enforcement',
  parliament: 'parliament',
  'civil society': 'civil_society',
  international: 'international',
  academia: 'academia',
  other: 'other',
};

function matchesWord(words: readonly string[], phrase: string): boolean {
  const wanted = phrase.split(' ');
  const last = wanted.length - 1;
  return words.some((_, start) =>
    wanted.every((part, offset) => {
      const word = words[start + offset];
      if (word === undefined) return false;
      return offset === last && part.endsWith('*')
        ? word.startsWith(part.slice(0, -1))
        : word === part;
    }),
  );
}

/** The sector a sector cell (or an organisation's name) names; undefined when none. */
export function readSector(text: string): Sector | undefined {
  const normalised = normaliseText(text);
  const code = SECTOR_CODES[normalised.replace(/_/g, ' ')] ?? SECTOR_CODES[normalised];
  if (code !== undefined) return code;
  const words = normalised.split(' ').filter(Boolean);
  return SECTOR_WORDS.find(([, phrases]) =>
    phrases.some((phrase) => matchesWord(words, phrase)),
  )?.[0];
}
