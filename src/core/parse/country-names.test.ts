import { describe, expect, it } from 'vitest';
import { readCountry } from './country-names.js';

describe('readCountry', () => {
  it.each([
    ['RÉPUBLIQUE DU MALI\nUn Peuple – Un But – Une Foi', 'ml'],
    ['REPUBLIQUE DE COTE D’IVOIRE\nUnion – Discipline – Travail', 'ci'],
    ['BURKINA FASO\nLa Patrie ou la Mort', 'bf'],
    ['République démocratique du Congo', 'cd'],
    ['République Démocratique du Congo\nJournal officiel', 'cd'],
    ['THE GAZETTE OF PAKISTAN EXTRA, JUNE 2018', 'pk'],
    ['REPUBLIC OF ZAMBIA\nTHE ANTI-HUMAN TRAFFICKING ACT, 2008', 'zm'],
    ['Republic of Uganda', 'ug'],
  ])('reads %j as %j', (front, code) => {
    expect(readCountry(front)).toBe(code);
  });

  it('does not take a country mentioned in passing for the state of the law', () => {
    expect(readCountry('Loi relative à la coopération avec le Niger et le Mali')).toBe('');
  });
});
