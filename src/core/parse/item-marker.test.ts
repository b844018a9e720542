import { describe, expect, it } from 'vitest';
import { readItemMarker } from './item-marker.js';

describe('readItemMarker', () => {
  it.each([
    ['1° traite des personnes', '1°', 'degree', 'traite des personnes'],
    ['2º exploitation', '2°', 'degree', 'exploitation'],
    ['a) le trafic', 'a)', 'letter', 'le trafic'],
    ['(a) recruits a person', '(a)', 'letter', 'recruits a person'],
    ['( b ) harbours', '(b)', 'letter', 'harbours'],
    ['a. wholly within Sri Lanka', '(a)', 'letter', 'wholly within Sri Lanka'],
    ['(ii) intending', '(ii)', 'roman', 'intending'],
    ['(1) A person', '(1)', 'number', 'A person'],
    ['- par la violence', '-', 'bullet', 'par la violence'],
    ['• par la ruse', '-', 'bullet', 'par la ruse'],
  ])('reads %j', (line, num, style, rest) => {
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
