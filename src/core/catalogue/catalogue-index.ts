import type {
  Catalogue,
  Element,
  InstrumentCode,
  Obligation,
  ObligationKind,
  Theme,
} from './types.js';

/** Which obligations to keep; an absent or empty list keeps everything on that axis. */
export interface ObligationFilter {
  readonly instruments?: readonly InstrumentCode[];
  readonly themes?: readonly Theme[];
  readonly kinds?: readonly ObligationKind[];
}

/** Lookups over one catalogue, built once: by ID, by element ID, and down the ID tree. */
export interface CatalogueIndex {
  readonly catalogue: Catalogue;
  readonly byId: ReadonlyMap<string, Obligation>;
  readonly elementById: ReadonlyMap<
    string,
    { readonly obligation: Obligation; readonly element: Element }
  >;
  /**
   * The obligations at or below an ID, in catalogue order, for roll-ups: `TIP.6.3` gives
   * TIP.6.3.a-d, `UNTOC.16` gives UNTOC.16.1-17, `TIP` the whole Protocol; an obligation's own ID
   * gives itself (and any obligation below it). Unknown prefixes give an empty list.
   */
  descendantsOf(id: string): readonly Obligation[];
  /** The ancestors of an ID, nearest first: `SOM.6.1.b.ii` → SOM.6.1.b, SOM.6.1, SOM.6, SOM. */
  parentIds(id: string): readonly string[];
  filter(filter: ObligationFilter): readonly Obligation[];
}

/** True when national law can be assessed against the obligation (not a final or saving clause). */
export function isAssessable(obligation: Obligation): boolean {
  return obligation.kind !== 'non_legislative';
}

/** The obligations matching every axis of the filter, in catalogue order. */
export function selectObligations(
  catalogue: Catalogue,
  filter: ObligationFilter = {},
): readonly Obligation[] {
  const keep = <T>(list: readonly T[] | undefined, value: T): boolean =>
    list === undefined || list.length === 0 || list.includes(value);
  return catalogue.obligations.filter(
    (o) =>
      keep(filter.instruments, o.instrument) &&
      keep(filter.themes, o.theme) &&
      keep(filter.kinds, o.kind),
  );
}

/** The IDs above an obligation or element ID, nearest first; `TIP.3.a#means.force` → TIP.3.a, TIP.3, TIP. */
export function parentIds(id: string): readonly string[] {
  const hash = id.indexOf('#');
  const base = hash >= 0 ? id.slice(0, hash) : id;
  const parts = base.split('.');
  const parents: string[] = hash >= 0 ? [base] : [];
  for (let length = parts.length - 1; length >= 1; length -= 1) {
    parents.push(parts.slice(0, length).join('.'));
  }
  return parents;
}

/**
 * Builds the lookups of a catalogue. Pure; build it once per catalogue and keep it.
 *
 * @example
 * const index = indexCatalogue(catalogue);
 * index.descendantsOf('TIP.6.3').map((o) => o.id); // ['TIP.6.3.a', 'TIP.6.3.b', 'TIP.6.3.c', 'TIP.6.3.d']
 */
export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const byId = new Map(catalogue.obligations.map((o) => [o.id, o]));
  const elementById = new Map(
    catalogue.obligations.flatMap((obligation) =>
      obligation.elements.map((element) => [element.id, { obligation, element }] as const),
    ),
  );
  const below = new Map<string, Obligation[]>();
  for (const obligation of catalogue.obligations) {
    for (const id of [obligation.id, ...parentIds(obligation.id)]) {
      const list = below.get(id) ?? [];
      list.push(obligation);
      below.set(id, list);
    }
  }
  return Object.freeze({
    catalogue,
    byId,
    elementById,
    descendantsOf: (id: string) => below.get(id) ?? [],
    parentIds,
    filter: (filter: ObligationFilter) => selectObligations(catalogue, filter),
  });
}
