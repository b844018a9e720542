import type { CatalogueLanguage, Obligation } from '../catalogue/types.js';
import type { Conflict, ElementResult, SuggestedStatus } from './finding.js';
import type { ProvisionRef } from './units.js';

/**
 * The engine's one-paragraph explanation, in the law's language: which provisions, which
 * elements are there and which are not, what goes against the obligation.
 */
export interface ExplanationInput {
  readonly obligation: Obligation;
  readonly status: SuggestedStatus;
  readonly language: CatalogueLanguage;
  /** What the explanation rests on; each list is empty when absent. */
  readonly provisions?: readonly ProvisionRef[];
  readonly elements?: readonly ElementResult[];
  readonly conflicts?: readonly Conflict[];
  readonly lookAlikes?: readonly { provision: ProvisionRef; reason: string }[];
  readonly notes?: readonly string[];
}

const GROUP_NAMES: Readonly<Record<string, { en: [string, string]; fr: [string, string] }>> = {
  act: { en: ['act', 'acts'], fr: ['acte', 'actes'] },
  means: { en: ['means', 'means'], fr: ['moyen', 'moyens'] },
  purpose: {
    en: ['element of purpose', 'elements of purpose'],
    fr: ['élément de finalité', 'éléments de finalité'],
  },
  exploitation: {
    en: ['form of exploitation', 'forms of exploitation'],
    fr: ['forme d’exploitation', 'formes d’exploitation'],
  },
};

const NUMBER_WORDS = {
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  fr: ['aucun', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
};

function count(value: number, language: CatalogueLanguage): string {
  return NUMBER_WORDS[language][value] ?? String(value);
}

function list(items: readonly string[], language: CatalogueLanguage): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1] ?? ''}`;
}

function refs(provisions: readonly ProvisionRef[], language: CatalogueLanguage): string {
  return list(
    provisions.map((provision) => provision.label),
    language,
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function elementLabel(element: ElementResult, language: CatalogueLanguage): string {
  const label = element.label[language];
  const colon = label.indexOf(':');
  return lowerFirst(colon >= 0 ? label.slice(colon + 1).trim() : label);
}

/** "all five acts, seven of nine means" for grouped elements; "3 of 4 elements" otherwise. */
function coverage(elements: readonly ElementResult[], language: CatalogueLanguage): string {
  const required = elements.filter((element) => element.required);
  const groups = new Map<string, ElementResult[]>();
  for (const element of required) {
    const group = /#([a-z_]+)\./.exec(element.id)?.[1] ?? '';
    const key = group in GROUP_NAMES ? group : '';
    groups.set(key, [...(groups.get(key) ?? []), element]);
  }
  const parts = [...groups.entries()].map(([group, members]) => {
    const present = members.filter((element) => element.present).length;
    const names = GROUP_NAMES[group];
    const noun =
      names === undefined
        ? language === 'fr'
          ? ['élément', 'éléments']
          : ['element', 'elements']
        : names[language];
    const plural = noun[members.length > 1 ? 1 : 0] ?? '';
    if (present === members.length) {
      if (members.length === 1)
        return language === 'fr'
          ? `le seul ${noun[0] ?? ''} requis`
          : `the one ${noun[0] ?? ''} required`;
      return language === 'fr'
        ? `les ${count(members.length, 'fr')} ${plural}`
        : `all ${count(members.length, 'en')} ${plural}`;
    }
    if (present === 0) {
      if (members.length === 1)
        return language === 'fr'
          ? `sans le seul ${noun[0] ?? ''} requis`
          : `without the one ${noun[0] ?? ''} required`;
      return language === 'fr'
        ? `aucun des ${count(members.length, 'fr')} ${plural}`
        : `none of the ${count(members.length, 'en')} ${plural}`;
    }
    const singular = noun[0] ?? '';
    return language === 'fr'
      ? `${count(present, 'fr')} ${present > 1 ? plural : singular} sur ${count(members.length, 'fr')}`
      : `${count(present, 'en')} of ${count(members.length, 'en')} ${plural}`;
  });
  return list(parts, language);
}

export function explain(input: ExplanationInput): string {
  const { obligation, language, provisions = [], elements = [], conflicts = [] } = input;
  const fr = language === 'fr';
  const title = lowerFirst(obligation.title[language]);
  const sentences: string[] = [];
  if (input.status === 'not_applicable') {
    sentences.push(
      fr
        ? `${obligation.id} (${title}) ne demande pas de disposition législative nationale.`
        : `${obligation.id} (${title}) does not call for a provision of national law.`,
    );
    return sentences.join(' ');
  }
  if (provisions.length === 0) {
    sentences.push(
      fr
        ? `Aucune disposition du texte ne met en œuvre ${obligation.id} (${title}).`
        : `No provision of the text implements ${obligation.id} (${title}).`,
    );
  } else {
    const required = elements.filter((element) => element.required);
    const has =
      required.length > 0
        ? fr
          ? ` : on y trouve ${coverage(elements, 'fr')}`
          : ` with ${coverage(elements, 'en')}`
        : '';
    const verb =
      provisions.length > 1
        ? fr
          ? 'mettent en œuvre'
          : 'implement'
        : fr
          ? 'met en œuvre'
          : 'implements';
    sentences.push(`${refs(provisions, language)} ${verb} ${obligation.id} (${title})${has}.`);
    const missing = required
      .filter((element) => !element.present)
      .map((element) => elementLabel(element, language));
    if (missing.length > 0)
      sentences.push(
        fr ? `Il manque : ${list(missing, 'fr')}.` : `Missing: ${list(missing, 'en')}.`,
      );
  }
  for (const conflict of conflicts) {
    sentences.push(
      fr
        ? `${conflict.provision.label} va à l’encontre de l’obligation : ${lowerFirst(conflict.reason.fr)}.`
        : `${conflict.provision.label} goes against it: ${lowerFirst(conflict.reason.en)}.`,
    );
  }
  for (const lookAlike of input.lookAlikes ?? []) {
    sentences.push(
      fr
        ? `${lookAlike.provision.label} n’est qu’une ressemblance : ${lowerFirst(lookAlike.reason)}.`
        : `${lookAlike.provision.label} only looks similar: ${lowerFirst(lookAlike.reason)}.`,
    );
  }
  sentences.push(...(input.notes ?? []));
  return sentences.join(' ').replace(/\.\./g, '.');
}
