import { describe, expect, it } from 'vitest';
import type { FindingRow } from '../../../../src/contract/findings.js';
import {
  filterFindings,
  filtersFromQuery,
  filtersToQuery,
  groupByTheme,
  keyMove,
  linkedProvisions,
  moveSelection,
  visibleOrder,
} from './model.js';

const row = (obligationId: string, overrides: Partial<FindingRow> = {}): FindingRow => ({
  obligationId,
  instrument: 'TIP',
  theme: 'criminalization',
  kind: 'mandatory',
  title: { en: obligationId, fr: obligationId },
  status: 'partial',
  engineStatus: 'partial',
  provisions: [],
  missingElements: [],
  explanation: '',
  confirmedBy: null,
  confirmedAt: null,
  updatedAt: '2024-01-01T00:00:00Z',
  version: 1,
  ...overrides,
});

const rows = [
  row('TIP.3.a', { theme: 'definitions', status: 'aligned' }),
  row('TIP.5.1', { confirmedBy: { id: 'u1', name: 'Awa' } }),
  row('SOM.6.1.a', { instrument: 'SOM', status: 'missing' }),
  row('GP.nonpunishment', { instrument: 'GP', theme: 'victim_protection', kind: 'optional' }),
  row('UNTOC.99', { instrument: 'UNTOC', theme: 'unlisted' }),
];

describe('filters in the address', () => {
  it('reads the known filters and ignores unknown values', () => {
    const filters = filtersFromQuery(
      new URLSearchParams('instrument=SOM&status=bogus&theme=sanctions&unconfirmed=true'),
    );
    expect(filters).toEqual({
      instrument: 'SOM',
      theme: 'sanctions',
      status: undefined,
      kind: undefined,
      unconfirmed: true,
    });
  });

  it('writes back only the filters in use', () => {
    expect(filtersToQuery({ status: 'missing', unconfirmed: false }).toString()).toBe(
      'status=missing',
    );
    expect(filtersToQuery({ kind: 'optional', unconfirmed: true }).toString()).toBe(
      'kind=optional&unconfirmed=true',
    );
  });
});

describe('filterFindings', () => {
  const ids = (list: FindingRow[]) => list.map((finding) => finding.obligationId);

  it('keeps rows matching every filter', () => {
    expect(ids(filterFindings(rows, { instrument: 'TIP', unconfirmed: false }))).toEqual([
      'TIP.3.a',
      'TIP.5.1',
    ]);
    expect(
      ids(
        filterFindings(rows, { status: 'partial', theme: 'criminalization', unconfirmed: false }),
      ),
    ).toEqual(['TIP.5.1']);
  });

  it('keeps only unconfirmed findings when asked', () => {
    expect(ids(filterFindings(rows, { unconfirmed: true }))).not.toContain('TIP.5.1');
  });
});

describe('groupByTheme', () => {
  it('orders themes as the catalogue does, unlisted themes last', () => {
    const groups = groupByTheme(rows, ['definitions', 'criminalization', 'victim_protection']);
    expect(groups.map((group) => group.theme)).toEqual([
      'definitions',
      'criminalization',
      'victim_protection',
      'unlisted',
    ]);
    expect(groups[1]?.rows.map((finding) => finding.obligationId)).toEqual([
      'TIP.5.1',
      'SOM.6.1.a',
    ]);
    expect(visibleOrder(groups)).toEqual([
      'TIP.3.a',
      'TIP.5.1',
      'SOM.6.1.a',
      'GP.nonpunishment',
      'UNTOC.99',
    ]);
  });
});

describe('keyboard selection', () => {
  const order = ['a', 'b', 'c'];

  it('maps j/k and the arrows to moves, and ignores other keys', () => {
    expect(keyMove('j')).toBe('next');
    expect(keyMove('ArrowUp')).toBe('previous');
    expect(keyMove('End')).toBe('last');
    expect(keyMove('x')).toBeUndefined();
  });

  it('moves by one and stops at the ends', () => {
    expect(moveSelection(order, 'a', 'next')).toBe('b');
    expect(moveSelection(order, 'c', 'next')).toBe('c');
    expect(moveSelection(order, 'a', 'previous')).toBe('a');
    expect(moveSelection(order, 'b', 'last')).toBe('c');
  });

  it('starts at the top going down and at the bottom going up', () => {
    expect(moveSelection(order, undefined, 'next')).toBe('a');
    expect(moveSelection(order, 'gone', 'previous')).toBe('c');
    expect(moveSelection([], 'a', 'next')).toBeUndefined();
  });
});

describe('linkedProvisions', () => {
  it('leaves out rejected provisions', () => {
    const finding = row('TIP.5.1', {
      provisions: [
        { lawId: 'l1', eId: 'art_1', label: 'Art. 1', decision: 'accepted', source: 'engine' },
        { lawId: 'l1', eId: 'art_2', label: 'Art. 2', decision: 'rejected', source: 'engine' },
      ],
    });
    expect(linkedProvisions(finding).map((provision) => provision.eId)).toEqual(['art_1']);
  });
});
