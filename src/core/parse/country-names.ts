import { foldAccents } from '../model/numbers.js';

/**
 * Names of the states whose laws LexAlign meets most, as their texts print them (French and
 * English, accents folded), with their ISO 3166-1 alpha-2 codes.
 */
const COUNTRIES: readonly (readonly [string, string])[] = [
  ['ml', 'mali'],
  ['sn', 'senegal'],
  ['bf', 'burkina faso'],
  ['ne', 'niger'],
  ['ci', "cote d'ivoire|cote d’ivoire|cote divoire|ivory coast"],
  ['gn', 'guinee|guinea'],
  ['gw', 'guinee-bissau|guinea-bissau'],
  ['bj', 'benin'],
  ['tg', 'togo|togolaise'],
  ['cm', 'cameroun|cameroon'],
  ['td', 'tchad|chad'],
  ['mr', 'mauritanie|mauritania'],
  ['ga', 'gabon|gabonaise'],
  ['cg', 'congo'],
  ['cd', 'republique democratique du congo|democratic republic of the congo'],
  ['cf', 'centrafrique|centrafricaine|central african republic'],
  ['mg', 'madagascar'],
  ['dj', 'djibouti'],
  ['km', 'comores|comoros'],
  ['bi', 'burundi'],
  ['rw', 'rwanda'],
  ['ht', 'haiti'],
  ['ma', 'maroc|morocco'],
  ['tn', 'tunisie|tunisia|tunisienne'],
  ['dz', 'algerie|algeria|algerienne'],
  ['ug', 'uganda'],
  ['ke', 'kenya'],
  ['tz', 'tanzania'],
  ['zm', 'zambia'],
  ['mw', 'malawi'],
  ['zw', 'zimbabwe'],
  ['na', 'namibia'],
  ['ls', 'lesotho'],
  ['bw', 'botswana'],
  ['sz', 'eswatini|swaziland'],
  ['za', 'south africa'],
  ['gh', 'ghana'],
  ['ng', 'nigeria'],
  ['sl', 'sierra leone'],
  ['gm', 'gambia'],
  ['lr', 'liberia'],
  ['lk', 'sri lanka'],
  ['pk', 'pakistan'],
  ['mu', 'mauritius|maurice'],
  ['sc', 'seychelles'],
  ['ca', 'canada'],
];

function alternation(): string {
  return COUNTRIES.flatMap(([, names]) => names.split('|'))
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[-'’ ]/g, (char) => (char === ' ' ? '\\s+' : `\\${char}`)))
    .join('|');
}

const NAMES = alternation();
/** "République du Mali", "Republic of Zambia", "Gazette of Pakistan", or a line that is just "BURKINA FASO". */
const STATE = new RegExp(
  `(?:republique|republic|royaume|kingdom|etat|state|union)\\s+(?:du|de\\s+la|de\\s+l'|de|des|d'|of(?:\\s+the)?)\\s*(${NAMES})\\b|\\bgazette\\s+of\\s+(?:the\\s+)?(?:republic\\s+of\\s+)?(${NAMES})\\b|^\\s*(${NAMES})\\s*$`,
  'm',
);

const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap(([code, names]) => names.split('|').map((name) => [name, code] as const)),
);

/**
 * The country a law's front matter names as its state ("RÉPUBLIQUE DU MALI" → `ml`,
 * "THE GAZETTE OF PAKISTAN" → `pk`), or '' when it names none. Only explicit forms count,
 * so a law that mentions a neighbour in passing is not attributed to it.
 */
export function readCountry(frontText: string): string {
  const folded = foldAccents(frontText.slice(0, 5000));
  const match = STATE.exec(folded);
  const name = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').replace(/\s+/g, ' ');
  return CODE_BY_NAME.get(name) ?? '';
}
