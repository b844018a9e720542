import { describe, expect, it } from 'vitest';
import { apiQuery, exportHref, filtersOf, searchOf } from './model.js';

describe('regional comparison filters', () => {
  it('reads the address, defaults to obligations, and writes back only what differs', () => {
    const filters = filtersOf(new URLSearchParams('level=theme&status=missing'));
    expect(filters).toEqual({ level: 'theme', instrument: '', theme: '', status: 'missing' });
    expect(searchOf(filters).toString()).toBe('level=theme&status=missing');
    expect(filtersOf(new URLSearchParams('level=other')).level).toBe('obligation');
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
