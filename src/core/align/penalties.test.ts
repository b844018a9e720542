import { describe, expect, it } from 'vitest';
import { maximumCustodyYears } from './penalties.js';

describe('maximumCustodyYears', () => {
  it('reads a term in figures, the heaviest of several', () => {
    expect(
      maximumCustodyYears(
        'Est puni d’un emprisonnement de 2 à 5 ans et d’une amende de 100 000 francs.',
      ),
    ).toBe(5);
  });

  it('reads a term in words joined by a hyphen', () => {
    expect(
      maximumCustodyYears('liable to imprisonment for a term not exceeding twenty-five years'),
    ).toBe(25);
  });

  it('reads life imprisonment and perpetual reclusion as Infinity', () => {
    expect(maximumCustodyYears('is liable on conviction to imprisonment for life')).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(maximumCustodyYears('est puni de la réclusion criminelle à perpétuité')).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('returns undefined when the provision sets no custodial penalty', () => {
    expect(maximumCustodyYears('is liable to a fine not exceeding 10 000 dollars')).toBeUndefined();
    expect(maximumCustodyYears('The Minister shall make regulations.')).toBeUndefined();
  });
});
