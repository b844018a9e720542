import type { ReportLanguage } from './report-document.js';

/**
 * The words the reports are written with, in French and in English: labels of the
 * catalogue's vocabulary (statuses, themes, instruments, kinds) and of the workshop's
 * (recommendation statuses, types, priorities, sectors, sexes, decision methods).
 */

type Labels = Readonly<Record<string, { readonly fr: string; readonly en: string }>>;

const FINDING_STATUS: Labels = {
  aligned: { fr: 'Conforme', en: 'Aligned' },
  partial: { fr: 'Partiel', en: 'Partial' },
  missing: { fr: 'Absent', en: 'Missing' },
  not_applicable: { fr: 'Sans objet', en: 'Not applicable' },
  not_assessed: { fr: 'Non évalué', en: 'Not assessed' },
};

const THEME: Labels = {
  general: { fr: 'Dispositions générales', en: 'General provisions' },
  definitions: { fr: 'Définitions', en: 'Definitions' },
  criminalization: { fr: 'Incrimination', en: 'Criminalization' },
  sanctions: { fr: 'Sanctions', en: 'Sanctions' },
  legal_persons: { fr: 'Responsabilité des personnes morales', en: 'Liability of legal persons' },
  confiscation: { fr: 'Confiscation et saisie', en: 'Confiscation and seizure' },
  jurisdiction: { fr: 'Compétence', en: 'Jurisdiction' },
  victim_protection: { fr: 'Protection des victimes', en: 'Protection of victims' },
  immigration_return: { fr: 'Statut migratoire et retour', en: 'Immigration status and return' },
  prevention: { fr: 'Prévention', en: 'Prevention' },
  border_documents: {
    fr: 'Mesures aux frontières et documents',
    en: 'Border measures and documents',
  },
  international_cooperation: { fr: 'Coopération internationale', en: 'International cooperation' },
  procedure: { fr: 'Procédure', en: 'Procedure' },
  final_clauses: { fr: 'Dispositions finales', en: 'Final clauses' },
};

const INSTRUMENT: Labels = {
  TIP: { fr: 'Protocole relatif à la traite des personnes', en: 'Trafficking in Persons Protocol' },
  SOM: {
    fr: 'Protocole contre le trafic illicite de migrants',
    en: 'Smuggling of Migrants Protocol',
  },
  UNTOC: {
    fr: 'Convention contre la criminalité transnationale organisée',
    en: 'Convention against Transnational Organized Crime',
  },
  GP: { fr: 'Bonnes pratiques', en: 'Good practice' },
};

const KIND: Labels = {
  mandatory: { fr: 'Obligatoire', en: 'Mandatory' },
  endeavour: { fr: 'Effort requis', en: 'Endeavour' },
  optional: { fr: 'Facultative', en: 'Optional' },
  definition: { fr: 'Définition', en: 'Definition' },
  non_legislative: { fr: 'Non législative', en: 'Non-legislative' },
};

const RECOMMENDATION_STATUS: Labels = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  proposed: { fr: 'Proposée', en: 'Proposed' },
  under_discussion: { fr: 'En discussion', en: 'Under discussion' },
  adopted: { fr: 'Adoptée', en: 'Adopted' },
  adopted_with_changes: { fr: 'Adoptée avec modifications', en: 'Adopted with changes' },
  rejected: { fr: 'Rejetée', en: 'Rejected' },
  deferred: { fr: 'Reportée', en: 'Deferred' },
};

const RECOMMENDATION_TYPE: Labels = {
  amend: { fr: 'Modifier', en: 'Amend' },
  add: { fr: 'Ajouter', en: 'Add' },
  repeal: { fr: 'Abroger', en: 'Repeal' },
  new_law: { fr: 'Nouvelle loi', en: 'New law' },
};

const PRIORITY: Labels = {
  high: { fr: 'Haute', en: 'High' },
  medium: { fr: 'Moyenne', en: 'Medium' },
  low: { fr: 'Basse', en: 'Low' },
};

const SECTOR: Labels = {
  government: { fr: 'Gouvernement', en: 'Government' },
  justice: { fr: 'Justice', en: 'Justice' },
  law_enforcement: { fr: 'Forces de l’ordre', en: 'Law enforcement' },
  parliament: { fr: 'Parlement', en: 'Parliament' },
  civil_society: { fr: 'Société civile', en: 'Civil society' },
  international: { fr: 'Partenaires internationaux', en: 'International partners' },
  academia: { fr: 'Université et recherche', en: 'Academia' },
  other: { fr: 'Autre', en: 'Other' },
};

const SEX: Labels = {
  female: { fr: 'Femmes', en: 'Women' },
  male: { fr: 'Hommes', en: 'Men' },
  undisclosed: { fr: 'Non précisé', en: 'Not stated' },
};

const SEX_ONE: Labels = {
  female: { fr: 'Femme', en: 'Female' },
  male: { fr: 'Homme', en: 'Male' },
  undisclosed: { fr: 'Non précisé', en: 'Not stated' },
};

const METHOD: Labels = {
  vote: { fr: 'Vote', en: 'Vote' },
  consensus: { fr: 'Consensus', en: 'Consensus' },
};

const VOCABULARIES = {
  findingStatus: FINDING_STATUS,
  theme: THEME,
  instrument: INSTRUMENT,
  kind: KIND,
  recommendationStatus: RECOMMENDATION_STATUS,
  recommendationType: RECOMMENDATION_TYPE,
  priority: PRIORITY,
  sector: SECTOR,
  sex: SEX,
  sexOne: SEX_ONE,
  method: METHOD,
} as const;

export type Vocabulary = keyof typeof VOCABULARIES;

/** The label of a value in the report's language; the value itself when it is unknown. */
export function label(vocabulary: Vocabulary, value: string, language: ReportLanguage): string {
  return VOCABULARIES[vocabulary][value]?.[language] ?? value;
}

/** `29 novembre 2026`, `29 November 2026` from an ISO date or date-time (read in UTC). */
export function longDate(iso: string, language: ReportLanguage): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "Mali" from `ML`; the code itself when unknown. */
export function countryName(code: string, language: ReportLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** `42 %` in French (narrow no-break space), `42%` in English; a dash when there is no whole. */
export function percent(part: number, whole: number, language: ReportLanguage): string {
  if (whole === 0) return '—';
  const value = Math.round((part / whole) * 100);
  return language === 'fr' ? `${String(value)}\u202f%` : `${String(value)}%`;
}

/** Joins names: "A, B et C", "A, B and C". */
export function joinNames(names: readonly string[], language: ReportLanguage): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1] ?? '';
  return `${names.slice(0, -1).join(', ')} ${language === 'fr' ? 'et' : 'and'} ${last}`;
}

/** Picks the report's language from a French and an English text. */
export const pick = (language: ReportLanguage, fr: string, en: string): string =>
  language === 'fr' ? fr : en;
