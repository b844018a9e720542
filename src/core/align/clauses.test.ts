import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.js';

/** Each clause as [the term it defines, its text]. */
function clausesOf(text: string): [string | undefined, string][] {
  return splitClauses(text).map((clause) => [clause.defines, text.slice(clause.start, clause.end)]);
}

describe('splitClauses', () => {
  it('cuts an English definitions section into one clause per quoted term', () => {
    const text = [
      'Interpretation',
      '2. In this Act—',
      '“organised criminal group” means a structured group of three or more persons acting to obtain a financial or other material benefit;',
      '“smuggling of migrants” means the procurement of the illegal entry of a person;',
      '“child” means a person below the age of eighteen years.',
    ].join('\n');
    const clauses = clausesOf(text);
    expect(clauses.map(([defines]) => defines)).toEqual([
      undefined,
      'organised criminal group',
      'smuggling of migrants',
      'child',
    ]);
    expect(clauses[1]?.[1]).toContain('financial or other material benefit');
    expect(clauses[2]?.[1]).not.toContain('benefit');
  });

  it('keeps the items (a), (b) of a definition in its clause', () => {
    const text = [
      '“exploitation” includes—',
      '(a) forced labour or services;',
      '(b) the removal of organs;',
      '“victim” means a person who has been trafficked.',
    ].join('\n');
    const clauses = clausesOf(text);
    expect(clauses).toHaveLength(2);
    expect(clauses[0]?.[0]).toBe('exploitation');
    expect(clauses[0]?.[1]).toContain('removal of organs');
    expect(clauses[1]?.[0]).toBe('victim');
  });

  it('cuts a French "on entend par" list into one clause per defined term', () => {
    const text = [
      'Article 2 : Définitions',
      'Au sens de la présente loi, on entend par :',
      '1° traite des personnes : le recrutement, le transport ou l’hébergement d’une personne aux fins d’exploitation ;',
      '2° groupe criminel organisé : un groupe de trois personnes ou plus agissant afin d’obtenir un avantage financier ;',
      '3° enfant : toute personne âgée de moins de dix-huit ans.',
    ].join('\n');
    const clauses = clausesOf(text);
    expect(clauses.map(([defines]) => defines)).toEqual([
      undefined,
      'traite des personnes',
      'groupe criminel organisé',
      'enfant',
    ]);
    expect(clauses[1]?.[1]).not.toContain('avantage');
  });

  it('leaves an article that defines nothing as one clause, colons and semicolons included', () => {
    const text =
      'Article 5 : Traite des personnes\nEst puni de cinq à dix ans d’emprisonnement quiconque recrute : une personne ; ou la transporte.';
    expect(splitClauses(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('leaves a single quoted definition as one clause', () => {
    const text = '3. In this Part “carrier” means any person engaged in transporting persons.';
    expect(splitClauses(text)).toEqual([{ start: 0, end: text.length }]);
  });
});
