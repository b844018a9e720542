import { describe, expect, it } from 'vitest';
import { readItemMarker } from './item-marker.js';

describe('readItemMarker', () => {
  it.each([
    { line: '1° traite des personnes', num: '1°', style: 'degree', rest: 'traite des personnes' },
    { line: '2º exploitation', num: '2°', style: 'degree', rest: 'exploitation' },
    { line: 'a) le trafic', num: 'a)', style: 'letter', rest: 'le trafic' },
    { line: '(a) recruits a person', num: '(a)', style: 'letter', rest: 'recruits a person' },
    { line: '( b ) harbours', num: '(b)', style: 'letter', rest: 'harbours' },
    {
      line: 'a. wholly within Sri Lanka',
      num: '(a)',
      style: 'letter',
      rest: 'wholly within Sri Lanka',
    },
    { line: '(ii) intending', num: '(ii)', style: 'roman', rest: 'intending' },
    { line: '(1) A person', num: '(1)', style: 'number', rest: 'A person' },
    { line: '- par la violence', num: '-', style: 'bullet', rest: 'par la violence' },
    { line: '• par la ruse', num: '-', style: 'bullet', rest: 'par la ruse' },
  ])('reads $line', ({ line, num, style, rest }) => {
    expect(readItemMarker(line)).toMatchObject({ num, style, rest });
  });

  it('marks bracketed numbers, which open Commonwealth subsections', () => {
    expect(readItemMarker('(2) The consent')?.bracketedNumber).toBe(true);
    expect(readItemMarker('2) la fermeture')?.bracketedNumber).toBe(false);
  });

  it.each(['La traite', '(hereinafter the Act)', 'M. Dupont', '-', '12 mois', '--- fin'])(
    'sees %j as running text',
    (line) => expect(readItemMarker(line)).toBeUndefined(),
  );
});
