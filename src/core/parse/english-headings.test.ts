import { describe, expect, it } from 'vitest';
import { parseEnglishHeadings } from './english-headings.js';

const sections = { sections: true } as const;

describe('parseEnglishHeadings', () => {
  it.each([
    ['PART I—PRELIMINARY', 'part', 'I', 'PRELIMINARY'],
    ['PART II - OFFENCES', 'part', 'II', 'OFFENCES'],
    ['Division 2', 'division', '2', ''],
    ['CHAPTER ONE: GENERAL PROVISIONS', 'chapter', 'ONE', 'GENERAL PROVISIONS'],
    ['SCHEDULE', 'annex', '', ''],
    ['First Schedule', 'annex', 'First', ''],
    ['SCHEDULE 2', 'annex', '2', ''],
    ['SCHEDULE (Sections 7,8, and 9)', 'annex', '', '(Sections 7,8, and 9)'],
  ])('reads %j as a %s numbered %j', (line, division, num, rest) => {
    expect(parseEnglishHeadings(line, sections)).toEqual({ kind: 'division', division, num, rest });
  });

  it.each([
    ['2. Interpretation', '2', 'Interpretation'],
    ['3.—(1) In this Act…', '3', '(1) In this Act…'],
    ['12. (1) A person who…', '12', '(1) A person who…'],
    ['12A. Offences by bodies corporate', '12A', 'Offences by bodies corporate'],
    ['Article 3: Definitions', '3', 'Definitions'],
  ])('reads %j as section %j', (line, num, rest) => {
    expect(parseEnglishHeadings(line, sections)).toEqual({ kind: 'article', num, rest });
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
