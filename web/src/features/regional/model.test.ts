import { describe, expect, it } from 'vitest';
import { apiQuery, exportHref, filtersOf, searchOf, toggled } from './model.js';

describe('regional comparison filters', () => {
  it('reads the address, defaults to obligations, and writes back only what differs', () => {
    const filters = filtersOf(new URLSearchParams('level=theme&status=missing'));
    expect(filters).toEqual({
      level: 'theme',
      instrument: '',
      theme: '',
      status: 'missing',
      projects: [],
    });
    expect(searchOf(filters).toString()).toBe('level=theme&status=missing');
    expect(filtersOf(new URLSearchParams('level=other')).level).toBe('obligation');
  });

  it('keeps the countries chosen, all of them when none is', () => {
    const filters = filtersOf(new URLSearchParams('projects=p1,p2'));
    expect(filters.projects).toEqual(['p1', 'p2']);
    expect(apiQuery(filters).projects).toBe('p1,p2');
    expect(toggled(filters.projects, 'p1', false)).toEqual(['p2']);
    expect(toggled(['p2'], 'p3', true)).toEqual(['p2', 'p3']);
    expect(searchOf({ ...filters, projects: [] }).has('projects')).toBe(false);
  });

  it('asks the API and the download with the same filters', () => {
    const filters = filtersOf(new URLSearchParams('instrument=SOM&theme=sanctions'));
    expect(apiQuery(filters)).toEqual({
      level: 'obligation',
      instruments: 'SOM',
      themes: 'sanctions',
    });
    expect(exportHref(filters, 'xlsx', 'fr')).toBe(
      '/api/regional/export?level=obligation&instruments=SOM&themes=sanctions&format=xlsx&language=fr',
    );
  });
});
