import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it('tells a French article from an English section', () => {
    expect(
      detectLanguage('Article 1er : La présente loi a pour objet de prévenir la traite.'),
    ).toBe('fr');
    expect(detectLanguage('1. This Act may be cited as the Trafficking in Persons Act.')).toBe(
      'en',
    );
  });

  it('reads English when there are no words to count', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('12 345 — 678')).toBe('en');
  });
});
