import { describe, expect, it } from 'vitest';
import { GoldFormatError, normaliseProvisionNumber, parseGold } from './gold.js';

const valid = {
  law: 'xx-law.txt',
  language: 'fr',
  obligations: [
    { id: 'TIP.3.a', status: 'partial', provisions: ['2', 5], note: 'no vulnerability' },
    { id: 'TIP.3.b', status: 'missing', provisions: [] },
  ],
};

describe('parseGold', () => {
  it('reads a well-formed gold, provision numbers as strings', () => {
    const gold = parseGold(valid, 'xx.gold.json');
    expect(gold.law).toBe('xx-law.txt');
    expect(gold.obligations[0]?.provisions).toEqual(['2', '5']);
  });

  it('defaults missing element lists to empty', () => {
    const gold = parseGold(
      {
        law: 'x',
        obligations: [
          { id: 'SOM.3.a', status: 'partial', provisions: [], elements: { absent: ['a'] } },
        ],
      },
      'x.gold.json',
    );
    expect(gold.obligations[0]?.elements).toEqual({ present: [], absent: ['a'] });
  });

  it('names the file and the field of a malformed gold', () => {
    const bad = {
      ...valid,
      obligations: [{ id: 'TIP.3.a', status: 'done', provisions: [] }],
    };
    expect(() => parseGold(bad, 'bad.gold.json')).toThrow(GoldFormatError);
    expect(() => parseGold(bad, 'bad.gold.json')).toThrow(
      /^bad\.gold\.json: obligations\.0\.status: /,
    );
    expect(() => parseGold({ obligations: [] }, 'empty.gold.json')).toThrow(
      /^empty\.gold\.json: law: /,
    );
  });
});

describe('normaliseProvisionNumber', () => {
  it('reads "1er", "premier" and "1" as the same number', () => {
    expect(normaliseProvisionNumber('1er')).toBe('1');
    expect(normaliseProvisionNumber('Article premier')).toBe('1');
    expect(normaliseProvisionNumber('1')).toBe('1');
    expect(normaliseProvisionNumber('1ère')).toBe('1');
  });

  it('drops the label and spaces, and keeps letters that are part of the number', () => {
    expect(normaliseProvisionNumber(' 12 Bis ')).toBe('12bis');
    expect(normaliseProvisionNumber('Section 14A')).toBe('14a');
    expect(normaliseProvisionNumber('art. 7')).toBe('7');
  });
});
