import { describe, expect, it } from 'vitest';
import {
  referencedKeys,
  renderText,
  resolverOf,
  scanReferences,
  tokenizeReferences,
} from './cross-references.js';
import type { DraftNumbers } from './draft-numbering.js';

const resolve = resolverOf([
  ['1er', 'n1'],
  ['2', 'n2'],
  ['3', 'n3'],
  ['4', 'n4'],
  ['5', 'n5'],
  ['12 bis', 'n12'],
]);
const fr = (text: string): string => tokenizeReferences(text, 'article', resolve);
const en = (text: string): string => tokenizeReferences(text, 'section', resolve);

describe('tokenizeReferences', () => {
  it('turns a reference to an article of the text into a token for its number only', () => {
    expect(fr("Les peines de l'article 5 sont doublées.")).toBe(
      "Les peines de l'article {{art:n5}} sont doublées.",
    );
    expect(fr("Au sens de l'Article 1er, et de l'article premier.")).toBe(
      "Au sens de l'Article {{art:n1}}, et de l'article {{art:n1}}.",
    );
    expect(fr("Voir l'article 12 bis.")).toBe("Voir l'article {{art:n12}}.");
  });

  it('reads lists and ranges: "articles 3 et 4", "articles 3 à 5", "articles 2, 3 et 4"', () => {
    expect(fr('les articles 3 et 4')).toBe('les articles {{art:n3}} et {{art:n4}}');
    expect(fr('les articles 3 à 5')).toBe('les articles {{art:n3}} à {{art:n5}}');
    expect(fr('aux articles 2, 3 et 4 ci-dessus')).toBe(
      'aux articles {{art:n2}}, {{art:n3}} et {{art:n4}} ci-dessus',
    );
    expect(en('under sections 3 and 4')).toBe('under sections {{art:n3}} and {{art:n4}}');
    expect(en('sections 3 to 5')).toBe('sections {{art:n3}} to {{art:n5}}');
  });

  it('leaves references to another text as words', () => {
    const others = [
      "les peines accessoires prévues par l'article 30 du Code Pénal",
      "l'article 5 de la loi n° 2012-023",
      "l'article 3 de la Convention",
      "l'article 4, alinéa 2, du Protocole",
      "l'article 2 du même code",
      "l'article 5 (2) de l'ordonnance",
    ];
    for (const text of others) expect(fr(text)).toBe(text);
    expect(en('section 2 of the Penal Code')).toBe('section 2 of the Penal Code');
    expect(en('section 3 of the Act')).toBe('section 3 of the Act');
    expect(en('article 5 of the Protocol')).toBe('article 5 of the Protocol');
    expect(en('section 2 of Chapter 19')).toBe('section 2 of Chapter 19');
    expect(en('Section 3 of the principal enactment is amended')).toBe(
      'Section 3 of the principal enactment is amended',
    );
    expect(en('after section 4 A of the principal Act')).toBe(
      'after section 4 A of the principal Act',
    );
    expect(en('In the Penal Code, section 5 shall be omitted')).toBe(
      'In the Penal Code, section 5 shall be omitted',
    );
  });

  it('keeps references to this text: "de la présente loi", "of this Act"', () => {
    expect(fr("l'article 3 de la présente loi")).toBe("l'article {{art:n3}} de la présente loi");
    expect(en('section 3 of this Act')).toBe('section {{art:n3}} of this Act');
    expect(en('section 4(2)')).toBe('section {{art:n4}}(2)');
    expect(en('For this Act, section 4 applies')).toBe('For this Act, section {{art:n4}} applies');
    expect(tokenizeReferences('under section 12A', 'section', resolverOf([['12A', 'n9']]))).toBe(
      'under section {{art:n9}}',
    );
    expect(en('under subsection 4(2) and paragraph 5(1)(a)')).toBe(
      'under subsection {{art:n4}}(2) and paragraph {{art:n5}}(1)(a)',
    );
    expect(fr('au paragraphe 3(1) et à l’alinéa 2')).toBe(
      'au paragraphe {{art:n3}}(1) et à l’alinéa 2',
    );
  });

  it('leaves numbers that designate no article, decimals and subsection words alone', () => {
    expect(fr("l'article 40")).toBe("l'article 40");
    expect(fr("l'article 3.2")).toBe("l'article 3.2");
    expect(tokenizeReferences("l'article 10.4", 'article', resolverOf([['10.4', 'n7']]))).toBe(
      "l'article {{art:n7}}",
    );
    expect(en('subsection 3 applies')).toBe('subsection 3 applies');
    // In an article-numbered draft "section 4" is a division, not an article.
    expect(fr('la section 4')).toBe('la section 4');
    expect(en('the section 4')).toBe('the section {{art:n4}}');
  });
});

describe('renderText', () => {
  const numbers: DraftNumbers = new Map([
    ['n5', { num: '6', label: 'Article 6' }],
    ['n1', { num: '1er', label: 'Article 1er' }],
  ]);

  it('shows the current number of each target, and "[?]" for a deleted one', () => {
    expect(renderText("l'article {{art:n5}} et l'article {{art:n1}}", numbers)).toBe(
      "l'article 6 et l'article 1er",
    );
    expect(renderText('les articles {{art:n5}} et {{art:n9}}', numbers)).toBe(
      'les articles 6 et [?]',
    );
    expect(referencedKeys('les articles {{art:n5}} et {{art:n9}}')).toEqual(['n5', 'n9']);
  });
});

describe('scanReferences', () => {
  it('tells where each number is and whether the reference cites another text', () => {
    const [own, other] = scanReferences("l'article 4 et l'article 30 du Code pénal", 'article');
    expect(own).toMatchObject({ external: false, numbers: [{ printed: '4', start: 10, end: 11 }] });
    expect(other).toMatchObject({ external: true, numbers: [{ printed: '30' }] });
  });
});
