import type { z } from 'zod';
import { expandMatchConcepts } from './match-concepts.js';
import { catalogueFileSchema, matchRulesSchema, obligationSchema } from './catalogue-schema.js';
import type { Catalogue, MatchRule, Obligation } from './types.js';

/** The raw content of the catalogue files, as read from disk (or built by a test). */
export interface CatalogueInput {
  /** Content of `catalogue.json`: version, instruments, cross-instrument rules. */
  readonly catalogue: unknown;
  /** Content of each obligations file: an array of obligations (or a single obligation). */
  readonly obligations: readonly unknown[];
  /** Content of `match-rules.json`: `{ "<obligation id>": MatchRule }`; absent or empty is fine. */
  readonly matchRules?: unknown;
  /** File names parallel to `obligations`, used in error messages ("obligations/tip.json"). */
  readonly obligationFiles?: readonly string[];
}

/** Invalid catalogue data. `problems` lists every problem found, each naming file, ID and field. */
export class CatalogueError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, 20).join('\n  ');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    super(`invalid catalogue (${problems.length} problem(s)):\n  ${shown}${more}`);
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

/**
 * Validates the catalogue files and assembles one frozen Catalogue: obligations in file order,
 * each with its match rule merged in. Throws a CatalogueError listing every problem (unknown
 * field, invalid kind or theme, empty French or English text, duplicate ID, element ID not
 * prefixed by its obligation, match rule or cross-instrument rule naming an unknown ID).
 *
 * @example
 * const catalogue = parseCatalogue({ catalogue: meta, obligations: [tip, som, untoc, gp] });
 * catalogue.obligations.find((o) => o.id === 'TIP.3.a')?.title.fr; // 'Terminologie'
 */
export function parseCatalogue(input: CatalogueInput): Catalogue {
  const problems: string[] = [];
  const meta = catalogueFileSchema.safeParse(input.catalogue);
  if (!meta.success) problems.push(...describeIssues('catalogue.json', meta.error));

  // IDs of invalid obligations count as known, so one bad record is reported once.
  const knownIds = new Set<string>();
  const obligations = parseObligations(input, knownIds, problems);
  const rules = parseMatchRules(input.matchRules, knownIds, problems);
  if (meta.success) {
    checkInstruments(meta.data.instruments, obligations, problems);
    for (const rule of meta.data.rules) {
      for (const id of new Set([...rule.obligations, ...rule.basis])) {
        if (!knownIds.has(id))
          problems.push(`catalogue.json: rule ${rule.id}: unknown obligation ${id}`);
      }
    }
  }
  if (problems.length > 0 || !meta.success) throw new CatalogueError(problems);

  // Instruments in the order catalogue.json lists them (TIP, SOM, UNTOC, GP), then treaty order.
  const rank = new Map(meta.data.instruments.map((instrument, index) => [instrument.code, index]));
  const merged = obligations
    .map((o) => {
      const match = rules.get(o.id);
      return match === undefined ? o : { ...o, match };
    })
    .map((o, index) => ({ o, index }))
    .sort(
      (a, b) =>
        (rank.get(a.o.instrument) ?? 99) - (rank.get(b.o.instrument) ?? 99) || a.index - b.index,
    )
    .map(({ o }) => o);
  return deepFreeze({
    version: meta.data.version,
    instruments: meta.data.instruments,
    obligations: merged,
    rules: meta.data.rules,
  });
}

function parseObligations(
  input: CatalogueInput,
  knownIds: Set<string>,
  problems: string[],
): Obligation[] {
  const result: Obligation[] = [];
  const seen = new Map<string, string>();
  const elementIds = new Set<string>();
  input.obligations.forEach((content, fileIndex) => {
    const file = input.obligationFiles?.[fileIndex] ?? `obligations[${fileIndex}]`;
    const items: readonly unknown[] = Array.isArray(content) ? content : [content];
    items.forEach((item, index) => {
      const id = idOf(item);
      if (id !== undefined) knownIds.add(id);
      const where = `${file}: ${id ?? `item ${index}`}`;
      const parsed = obligationSchema.safeParse(item);
      if (!parsed.success) {
        problems.push(...describeIssues(where, parsed.error));
        return;
      }
      const obligation: Obligation = parsed.data;
      const earlier = seen.get(obligation.id);
      if (earlier !== undefined) problems.push(`${where}: duplicate ID (also in ${earlier})`);
      seen.set(obligation.id, file);
      checkObligation(obligation, where, { elementIds, problems });
      result.push(obligation);
    });
  });
  return result;
}

function checkObligation(
  obligation: Obligation,
  where: string,
  { elementIds, problems }: { readonly elementIds: Set<string>; readonly problems: string[] },
): void {
  if (!obligation.id.startsWith(`${obligation.instrument}.`)) {
    problems.push(`${where}: id: must start with its instrument "${obligation.instrument}."`);
  }
  obligation.elements.forEach((element, index) => {
    if (
      !element.id.startsWith(`${obligation.id}#`) ||
      element.id.length <= obligation.id.length + 1
    ) {
      problems.push(
        `${where}: elements[${index}].id: "${element.id}" must start with "${obligation.id}#"`,
      );
    }
    if (elementIds.has(element.id))
      problems.push(`${where}: elements[${index}].id: duplicate ${element.id}`);
    elementIds.add(element.id);
  });
}

function parseMatchRules(
  content: unknown,
  knownIds: ReadonlySet<string>,
  problems: string[],
): ReadonlyMap<string, MatchRule> {
  if (content === undefined || content === null) return new Map();
  const parsed = matchRulesSchema.safeParse(expandMatchConcepts(content, problems));
  if (!parsed.success) {
    problems.push(...describeIssues('match-rules.json', parsed.error));
    return new Map();
  }
  for (const id of Object.keys(parsed.data)) {
    if (!knownIds.has(id)) problems.push(`match-rules.json: ${id}: unknown obligation ID`);
  }
  return new Map(Object.entries(parsed.data));
}

function checkInstruments(
  instruments: readonly { readonly code: string }[],
  obligations: readonly Obligation[],
  problems: string[],
): void {
  const codes = new Set<string>();
  for (const { code } of instruments) {
    if (codes.has(code)) problems.push(`catalogue.json: instruments: duplicate ${code}`);
    codes.add(code);
  }
  const missing = new Set(obligations.map((o) => o.instrument).filter((code) => !codes.has(code)));
  for (const code of missing)
    problems.push(`catalogue.json: instruments: ${code} is not described`);
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;
  return typeof item.id === 'string' ? item.id : undefined;
}

function describeIssues(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((part) =>
      typeof part === 'number' ? `[${part}]` : `.${String(part)}`,
    );
    const field = path.join('').replace(/^\./, '');
    return `${where}: ${field === '' ? '' : `${field}: `}${issue.message}`;
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
