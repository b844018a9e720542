import { describe, expect, it } from 'vitest';
import { readDate, readWorkMeta } from './work-meta.js';

describe('readWorkMeta', () => {
  it('reads number, year and date from a French title', () => {
    const title =
      'Loi n°2012-023 du 12 juillet 2012 relative à la lutte contre la traite des personnes';
    expect(readWorkMeta(title, '')).toEqual({
      title,
      number: '2012-023',
      year: '2012',
      date: '2012-07-12',
    });
  });

  it('reads "Act No. 11 of 2008" and the OCR form "ACT NO, XXXIV OF 2018"', () => {
    expect(readWorkMeta('', 'Act No. 11 of 2008')).toEqual({ number: '11', year: '2008' });
    expect(readWorkMeta('ACT NO, XXXIV OF 2018', '')).toMatchObject({
      number: 'XXXIV',
      year: '2018',
    });
  });

  it('takes the date of assent in brackets when the title has none', () => {
    expect(readWorkMeta('THE X ACT, 2019', 'ACT No. 7 of 2019\n[12th July, 2019]')).toMatchObject({
      number: '7',
      date: '2019-07-12',
    });
  });

  it('leaves out what the text does not say', () => {
    expect(readWorkMeta('', 'Texte sans titre')).toEqual({});
  });
});

describe('readDate', () => {
  it.each([
    ['du 1er août 2005', '2005-08-01'],
    ['le 29 Décembre 2005', '2005-12-29'],
    ['this 3rd day of March, 2020', '2020-03-03'],
    ['le 31 brumaire 2005', ''],
  ])('reads %j as %j', (text, date) => {
    expect(readDate(text)).toBe(date);
  });
});
