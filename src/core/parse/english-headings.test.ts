import { describe, expect, it } from 'vitest';
import { parseEnglishHeadings } from './english-headings.js';

const sections = { sections: true } as const;

describe('parseEnglishHeadings', () => {
  it.each([
    { line: 'PART I—PRELIMINARY', division: 'part', num: 'I', rest: 'PRELIMINARY' },
    { line: 'PART II - OFFENCES', division: 'part', num: 'II', rest: 'OFFENCES' },
    { line: 'Division 2', division: 'division', num: '2', rest: '' },
    {
      line: 'CHAPTER ONE: GENERAL PROVISIONS',
      division: 'chapter',
      num: 'ONE',
      rest: 'GENERAL PROVISIONS',
    },
    { line: 'SCHEDULE', division: 'annex', num: '', rest: '' },
    { line: 'First Schedule', division: 'annex', num: 'First', rest: '' },
    { line: 'SCHEDULE 2', division: 'annex', num: '2', rest: '' },
    {
      line: 'SCHEDULE (Sections 7,8, and 9)',
      division: 'annex',
      num: '',
      rest: '(Sections 7,8, and 9)',
    },
  ])('reads $line as a $division numbered $num', ({ line, division, num, rest }) => {
    expect(parseEnglishHeadings(line, sections)).toEqual({ kind: 'division', division, num, rest });
  });

  it.each([
    ['2. Interpretation', '2', 'Interpretation'],
    ['3.—(1) In this Act…', '3', '(1) In this Act…'],
    ['12. (1) A person who…', '12', '(1) A person who…'],
    ['12A. Offences by bodies corporate', '12A', 'Offences by bodies corporate'],
    ['1204. Last section of a long act', '1204', 'Last section of a long act'],
    ['Article 3: Definitions', '3', 'Definitions'],
  ])('reads %j as section %j', (line, num, rest) => {
    expect(parseEnglishHeadings(line, sections)).toEqual({ kind: 'article', num, rest });
  });

  it('reads "Section 4" as a section, or as a division when the text numbers articles', () => {
    expect(parseEnglishHeadings('Section 4. Offences', sections)).toEqual({
      kind: 'article',
      num: '4',
      rest: 'Offences',
    });
    expect(parseEnglishHeadings('Section One: Prevention', { sections: false })).toEqual({
      kind: 'division',
      division: 'section',
      num: 'One',
      rest: 'Prevention',
    });
    expect(
      parseEnglishHeadings('Section 2 of the Penal Code is amended', sections),
    ).toBeUndefined();
  });

  it('reads numbered lines as sections only when the text numbers sections', () => {
    expect(parseEnglishHeadings('2. Interpretation', { sections: false })).toBeUndefined();
  });

  it.each([
    '0.',
    '1. in subsection (1) of that section',
    '3.5 per cent of the fine',
    'Part of the proceeds shall be paid',
    'Schedule to this Act sets out the offences',
    'The Minister may make regulations.',
  ])('leaves running text %j alone', (line) => {
    expect(parseEnglishHeadings(line, sections)).toBeUndefined();
  });
});
