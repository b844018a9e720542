import { FINDING_STATUSES, type FindingStatus } from '../../../../src/contract/common.js';

/** Solid colours of the statuses in charts (each ≥ 3:1 against white, and named in the legend). */
export const STATUS_COLOURS: Readonly<Record<FindingStatus, string>> = {
  aligned: '#2e7d4f',
  partial: '#b57c09',
  missing: '#c0392b',
  not_applicable: '#6f7b89',
  not_assessed: '#5b6abf',
};

export type StatusCounts = Readonly<Record<FindingStatus, number>>;

/** One bar of a stacked chart: a group's name and its count per status. */
export type ChartRow = { key: string; name: string; total: number } & Record<FindingStatus, number>;

/** Bars for coverage groups (themes, instruments), named for the reader, empty groups left out. */
export function chartRows(
  groups: readonly { key: string; counts: Partial<StatusCounts>; total: number }[],
  nameOf: (key: string) => string,
): ChartRow[] {
  return groups
    .filter((group) => group.total > 0)
    .map((group) => {
      const row: ChartRow = {
        key: group.key,
        name: nameOf(group.key),
        total: group.total,
        aligned: 0,
        partial: 0,
        missing: 0,
        not_applicable: 0,
        not_assessed: 0,
      };
      for (const status of FINDING_STATUSES) row[status] = group.counts[status] ?? 0;
      return row;
    });
}

/** A share as a whole percentage; 0 of 0 is 0. */
export function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}

/** The statuses that have findings, in the contract's order: the legend and table columns. */
export function statusesIn(rows: readonly ChartRow[]): FindingStatus[] {
  return FINDING_STATUSES.filter((status) => rows.some((row) => row[status] > 0));
}
