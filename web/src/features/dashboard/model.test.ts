import { describe, expect, it } from 'vitest';
import { chartRows, percent, statusesIn } from './model.js';

describe('chartRows', () => {
  const groups = [
    { key: 'definitions', counts: { aligned: 3, partial: 1 }, total: 4 },
    { key: 'procedure', counts: {}, total: 0 },
    { key: 'sanctions', counts: { missing: 2, aligned: 1 }, total: 3 },
  ];

  it('names each group and fills every status, leaving out empty groups', () => {
    const rows = chartRows(groups, (key) => key.toUpperCase());
    expect(rows).toEqual([
      {
        key: 'definitions',
        name: 'DEFINITIONS',
        total: 4,
        aligned: 3,
        partial: 1,
        missing: 0,
        not_applicable: 0,
        not_assessed: 0,
      },
      {
        key: 'sanctions',
        name: 'SANCTIONS',
        total: 3,
        aligned: 1,
        partial: 0,
        missing: 2,
        not_applicable: 0,
        not_assessed: 0,
      },
    ]);
    expect(statusesIn(rows)).toEqual(['aligned', 'partial', 'missing']);
  });
});

describe('percent', () => {
  it('rounds shares and treats nothing as zero', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});
