/**
 * Match rules name shared vocabulary once: `match-rules.json` is
 * `{ "concepts": { "trafficking": { "en": [...], "fr": [...] } }, "rules": { "<id>": MatchRule } }`,
 * and wherever rules expect terms, `"@trafficking"` stands for the concept (as a whole group)
 * or, inside an `en`/`fr` list, for the concept's terms in that language. This module
 * replaces the references by the terms, before the rules are validated.
 */
type Json = unknown;

const LANGUAGES = ['en', 'fr'] as const;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Lookup {
  readonly concepts: Record<string, Json>;
  readonly problems: string[];
  /** How many concepts deep the current reference is. */
  readonly depth?: number;
}

function conceptTerms(
  lookup: Lookup,
  name: string,
  language: (typeof LANGUAGES)[number],
): string[] {
  const { concepts, problems, depth = 0 } = lookup;
  const concept = concepts[name];
  const terms = isRecord(concept) ? concept[language] : undefined;
  if (!Array.isArray(terms)) {
    problems.push(`match-rules.json: unknown concept @${name}`);
    return [];
  }
  // A concept may name other concepts ("@trafficking" inside "trafficking_conduct").
  return terms
    .filter((term): term is string => typeof term === 'string')
    .flatMap((term) => {
      if (!term.startsWith('@')) return [term];
      if (depth >= MAX_DEPTH) {
        problems.push(`match-rules.json: concepts nested too deeply at @${name}`);
        return [];
      }
      return conceptTerms({ ...lookup, depth: depth + 1 }, term.slice(1), language);
    });
}

const MAX_DEPTH = 4;

function expand(value: Json, lookup: Lookup): Json {
  if (typeof value === 'string' && value.startsWith('@')) {
    const name = value.slice(1);
    return Object.fromEntries(
      LANGUAGES.map((language) => [language, conceptTerms(lookup, name, language)]),
    );
  }
  if (Array.isArray(value)) return value.map((item) => expand(item, lookup));
  if (!isRecord(value)) return value;
  const isTerms = LANGUAGES.every((language) => Array.isArray(value[language]));
  if (isTerms) {
    const expanded: Record<string, Json> = { ...value };
    for (const language of LANGUAGES) {
      const list = value[language] as Json[];
      expanded[language] = list.flatMap((item) =>
        typeof item === 'string' && item.startsWith('@')
          ? conceptTerms(lookup, item.slice(1), language)
          : [item],
      );
    }
    return expanded;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, expand(item, lookup)]),
  );
}

/** The rules with every concept reference replaced; plain `{ id: rule }` content is returned as is. */
export function expandMatchConcepts(content: Json, problems: string[]): Json {
  if (!isRecord(content) || !isRecord(content.rules)) return content;
  const concepts = isRecord(content.concepts) ? content.concepts : {};
  return expand(content.rules, { concepts, problems });
}
