import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findByEId, listArticles, provisionText } from '../model/legal-document.js';
import { repoPath } from '../../testing/shared-corpus.js';
import { parseLaw } from './parse-law.js';

const readExample = (relative: string): string => readFileSync(repoPath(relative), 'utf8');
const codes = (result: ReturnType<typeof parseLaw>): string[] =>
  result.diagnostics.map((entry) => entry.code);

describe('parseLaw on the Malian demo law (examples/laws/ml-loi-traite-2012.txt)', () => {
  const result = parseLaw(readExample('examples/laws/ml-loi-traite-2012.txt'));
  const { document } = result;
  const articles = listArticles(document);

  it('finds the 41 articles, numbered 1er to 41, in six titles', () => {
    expect(articles).toHaveLength(41);
    expect(articles.map((article) => article.num)).toEqual([
      '1er',
      ...Array.from({ length: 40 }, (_, index) => String(index + 2)),
    ]);
    expect(document.body.map((node) => `${node.kind} ${node.num}: ${node.heading}`)).toEqual([
      'title I: DISPOSITIONS GÉNÉRALES',
      'title II: DES INFRACTIONS',
      'title III: DE LA PROCÉDURE ET DE LA COMPÉTENCE',
      "title IV: DE LA PROTECTION ET DE L'ASSISTANCE AUX VICTIMES",
      'title V: DE LA COOPÉRATION JUDICIAIRE INTERNATIONALE',
      'title VI: DISPOSITIONS FINALES',
    ]);
  });

  it('reads the title, number, year and date of the law from its title line', () => {
    expect(document.meta).toMatchObject({
      title:
        'LOI N°2012-023 DU 12 JUILLET 2012 RELATIVE À LA LUTTE CONTRE LA TRAITE DES PERSONNES ET LES PRATIQUES ASSIMILÉES',
      number: '2012-023',
      year: '2012',
      date: '2012-07-12',
      language: 'fr',
    });
    expect(document.numbering).toBe('article');
  });

  it('nests chapters in titles and gives alinéas and items citable eIds', () => {
    const chapters = document.body[1]?.children.map((node) => `${node.kind} ${node.num}`);
    expect(chapters).toEqual(['chapter I', 'chapter II', 'chapter III']);
    expect(findByEId(document, 'title_2__chp_1__art_7__para_2')?.text).toBe(
      "La traite des personnes est punie de la réclusion de cinq à dix ans et d'une amende de 500 000 à 2 000 000 de francs CFA.",
    );
    expect(findByEId(document, 'title_2__chp_1__art_12__para_2__point_b')?.text).toBe(
      "la fermeture temporaire ou définitive de l'établissement ;",
    );
    expect(findByEId(document, 'title_1__art_3__point_5')?.num).toBe('5°');
    expect(findByEId(document, 'title_2__chp_2__art_13')?.span).toEqual({
      startLine: 62,
      endLine: 63,
      page: 1,
    });
  });

  it('keeps a one-alinéa article as text with its items as points', () => {
    const article = findByEId(document, 'title_1__art_4');
    expect(article?.text).toBe('Les pratiques assimilées à la traite des personnes sont :');
    expect(article?.children.map((child) => `${child.kind} ${child.num}`)).toEqual([
      'point a)',
      'point b)',
      'point c)',
      'point d)',
    ]);
  });

  it('keeps visas and the enacting formula in the preamble, not in an article', () => {
    expect(document.preamble).toEqual([
      'Vu la Constitution ;',
      'Vu la Convention des Nations Unies contre la criminalité transnationale organisée et ses Protocoles additionnels ;',
      "Vu la Convention relative aux droits de l'enfant ;",
      "L'Assemblée nationale a délibéré et adopté en sa séance du 21 juin 2012 ;",
      'Le Président de la République promulgue la loi dont la teneur suit :',
    ]);
  });

  it('stops the last article before the execution formula and the signatures', () => {
    expect(articles[40] && provisionText(articles[40])).toBe(
      '41 La présente loi entre en vigueur à compter de sa publication au Journal officiel.',
    );
    expect(document.conclusions[0]).toBe("La présente loi sera exécutée comme loi de l'État.");
    expect(document.conclusions).toContain('Bamako, le 12 juillet 2012');
    expect(document.conclusions).toContain('Le Premier ministre,');
    expect(document.conclusions.at(-1)).toBe('Kadiatou Fofana MAÏGA');
  });

  it('reports nothing wrong with a clean text', () => {
    expect(result.diagnostics).toEqual([]);
  });
});

describe('parseLaw on the scanned gazette copy (examples/laws/ml-loi-traite-2012-ocr.txt)', () => {
  const clean = parseLaw(readExample('examples/laws/ml-loi-traite-2012.txt')).document;
  const result = parseLaw(readExample('examples/laws/ml-loi-traite-2012-ocr.txt'));
  const articles = listArticles(result.document);

  it('finds the same 41 articles as the clean text, the printer’s skipped number apart', () => {
    const cleanNumbers = listArticles(clean).map((article) => article.num);
    expect(articles).toHaveLength(41);
    expect(articles.map((article) => article.num)).toEqual([
      ...cleanNumbers.slice(0, 39),
      '41',
      '42',
    ]);
  });

  it('restores each article’s words: wrapped lines joined, hyphens removed, headers dropped', () => {
    const texts = (document: typeof clean): string[] =>
      listArticles(document).map((article) => provisionText(article).replace(/^\S+ /, ''));
    expect(texts(result.document)).toEqual(texts(clean));
    expect(result.document.body.map((node) => node.eId)).toEqual(
      clean.body.map((node) => node.eId),
    );
  });

  it('reports the planted gap with its line number', () => {
    const gaps = result.diagnostics.filter((entry) => entry.code === 'numbering-gap');
    expect(gaps).toEqual([
      expect.objectContaining({ line: 233, article: '41', severity: 'warning' }),
    ]);
    expect(gaps[0]?.message).toContain('40');
  });

  it('reports each misread heading it repaired, with its line', () => {
    const repaired = result.diagnostics.filter((entry) => entry.code === 'ocr-heading-repaired');
    expect(repaired.map((entry) => entry.line)).toEqual([19, 75, 86, 122, 168, 192]);
    expect(repaired.map((entry) => entry.message)).toEqual([
      'Heading "Article ler" read as "Article 1er"',
      'Heading "Art icle 9" read as "Article 9"',
      'Heading "Articie 12" read as "Article 12"',
      'Heading "Article l7" read as "Article 17"',
      'Heading "Anicle 26" read as "Article 26"',
      'Heading "ArticIe 31" read as "Article 31"',
    ]);
  });

  it('removes the running header and the page numbers of all six pages', () => {
    const furniture = result.diagnostics.filter((entry) => entry.code === 'page-furniture-removed');
    expect(furniture.map((entry) => entry.message)).toEqual([
      'Running header or footer "JOURNAL OFFICIEL DE LA REPUBLIQUE DU MALI" removed 6 time(s)',
      '6 page number line(s) removed',
    ]);
    expect(codes(result)).toContain('hyphenation-joined');
    expect(articles[4]?.span?.page).toBe(2);
  });

  it('joins the wrapped title and keeps the signatures out of the last article', () => {
    expect(result.document.meta.title).toBe(clean.meta.title);
    expect(result.document.conclusions).toEqual(clean.conclusions);
  });
});

describe('parseLaw on the Commonwealth-style act (examples/laws/zz-trafficking-act-2019.txt)', () => {
  const result = parseLaw(readExample('examples/laws/zz-trafficking-act-2019.txt'));
  const { document } = result;
  const sections = listArticles(document);

  it('counts 30 sections once, skipping the arrangement of sections', () => {
    expect(document.numbering).toBe('section');
    expect(sections.map((section) => section.num)).toEqual(
      Array.from({ length: 30 }, (_, index) => String(index + 1)),
    );
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'toc-skipped', line: 5 })]);
  });

  it('reads marginal notes printed on the line before each section as headings', () => {
    expect(sections.slice(0, 4).map((section) => section.heading)).toEqual([
      'Short title and commencement',
      'Interpretation',
      'Application',
      'Trafficking in persons',
    ]);
    expect(sections[29]?.heading).toBe('Transitional provisions');
    expect(document.body.map((part) => `${part.num} ${part.heading}`)).toEqual([
      'I PRELIMINARY',
      'II OFFENCES',
      'III PROTECTION OF VICTIMS',
      'IV INVESTIGATION AND PROSECUTION',
      'V INSTITUTIONAL ARRANGEMENTS',
      'VI INTERNATIONAL CO-OPERATION',
      'VII MISCELLANEOUS',
    ]);
  });

  it('makes subsections, paragraphs and sub-paragraphs with Commonwealth eIds', () => {
    const subsection = findByEId(document, 'part_2__sec_4__subsec_1');
    expect(subsection?.children.map((child) => child.num)).toEqual(['(a)', '(b)', '(c)', '(d)']);
    expect(subsection?.wrapUp).toBe('for the purpose of exploitation, commits an offence.');
    expect(findByEId(document, 'part_2__sec_9__para_c__subpara_ii')?.text).toBe(
      'intending to use it for that purpose,',
    );
    expect(findByEId(document, 'part_2__sec_4')?.span?.startLine).toBe(88);
  });

  it('makes each quoted definition of the interpretation section a paragraph of its own', () => {
    const definitions = findByEId(document, 'part_1__sec_2')?.children ?? [];
    expect(definitions.map((definition) => definition.text.slice(0, 20))).toEqual([
      '"child" means a pers',
      '"exploitation" inclu',
      '"Minister" means the',
      '"trafficked person" ',
      '"smuggling of migran',
    ]);
    expect(findByEId(document, 'part_1__sec_2__para_5')?.text).toMatch(/material benefit/);
  });

  it('reads "(i)" after "(h)" as a lettered paragraph, not a roman sub-paragraph', () => {
    const list = findByEId(document, 'part_2__sec_7__subsec_1')?.children ?? [];
    expect(list.map((child) => `${child.kind} ${child.num}`).slice(-2)).toEqual([
      'point (h)',
      'point (i)',
    ]);
  });

  it('puts the two schedules in the annexes, not in the last section', () => {
    expect(document.annexes.map((annex) => `${annex.kind} ${annex.num} ${annex.eId}`)).toEqual([
      'annex FIRST att_1',
      'annex SECOND att_2',
    ]);
    expect(document.annexes.map((annex) => annex.heading)).toEqual([
      'FORMS OF EXPLOITATION',
      'REPEALED ENACTMENTS',
    ]);
    expect(document.annexes[0]?.text.split('\n')).toHaveLength(4);
    expect(document.annexes[0]?.text).toContain('4. The removal of organs.');
    expect(sections[29] && provisionText(sections[29])).toBe(
      '30 Proceedings commenced under an enactment repealed by this Act shall be continued as if this Act had not been enacted.',
    );
  });

  it('reads the act number, year and date of assent; keeps recitals and enacting formula in the preamble', () => {
    expect(document.meta).toMatchObject({
      title: 'THE COMBATING OF TRAFFICKING IN PERSONS ACT, 2019',
      number: '7',
      year: '2019',
      date: '2019-07-12',
      language: 'en',
    });
    expect(document.preamble[0]).toMatch(/^AN ACT to provide for the prevention/);
    expect(document.preamble.at(-1)).toBe('ENACTED by the Parliament of Zedland.');
  });
});

describe('parseLaw on a code with books, sub-sections, an exposé des motifs and an annex', () => {
  const result = parseLaw(readExample('src/core/parse/fixtures/fr-code-livres-annexe.txt'));
  const { document } = result;

  it('reads "Article premier", "ARTICLE 2", "Art. 3.-", "Article 4 -" and "Article 5 bis"', () => {
    expect(listArticles(document).map((article) => article.num)).toEqual([
      'premier',
      '2',
      '3',
      '4',
      '5',
      '5 bis',
      '6',
    ]);
    expect(listArticles(document)[0]?.heading).toBe('Objet');
  });

  it('nests Livre, Titre, Section and Sous-section', () => {
    expect(findByEId(document, 'book_2__title_1__sec_1__subsec_2__art_6')?.text).toMatch(
      /^Est puni de cinq ans/,
    );
    expect(findByEId(document, 'book_1__title_1')?.heading).toBe('DISPOSITIONS GÉNÉRALES');
    expect(findByEId(document, 'book_1')?.num).toBe('PREMIER');
  });

  it('nests lettered items under numbered ones, and dashes become points', () => {
    const article5 = listArticles(document)[4];
    expect(article5?.children.map((child) => child.children.length)).toEqual([2, 0]);
    expect(article5?.children[0]?.children[0]?.kind).toBe('subpoint');
    expect(listArticles(document)[3]?.children).toHaveLength(3);
  });

  it('keeps the exposé des motifs, the signatures and the annex apart', () => {
    expect(document.explanatoryNote).toHaveLength(2);
    expect(document.explanatoryNote[0]).toMatch(/^Le présent code rassemble/);
    expect(document.conclusions).toEqual([
      'Fait à Lomé, le 3 mars 2020',
      'Le Président de la République,',
      'Koffi ADJOVI',
    ]);
    expect(document.annexes[0]?.heading).toBe('Liste des travaux dangereux interdits aux enfants');
    expect(document.meta).toMatchObject({ number: '2020-07', date: '2020-03-03' });
  });
});
