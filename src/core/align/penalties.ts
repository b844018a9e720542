import { foldWord } from './fold.js';

/**
 * The heaviest custodial penalty a provision sets, in years (Infinity for life or death),
 * read from the usual drafting: "imprisonment for a term not exceeding fifteen years",
 * "liable to imprisonment for life", "emprisonnement de cinq (5) à dix (10) ans",
 * "réclusion criminelle à perpétuité". Undefined when the provision sets none.
 */
const NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
};

const WORDS = Object.keys(NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMBER = String.raw`\b(\d{1,3}|(?:${WORDS})(?:[- ](?:${WORDS}))?)(?:\s*\(\d{1,3}\))?`;
const YEARS = new RegExp(`${NUMBER}\\s+(?:years?|ans?|annees?)`, 'g');
const LIFE = /(imprisonment for life|life imprisonment|death|a perpetuite|peine de mort|perpetuit)/;
const CUSTODY =
  /(imprison|emprisonnement|reclusion|detention|prison|incarceration|servitude penale)/;

function numberValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const parts = word.split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const value = NUMBERS[part];
    if (value === undefined) return parts.length === 1 ? undefined : total > 0 ? total : undefined;
    total += value;
  }
  return total;
}

export function maximumCustodyYears(text: string): number | undefined {
  const folded = foldWord(text);
  if (!CUSTODY.test(folded)) return undefined;
  if (LIFE.test(folded)) return Number.POSITIVE_INFINITY;
  let highest: number | undefined;
  for (const match of folded.matchAll(YEARS)) {
    const value = numberValue(match[1] ?? '');
    if (value !== undefined && value <= 99) highest = Math.max(highest ?? 0, value);
  }
  return highest;
}
