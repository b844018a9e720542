import type { Catalogue, Obligation, Theme } from '../catalogue/types.js';
import { createBlankDraft } from './create-blank-draft.js';
import type { DraftDocument, DraftNode } from './draft-document.js';
import type { DraftLanguage } from './draft-numbering.js';
import { PLACEHOLDER_MARKER } from './draft-to-legal-document.js';
import { KeyMint, makeDraftNode } from './draft-tree.js';

/** The heading of the chapter gathering the obligations of a theme. */
export const THEME_HEADINGS: Readonly<Record<DraftLanguage, Readonly<Record<Theme, string>>>> = {
  fr: {
    general: 'Dispositions générales',
    definitions: 'Définitions',
    criminalization: 'Incriminations',
    sanctions: 'Sanctions',
    legal_persons: 'Responsabilité des personnes morales',
    confiscation: 'Confiscation et saisie',
    jurisdiction: 'Compétence',
    victim_protection: 'Protection des victimes',
    immigration_return: 'Statut migratoire et retour',
    prevention: 'Prévention',
    border_documents: 'Mesures aux frontières et documents',
    international_cooperation: 'Coopération internationale',
    procedure: 'Procédure',
    final_clauses: 'Dispositions finales',
  },
  en: {
    general: 'General provisions',
    definitions: 'Definitions',
    criminalization: 'Offences',
    sanctions: 'Penalties',
    legal_persons: 'Liability of legal persons',
    confiscation: 'Confiscation and seizure',
    jurisdiction: 'Jurisdiction',
    victim_protection: 'Protection of victims',
    immigration_return: 'Immigration status and return',
    prevention: 'Prevention',
    border_documents: 'Border measures and documents',
    international_cooperation: 'International cooperation',
    procedure: 'Procedure',
    final_clauses: 'Final clauses',
  },
};

/**
 * The order in which a law usually sets out its chapters: general provisions and definitions,
 * offences and penalties, jurisdiction and procedure, then victims, prevention, cooperation and
 * final clauses. The catalogue's own order follows the treaties, which a bill does not.
 */
export const LEGISLATIVE_THEME_ORDER: readonly Theme[] = [
  'general',
  'definitions',
  'criminalization',
  'sanctions',
  'legal_persons',
  'jurisdiction',
  'procedure',
  'confiscation',
  'victim_protection',
  'immigration_return',
  'prevention',
  'border_documents',
  'international_cooperation',
  'final_clauses',
];

export interface DraftOutlineInput {
  readonly title: string;
  readonly language: 'fr' | 'en';
  readonly country: string;
  readonly catalogue: Catalogue;
  /** The obligations the new law must cover; IDs the catalogue does not know are left out. */
  readonly obligationIds: readonly string[];
  /** The adopted recommendations, to link each placeholder to those citing its obligation. */
  readonly recommendations: readonly {
    readonly id: string;
    readonly obligationIds: readonly string[];
  }[];
}

/** The "to be drafted" line of a placeholder: the marker, the obligation and what it asks. */
function placeholderLine(obligation: Obligation, language: DraftLanguage): string {
  const marker = PLACEHOLDER_MARKER[language];
  const summary = obligation.summary[language].trim();
  return language === 'fr'
    ? `${marker} Disposition mettant en œuvre ${obligation.id} : ${summary}`
    : `${marker} Provision implementing ${obligation.id}: ${summary}`;
}

/**
 * A draft laid out from the obligations to cover: one chapter per catalogue theme, in the
 * order a law sets them out (`LEGISLATIVE_THEME_ORDER`), and in each, in the catalogue's
 * order, one placeholder article per obligation (heading
 * the obligation's title, wording a "to be drafted" line with its summary, linked to the
 * obligation and to the recommendations that cite it).
 *
 * @example draftOutline({ title, language: 'fr', country: 'ml', catalogue, obligationIds: ['TIP.5.1'], recommendations: [] }).body[0]?.heading // 'Incriminations'
 */
export function draftOutline(input: DraftOutlineInput): DraftDocument {
  const language: DraftLanguage = input.language;
  const wanted = new Set(input.obligationIds);
  const themes = new Map<Theme, Obligation[]>();
  for (const obligation of input.catalogue.obligations) {
    if (!wanted.has(obligation.id)) continue;
    themes.set(obligation.theme, [...(themes.get(obligation.theme) ?? []), obligation]);
  }
  const mint = new KeyMint(1);
  const placeholder = (obligation: Obligation): DraftNode => {
    const key = mint.key();
    const paragraph = makeDraftNode({
      key: mint.key(),
      kind: 'paragraph',
      text: placeholderLine(obligation, language),
      rev: 0,
    });
    return makeDraftNode({
      key,
      kind: 'article',
      heading: obligation.title[language].trim(),
      children: [paragraph],
      placeholder: true,
      obligationIds: [obligation.id],
      recommendationIds: input.recommendations
        .filter((recommendation) => recommendation.obligationIds.includes(obligation.id))
        .map((recommendation) => recommendation.id),
      rev: 0,
    });
  };
  const rank = (theme: Theme): number => LEGISLATIVE_THEME_ORDER.indexOf(theme);
  const ordered = [...themes].sort(([left], [right]) => rank(left) - rank(right));
  const body = ordered.map(([theme, obligations]) => {
    const key = mint.key();
    return makeDraftNode({
      key,
      kind: 'chapter',
      heading: THEME_HEADINGS[language][theme],
      children: obligations.map(placeholder),
      rev: 0,
    });
  });
  const blank = createBlankDraft(input);
  return { ...blank, body, nextKey: mint.nextKey };
}
