import type { FindingStatus } from '../../../../src/contract/common.js';
import type { RegionalLevel, RegionalMatrix } from '../../../../src/contract/regional.js';

/** The filters of the page, as the address keeps them (`#/regional?level=theme&status=missing`). */
export interface RegionalFilters {
  readonly level: RegionalLevel;
  readonly instrument: string;
  readonly theme: string;
  readonly status: string;
  /** Project IDs to compare; empty: every country one may read. */
  readonly projects: readonly string[];
}

export const THEMES = [
  'general',
  'definitions',
  'criminalization',
  'sanctions',
  'legal_persons',
  'confiscation',
  'jurisdiction',
  'victim_protection',
  'immigration_return',
  'prevention',
  'border_documents',
  'international_cooperation',
  'procedure',
] as const;

export function filtersOf(query: URLSearchParams): RegionalFilters {
  return {
    level: query.get('level') === 'theme' ? 'theme' : 'obligation',
    instrument: query.get('instrument') ?? '',
    theme: query.get('theme') ?? '',
    status: query.get('status') ?? '',
    projects: (query.get('projects') ?? '').split(',').filter((id) => id !== ''),
  };
}

/** The address query of these filters, without the defaults. */
export function searchOf(filters: RegionalFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.level === 'theme') search.set('level', 'theme');
  if (filters.instrument !== '') search.set('instrument', filters.instrument);
  if (filters.theme !== '') search.set('theme', filters.theme);
  if (filters.status !== '') search.set('status', filters.status);
  if (filters.projects.length > 0) search.set('projects', filters.projects.join(','));
  return search;
}

/** The API query of these filters. */
export function apiQuery(filters: RegionalFilters): Record<string, string> {
  const query: Record<string, string> = { level: filters.level };
  if (filters.instrument !== '') query.instruments = filters.instrument;
  if (filters.theme !== '') query.themes = filters.theme;
  if (filters.status !== '') query.statuses = filters.status;
  if (filters.projects.length > 0) query.projects = filters.projects.join(',');
  return query;
}

/** The download link of the matrix with these filters. */
export function exportHref(
  filters: RegionalFilters,
  format: 'csv' | 'xlsx',
  language: 'fr' | 'en',
): string {
  const query = new URLSearchParams({ ...apiQuery(filters), format, language });
  return `/api/regional/export?${query.toString()}`;
}

/** A letter per status, beside the sign: colour is never the only cue. */
export const STATUS_LETTERS: Readonly<
  Record<'fr' | 'en', Readonly<Record<FindingStatus, string>>>
> = {
  en: { aligned: 'A', partial: 'P', missing: 'M', not_applicable: 'N/A', not_assessed: '?' },
  fr: { aligned: 'C', partial: 'P', missing: 'A', not_applicable: 'S/O', not_assessed: '?' },
};

export const STATUS_SIGNS: Readonly<Record<FindingStatus, string>> = {
  aligned: '✓',
  partial: '◐',
  missing: '✗',
  not_applicable: '–',
  not_assessed: '?',
};

/** The countries chosen after ticking or unticking one (none ticked: all). */
export function toggled(projects: readonly string[], id: string, on: boolean): string[] {
  return on
    ? [...projects.filter((item) => item !== id), id]
    : projects.filter((item) => item !== id);
}

/** Country codes of the projects named, in the order of the matrix. */
export function codesOf(matrix: RegionalMatrix, ids: readonly string[]): string[] {
  const codes = new Map(matrix.countries.map((country) => [country.projectId, country.country]));
  return ids.map((id) => codes.get(id) ?? id);
}
