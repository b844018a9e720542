import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findByEId, listArticles } from '../core/model/index.js';
import { corpusPath } from '../testing/shared-corpus.js';
import { ImportError } from './import-result.js';
import { importLiiSeedJson } from './lii-seed-json.js';

function importSeed(relative: string): ReturnType<typeof importLiiSeedJson> {
  const json: unknown = JSON.parse(readFileSync(corpusPath(relative), 'utf8'));
  return importLiiSeedJson(json, { fileName: relative.split('/').pop() ?? relative });
}

describe('importLiiSeedJson on the corpus', () => {
  // Counted by hand from each file's provision_ref list (see the comment on each row).
  it.each([
    // s1–s110 plus the inserted 2A, 2B, 2C, 3A, 22A and 94A.
    ['laws/zm/anti-human-trafficking-act-2008.json', 116, 'section'],
    // s1–s23; s23 is printed as deleted but keeps its number.
    ['laws/ug/prevention-of-trafficking-in-persons-act-2009.json', 23, 'section'],
    ['laws/tz/anti-trafficking-in-persons-act-2008.json', 41, 'section'],
    ['laws/na/combating-of-trafficking-in-persons-act-2018.json', 29, 'section'],
    // s1–s103 plus 6A, 16A, 16B, 50A, 86A and 96A.
    ['laws/na/prevention-of-organised-crime-act-2004.json', 109, 'section'],
    ['laws/ls/anti-trafficking-in-persons-act-2011.json', 56, 'section'],
    // s1–s59; the 27 items after s59 restart at 1: they are the Schedule's guidelines.
    ['laws/mw/trafficking-in-persons-act-2015.json', 59, 'section'],
    // Sections 1–12; each of s1–s8 appears twice because Schedule 2's paragraphs share them.
    ['laws/zw/trafficking-in-persons-act-2014.json', 12, 'section'],
    ['laws/cm/loi-2005-015-trafic-des-enfants.json', 9, 'article'],
    // The trafficking law's Articles 1–33 are run together inside art12 and artis-doubled.
    ['laws/rw/law-51-2018-trafficking-in-persons_GARBLED.json', 33, 'article'],
  ])('%s has %i citable units', (relative, count, numbering) => {
    const { document } = importSeed(relative);
    const articles = listArticles(document);
    expect(articles).toHaveLength(count);
    expect(document.numbering).toBe(numbering);
    expect(new Set(articles.map((article) => article.eId)).size).toBe(count);
  });

  it('reads the FRBR facts of the expression from the page address', () => {
    expect(importSeed('laws/zm/anti-human-trafficking-act-2008.json').document.meta).toMatchObject({
      country: 'zm',
      docType: 'act',
      year: '2008',
      number: '11',
      language: 'en',
      date: '2022-11-16',
    });
  });

  it('rebuilds parts, inserted sections and subsections', () => {
    const { document } = importSeed('laws/zm/anti-human-trafficking-act-2008.json');
    expect(findByEId(document, 'part_1__sec_2a')?.heading).not.toBe('');
    const section3 = listArticles(document).find((article) => article.num === '3');
    expect(section3?.children.length).toBeGreaterThan(0);
  });

  it('removes the site footer from the last provision and says so', () => {
    const { document, diagnostics } = importSeed(
      'laws/tz/anti-trafficking-in-persons-act-2008.json',
    );
    const last = listArticles(document).at(-1);
    expect(JSON.stringify(last)).not.toMatch(/History of this document|ZimLII/);
    expect(diagnostics.map((entry) => entry.code)).toContain('content-dropped');
  });

  it('puts schedules into annexes: Zimbabwe Schedule 2 and the Malawian guidelines', () => {
    const zimbabwe = importSeed('laws/zw/trafficking-in-persons-act-2014.json').document;
    expect(zimbabwe.annexes).toHaveLength(1);
    expect(zimbabwe.annexes[0]?.children).toHaveLength(8);
    const malawi = importSeed('laws/mw/trafficking-in-persons-act-2015.json').document;
    const guidelines = malawi.annexes[0]?.children ?? [];
    expect(guidelines.map((part) => part.children.length)).toEqual([6, 10, 11]);
  });

  it('nests "Chapter 4, Part 1" as a part inside chapter 4', () => {
    const { document } = importSeed('laws/na/prevention-of-organised-crime-act-2004.json');
    const chapter4 = document.body.find((node) => node.eId === 'chp_4');
    expect(chapter4?.children.map((child) => child.eId)).toEqual([
      'chp_4__part_1',
      'chp_4__part_2',
    ]);
  });

  it('reads the French Cameroonian law with its chapters and metadata', () => {
    const { document } = importSeed('laws/cm/loi-2005-015-trafic-des-enfants.json');
    expect(document.meta).toMatchObject({ language: 'fr', number: '2005/015', year: '2005' });
    expect(document.body.map((node) => [node.kind, node.num])).toEqual([
      ['chapter', '1'],
      ['chapter', '2'],
      ['chapter', '3'],
    ]);
  });

  it('warns that a garbled export was read again from its text', () => {
    const { diagnostics } = importSeed('laws/rw/law-51-2018-trafficking-in-persons_GARBLED.json');
    expect(diagnostics.map((entry) => entry.code)).toContain('garbled-text');
  });
});

describe('importLiiSeedJson on bad input', () => {
  it('names the JSON path of the first problem', () => {
    const bad = { title: 'X', provisions: [{ provision_ref: 's1', content: 42 }] };
    expect(() => importLiiSeedJson(bad, { fileName: 'x.json' })).toThrow(ImportError);
    expect(() => importLiiSeedJson(bad, { fileName: 'x.json' })).toThrow(
      /^x\.json: not a legal-information JSON export: provisions\.0\.content: /,
    );
    expect(() => importLiiSeedJson({ title: 'X', provisions: [] }, { fileName: 'y.json' })).toThrow(
      'y.json: not a legal-information JSON export: provisions: holds no provision',
    );
  });
});
