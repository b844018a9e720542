import { describe, expect, it } from 'vitest';
import { frbrExpressionUri, frbrNumber, frbrWorkUri, toIso6392 } from './frbr.js';
import { EMPTY_META } from './legal-document.js';

describe('FRBR URIs', () => {
  it('builds the expression URI of a Malian act from its printed number', () => {
    const meta = {
      ...EMPTY_META,
      country: 'ML',
      year: '2012',
      number: '2012-023',
      language: 'fr',
      date: '2012-07-12',
    };
    expect(frbrExpressionUri(meta)).toBe('/akn/ml/act/2012/23/fra@2012-07-12');
  });

  it('drops the year and the "No." from numbers written in other styles', () => {
    expect(frbrNumber('51/2018', '2018')).toBe('51');
    expect(frbrNumber('No. 11', '2008')).toBe('11');
    expect(frbrNumber('N° 2005/015', '2005')).toBe('15');
    expect(frbrNumber('', '2008')).toBe('nn');
  });

  it('marks an unknown country and year rather than inventing them', () => {
    expect(frbrWorkUri(EMPTY_META)).toBe('/akn/xx/act/0000/nn');
  });

  it('maps two-letter languages to the three-letter codes of Akoma Ntoso', () => {
    expect(toIso6392('fr')).toBe('fra');
    expect(toIso6392('EN')).toBe('eng');
    expect(toIso6392('')).toBe('und');
  });
});
