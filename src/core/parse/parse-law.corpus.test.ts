import { describe, expect, it } from 'vitest';
import { findByEId, listArticles } from '../model/legal-document.js';
import { readCorpus } from '../../testing/shared-corpus.js';
import { parseLaw } from './parse-law.js';

const text = (relative: string): string => new TextDecoder().decode(readCorpus(relative));

interface SeedProvision {
  readonly provision_ref: string;
  readonly section: string;
  readonly content: string;
}

/** The provisions of an LII seed JSON file (see corpus/SOURCES.md). */
function seedProvisions(relative: string): SeedProvision[] {
  // The seed files are JSON written by one scraper; the test reads only these three fields.
  const seed = JSON.parse(text(relative)) as { provisions: SeedProvision[] };
  return seed.provisions;
}

describe('parseLaw on Sri Lanka, Penal Code (Amendment) Act No. 16 of 2006 (PDF-extracted markdown)', () => {
  const result = parseLaw(text('laws/lk/penal-code-amendment-act-16-2006.md'), {
    format: 'markdown',
  });
  const sections = listArticles(result.document);

  it('finds the 14 sections of the act, not the sections it inserts into the Penal Code', () => {
    // Counted by hand: the numbered items at the top level of the list run 1 to 14; the
    // quoted new sections 286B, 286C, 358A and 360C–E are text of sections 3, 7, 8 and 9.
    const SECTIONS_BY_HAND = 14;
    expect(sections).toHaveLength(SECTIONS_BY_HAND);
    expect(sections.map((section) => section.num)).toEqual(
      Array.from({ length: SECTIONS_BY_HAND }, (_, index) => String(index + 1)),
    );
    expect(result.diagnostics.map((entry) => entry.code)).not.toContain('numbering-gap');
  });

  it('reads the inline marginal notes as headings and nested numbers as subsections', () => {
    expect(sections[0]?.heading).toBe('Short title');
    expect(sections[1]?.heading).toBe('Amendment of section 2 of Chapter 19');
    expect(findByEId(result.document, 'sec_5__subsec_2')?.text).toMatch(/^by the addition/);
    expect(result.document.meta).toMatchObject({ number: '16', year: '2006', language: 'en' });
    expect(result.document.preamble[0]).toMatch(/^Be It Enacted By The Parliament/);
  });
});

describe('parseLaw on Sri Lanka, SAARC Trafficking Convention Act No. 30 of 2005', () => {
  const result = parseLaw(text('laws/lk/saarc-trafficking-convention-act-30-2005.md'), {
    format: 'markdown',
  });
  const sections = listArticles(result.document);

  it('finds the 14 sections and the schedule', () => {
    // Counted by hand: top-level list items 1 to 14 (section 2 starts on an empty item), then
    // "SCHEDULE (Sections 7,8, and 9)" with offences (a) to (g).
    const SECTIONS_BY_HAND = 14;
    expect(sections.map((section) => section.num)).toEqual(
      Array.from({ length: SECTIONS_BY_HAND }, (_, index) => String(index + 1)),
    );
    expect(result.document.annexes).toHaveLength(1);
    expect(result.document.annexes[0]?.text).toContain('Conspiring to commit any of the offences');
  });

  it('gives the offence section its subsections and the recitals to the preamble', () => {
    expect(sections[1]?.heading).toBe(
      'Offence of trafficking of women and children for prostitution',
    );
    expect(sections[1]?.children.map((child) => child.num)).toEqual(['(1)', '(2)', '(3)', '(4)']);
    expect(sections[11]?.children).toHaveLength(9);
    expect(result.document.preamble.filter((entry) => /whereas/i.test(entry))).toHaveLength(3);
    expect(result.document.preamble.at(-1)).toMatch(/^Now Therefore Be It Enacted/);
  });
});

describe('parseLaw on Pakistan, Prevention of Trafficking in Persons Act 2018 (gazette OCR markdown)', () => {
  const result = parseLaw(text('laws/pk/prevention-of-trafficking-in-persons-act-2018.md'), {
    format: 'markdown',
  });
  const sections = listArticles(result.document);

  it('numbers the sections by position and says the numbers were inferred', () => {
    // Counted by hand: 15 sections — 12 "#" marginal-note headings followed by text after the
    // enacting formula ("# In this section:" belongs to section 3), plus 3 notes run into a
    // paragraph: "Aggravating circumstances", "Abetment and criminal conspiracy (1)" and
    // "Victims of trafficking in persons -". The OCR buried s.4 "Aggravating circumstances"
    // mid-sentence ("involves: Aggravating circumstances Where…"), so 14 can be found.
    const SECTIONS_BY_HAND = 15;
    expect(sections).toHaveLength(SECTIONS_BY_HAND - 1);
    expect(sections.map((section) => section.heading)).toEqual([
      'Short title, extent and commencement',
      'Definitions',
      'Trafficking in persons',
      'Abetment and criminal conspiracy',
      'Victims of trafficking in persons',
      'Presumption in case of child victim',
      'Investigating agency',
      'Cognizance',
      'Safety of victims and witnesses of offences',
      'Protection of victims and witnesses by the Court',
      'Compensation to Victims',
      'Awarcness Raising and Prevention',
      'Power to Make Rules',
      'Repeal',
    ]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'numbering-inferred', severity: 'warning' }),
    );
    expect(result.diagnostics.filter((entry) => entry.code === 'numbering-inferred')).toHaveLength(
      1,
    );
  });

  it('drops the gazette running header even where OCR garbled its date', () => {
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'page-furniture-removed', line: 33 }),
    );
    const words = listArticles(result.document).map((section) => JSON.stringify(section));
    expect(words.join(' ')).not.toContain('GAZETTE OF PAKISTAN');
  });

  it('reads the roman act number and keeps the signature out of the last section', () => {
    expect(result.document.meta).toMatchObject({ number: 'XXXIV', year: '2018' });
    expect(result.document.conclusions[0]).toBe('TAHIR HUSSAIN,');
  });
});

describe('parseLaw on Rwanda, Law n°51/2018 (garbled PDF extraction)', () => {
  const provisions = seedProvisions('laws/rw/law-51-2018-trafficking-in-persons_GARBLED.json');
  const content = (ref: string): string =>
    provisions.find((provision) => provision.provision_ref === ref)?.content ?? '';
  const result = parseLaw(`${content('art12')}\n${content('artis-doubled')}`, { language: 'en' });
  const articles = listArticles(result.document);

  it('recovers Articles 1 to 33 from the run-together text, once each', () => {
    // Counted by hand: the table of contents lists articles One, 2 … 33, and the body repeats
    // the same 33 headings ("One: Purpose of this Law", "2: Scope of this Law" … "33:
    // Commencement"), 1–24 in art12 and 25–33 in artis-doubled (see SOURCES.md caveats).
    const ARTICLES_BY_HAND = 33;
    expect(articles).toHaveLength(ARTICLES_BY_HAND);
    expect(articles.map((article) => article.num)).toEqual([
      'One',
      ...Array.from({ length: ARTICLES_BY_HAND - 1 }, (_, index) => String(index + 2)),
    ]);
  });

  it('takes the body, not the table of contents, and says so', () => {
    expect(articles[0]?.text).toMatch(/^Purpose of this Law purpose of this Law is to prevent/);
    expect(articles[24]?.text).toMatch(/^Seizure and closure of a place/);
    expect(articles[24]?.span?.startLine).toBe(2);
    expect(result.diagnostics.map((entry) => entry.code)).toEqual(['toc-skipped', 'garbled-text']);
  });
});

describe('parseLaw on Cameroon, Loi n°2005/015 (provisions joined as "Article N : …" lines)', () => {
  const seedPath = 'laws/cm/loi-2005-015-trafic-des-enfants.json';
  const lines = seedProvisions(seedPath).map(
    (provision) => `Article ${provision.section} : ${provision.content}`,
  );
  const result = parseLaw(
    `Loi n° 2005/015 du 29 décembre 2005 relative à la lutte contre le trafic et la traite des enfants\n\n${lines.join('\n')}`,
  );
  const articles = listArticles(result.document);

  it('finds the 9 articles in French and reads the law’s number and date', () => {
    // Counted by hand: provisions art1 to art9, one article each.
    const ARTICLES_BY_HAND = 9;
    expect(articles.map((article) => article.num)).toEqual(
      Array.from({ length: ARTICLES_BY_HAND }, (_, index) => String(index + 1)),
    );
    expect(result.document.meta).toMatchObject({
      language: 'fr',
      number: '2005/015',
      year: '2005',
      date: '2005-12-29',
    });
  });

  it('reads the numbered alinéas "(1)" of article 3 as paragraphs', () => {
    expect(findByEId(result.document, 'art_3__para_1')?.num).toBe('(1)');
    expect(articles[3]?.text).toMatch(/^Est punie d’un emprisonnement de dix à vingt ans/);
  });
});
