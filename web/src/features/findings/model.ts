import {
  FINDING_STATUSES,
  INSTRUMENTS,
  OBLIGATION_KINDS,
  type FindingStatus,
} from '../../../../src/contract/common.js';
import type { FindingRow } from '../../../../src/contract/findings.js';

type Instrument = (typeof INSTRUMENTS)[number];
type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** The filters of the concordance table, as the address keeps them. */
export interface Filters {
  instrument?: Instrument;
  theme?: string;
  status?: FindingStatus;
  kind?: ObligationKind;
  unconfirmed: boolean;
}

const oneOf = <TValue extends string>(
  values: readonly TValue[],
  value: string | null,
): TValue | undefined => values.find((candidate) => candidate === value);

/** Filters from the address's query; unknown values are ignored, not errors. */
export function filtersFromQuery(query: URLSearchParams): Filters {
  const theme = query.get('theme');
  return {
    instrument: oneOf(INSTRUMENTS, query.get('instrument')),
    theme: theme === null || theme === '' ? undefined : theme,
    status: oneOf(FINDING_STATUSES, query.get('status')),
    kind: oneOf(OBLIGATION_KINDS, query.get('kind')),
    unconfirmed: query.get('unconfirmed') === 'true',
  };
}

/** The query that gives back `filters`, with only the filters in use. */
export function filtersToQuery(filters: Filters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.instrument !== undefined) query.set('instrument', filters.instrument);
  if (filters.theme !== undefined) query.set('theme', filters.theme);
  if (filters.status !== undefined) query.set('status', filters.status);
  if (filters.kind !== undefined) query.set('kind', filters.kind);
  if (filters.unconfirmed) query.set('unconfirmed', 'true');
  return query;
}

export function hasFilters(filters: Filters): boolean {
  return filtersToQuery(filters).toString() !== '';
}

/** The findings that pass every filter in use. */
export function filterFindings(rows: readonly FindingRow[], filters: Filters): FindingRow[] {
  return rows.filter(
    (row) =>
      (filters.instrument === undefined || row.instrument === filters.instrument) &&
      (filters.theme === undefined || row.theme === filters.theme) &&
      (filters.status === undefined || row.status === filters.status) &&
      (filters.kind === undefined || row.kind === filters.kind) &&
      (!filters.unconfirmed || row.confirmedBy === null),
  );
}

export interface ThemeGroup {
  theme: string;
  rows: FindingRow[];
}

/**
 * Findings by theme, themes in the catalogue's order (those it does not list come after, as
 * met), rows in the order given.
 */
export function groupByTheme(
  rows: readonly FindingRow[],
  themeOrder: readonly string[],
): ThemeGroup[] {
  const groups = new Map<string, FindingRow[]>();
  for (const row of rows) {
    const group = groups.get(row.theme);
    if (group === undefined) groups.set(row.theme, [row]);
    else group.push(row);
  }
  const rank = (theme: string) => {
    const index = themeOrder.indexOf(theme);
    return index === -1 ? themeOrder.length : index;
  };
  return [...groups.entries()]
    .map(([theme, members], met) => ({ theme, rows: members, met }))
    .sort((a, b) => rank(a.theme) - rank(b.theme) || a.met - b.met)
    .map(({ theme, rows: members }) => ({ theme, rows: members }));
}

/** The themes present in `rows`, in the catalogue's order: the theme filter's options. */
export function themesOf(rows: readonly FindingRow[], themeOrder: readonly string[]): string[] {
  return groupByTheme(rows, themeOrder).map((group) => group.theme);
}

/** The rows as the reader sees them, top to bottom: what j / k walk through. */
export function visibleOrder(groups: readonly ThemeGroup[]): string[] {
  return groups.flatMap((group) => group.rows.map((row) => row.obligationId));
}

/** How a key moves the selection: by one, or to either end; undefined for other keys. */
export function keyMove(key: string): 'next' | 'previous' | 'first' | 'last' | undefined {
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/**
 * The selected row after a move, among `order`: from nothing, next starts at the top and
 * previous at the bottom; moves stop at the ends.
 */
export function moveSelection(
  order: readonly string[],
  selected: string | undefined,
  move: 'next' | 'previous' | 'first' | 'last',
): string | undefined {
  if (order.length === 0) return undefined;
  const last = order.length - 1;
  const at = selected === undefined ? -1 : order.indexOf(selected);
  let index: number;
  if (move === 'first') index = 0;
  else if (move === 'last') index = last;
  else if (at === -1) index = move === 'next' ? 0 : last;
  else index = Math.min(last, Math.max(0, at + (move === 'next' ? 1 : -1)));
  return order[index];
}

/** Provisions worth listing: what the engine proposed and analysts accepted, not rejected. */
export function linkedProvisions(row: FindingRow): FindingRow['provisions'] {
  return row.provisions.filter((provision) => provision.decision !== 'rejected');
}
