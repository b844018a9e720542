import { describe, expect, it } from 'vitest';
import { indexCatalogue, isAssessable, parentIds, selectObligations } from './catalogue-index.js';
import type { Catalogue, InstrumentCode, Obligation, ObligationKind, Theme } from './types.js';

function obligation(
  id: string,
  kind: ObligationKind = 'mandatory',
  theme: Theme = 'criminalization',
): Obligation {
  const instrument = id.split('.')[0] as InstrumentCode; // test IDs always start with a code
  return {
    id,
    instrument,
    article: null,
    paragraph: null,
    title: { en: id, fr: id },
    summary: { en: id, fr: id },
    kind,
    requiresLegislation: kind !== 'non_legislative',
    theme,
    elements: [
      {
        id: `${id}#one`,
        label: { en: 'one', fr: 'un' },
        keywords: { en: [], fr: [] },
        required: true,
      },
    ],
    terms: { en: [], fr: [] },
    source: id,
  };
}

const catalogue: Catalogue = {
  version: '2026.1',
  instruments: [],
  rules: [],
  obligations: [
    obligation('TIP.3.a', 'definition', 'definitions'),
    obligation('TIP.6.3.a', 'endeavour', 'victim_protection'),
    obligation('TIP.6.3.b', 'endeavour', 'victim_protection'),
    obligation('TIP.15.1', 'non_legislative', 'final_clauses'),
    obligation('SOM.6.1.b.i'),
    obligation('SOM.6.1.b.ii'),
    obligation('UNTOC.16.1', 'non_legislative', 'international_cooperation'),
    obligation('UNTOC.16.10', 'mandatory', 'international_cooperation'),
    obligation('UNTOC.1', 'non_legislative', 'general'),
  ],
};

const ids = (list: readonly Obligation[]) => list.map((o) => o.id);

describe('indexCatalogue', () => {
  const index = indexCatalogue(catalogue);

  it('finds obligations and elements by ID', () => {
    expect(index.byId.get('SOM.6.1.b.ii')?.kind).toBe('mandatory');
    expect(index.elementById.get('TIP.6.3.b#one')?.obligation.id).toBe('TIP.6.3.b');
  });

  it('rolls a paragraph up to its sub-paragraphs', () => {
    expect(ids(index.descendantsOf('TIP.6.3'))).toEqual(['TIP.6.3.a', 'TIP.6.3.b']);
    expect(ids(index.descendantsOf('SOM.6.1.b'))).toEqual(['SOM.6.1.b.i', 'SOM.6.1.b.ii']);
  });

  it('keeps UNTOC.16 apart from UNTOC.1 and UNTOC.16.10 apart from UNTOC.16.1', () => {
    expect(ids(index.descendantsOf('UNTOC.16'))).toEqual(['UNTOC.16.1', 'UNTOC.16.10']);
    expect(ids(index.descendantsOf('UNTOC.1'))).toEqual(['UNTOC.1']);
    expect(ids(index.descendantsOf('UNTOC.16.1'))).toEqual(['UNTOC.16.1']);
  });

  it('returns an exact ID as itself and an unknown one as nothing', () => {
    expect(ids(index.descendantsOf('TIP.3.a'))).toEqual(['TIP.3.a']);
    expect(index.descendantsOf('TIP.99')).toEqual([]);
    expect(index.descendantsOf('TIP.6.3.')).toEqual([]);
  });

  it('rolls an instrument up to all its obligations', () => {
    expect(index.descendantsOf('SOM')).toHaveLength(2);
  });
});

describe('parentIds', () => {
  it('lists the ancestors nearest first', () => {
    expect(parentIds('SOM.6.1.b.ii')).toEqual(['SOM.6.1.b', 'SOM.6.1', 'SOM.6', 'SOM']);
    expect(parentIds('TIP.3.a#means.force')).toEqual(['TIP.3.a', 'TIP.3', 'TIP']);
    expect(parentIds('GP.nonpunishment')).toEqual(['GP']);
    expect(parentIds('TIP')).toEqual([]);
  });
});

describe('selectObligations', () => {
  it('combines instruments, themes and kinds', () => {
    expect(
      ids(selectObligations(catalogue, { instruments: ['UNTOC'], kinds: ['mandatory'] })),
    ).toEqual(['UNTOC.16.10']);
    expect(
      ids(selectObligations(catalogue, { themes: ['victim_protection', 'definitions'] })),
    ).toEqual(['TIP.3.a', 'TIP.6.3.a', 'TIP.6.3.b']);
  });

  it('keeps everything with no filter or empty lists', () => {
    expect(selectObligations(catalogue)).toHaveLength(9);
    expect(selectObligations(catalogue, { instruments: [], themes: [] })).toHaveLength(9);
  });

  it('is what the index filter returns', () => {
    const filter = { kinds: ['endeavour' as const] };
    expect(indexCatalogue(catalogue).filter(filter)).toEqual(selectObligations(catalogue, filter));
  });
});

describe('isAssessable', () => {
  it('excludes only non-legislative clauses', () => {
    const assessable = catalogue.obligations.filter(isAssessable).map((o) => o.id);
    expect(assessable).not.toContain('TIP.15.1');
    expect(assessable).toContain('TIP.6.3.a');
    expect(assessable).toHaveLength(6);
  });
});
