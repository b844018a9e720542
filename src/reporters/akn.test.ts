import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignEIds } from '../core/model/eid.js';
import { EMPTY_META, LegalDocument, listArticles } from '../core/model/legal-document.js';
import type { Provision } from '../core/model/provision.js';
import { Article, Division, Subdivision } from '../core/model/provision.js';
import { parseLaw } from '../core/parse/parse-law.js';
import { importAkomaNtoso } from '../importers/akn.js';
import { importJusticeCanadaXml } from '../importers/justice-canada-xml.js';
import { aknSchemaErrors } from '../testing/akn-schema.js';
import { readCorpus, repoPath } from '../testing/shared-corpus.js';
import { toAkomaNtoso } from './akn.js';

const malianMeta = {
  ...EMPTY_META,
  country: 'ml',
  year: '2012',
  number: '2012-023',
  language: 'fr',
  date: '2012-07-12',
  title: 'Loi n°2012-023 du 12 juillet 2012 relative à la lutte contre la traite des personnes',
  shortTitle: 'Loi sur la traite',
};

/** A civil-law act with every division kind, every subdivision kind and the front and end matter. */
const civilAct = LegalDocument.create({
  meta: malianMeta,
  preamble: ['Vu la Constitution ;', "L'Assemblée nationale a délibéré et adopté"],
  explanatoryNote: ['La présente loi comble un vide juridique.'],
  body: [
    Division.create({
      kind: 'book',
      num: 'PREMIER',
      heading: 'Dispositions pénales',
      children: [
        Division.create({
          kind: 'part',
          num: '1',
          children: [
            Division.create({
              kind: 'title',
              num: 'I',
              heading: 'Définitions',
              children: [
                Division.create({
                  kind: 'chapter',
                  num: 'II',
                  heading: 'Infractions',
                  text: 'Les infractions suivantes sont punies.',
                  children: [
                    Division.create({
                      kind: 'section',
                      num: '1',
                      heading: 'De la traite',
                      children: [
                        Division.create({
                          kind: 'subsection',
                          num: '1',
                          children: [
                            Division.create({
                              kind: 'division',
                              num: 'A',
                              children: [
                                Article.create({
                                  num: '1er',
                                  heading: 'Définition de la traite',
                                  text: 'Au sens de la présente loi :',
                                  wrapUp: 'sont punis de cinq à dix ans.',
                                  children: [
                                    Subdivision.create({
                                      kind: 'paragraph',
                                      text: 'La traite <des personnes> & l’exploitation :',
                                      children: [
                                        Subdivision.create({
                                          kind: 'point',
                                          num: '1°',
                                          text: 'le recrutement ;',
                                          children: [
                                            Subdivision.create({
                                              kind: 'subpoint',
                                              num: 'a)',
                                              text: 'par la force ;',
                                            }),
                                          ],
                                        }),
                                        Subdivision.create({
                                          kind: 'point',
                                          num: '2°',
                                          text: 'le transport.',
                                        }),
                                      ],
                                    }),
                                  ],
                                }),
                                Article.create({
                                  num: '2',
                                  text: 'Première ligne.\nSeconde ligne.',
                                }),
                                Article.create({
                                  num: '3',
                                  text: 'Texte.',
                                  wrapUp: 'Clause finale.',
                                }),
                              ],
                            }),
                          ],
                        }),
                      ],
                    }),
                  ],
                }),
              ],
            }),
          ],
        }),
      ],
    }),
  ],
  conclusions: ['Bamako, le 12 juillet 2012', 'Le Président de la République'],
  annexes: [
    Division.create({
      kind: 'annex',
      num: '1',
      heading: 'Liste des infractions assimilées',
      text: 'Les pratiques suivantes :',
      children: [Article.create({ num: '1', text: 'La mendicité organisée.' })],
    }),
  ],
});

/** A Commonwealth act: sections with subsections, paragraphs and subparagraphs. */
const commonwealthAct = LegalDocument.create({
  numbering: 'section',
  meta: {
    ...EMPTY_META,
    country: 'zm',
    year: '2008',
    number: '11',
    language: 'en',
    date: '2022-11-16',
    title: 'An Act to provide for the prohibition of trafficking in persons',
    shortTitle: 'Anti-Human Trafficking Act, 2008',
  },
  body: [
    Division.create({
      kind: 'part',
      num: 'I',
      heading: 'Preliminary',
      children: [
        Division.create({
          kind: 'division',
          num: '1',
          children: [
            Division.create({
              kind: 'section',
              num: 'A',
              heading: 'Interpretation',
              children: [
                Division.create({
                  kind: 'subsection',
                  num: '1',
                  children: [
                    Article.create({
                      num: '2',
                      heading: 'Interpretation',
                      children: [
                        Subdivision.create({
                          kind: 'paragraph',
                          num: '(1)',
                          text: 'In this Act, unless the context otherwise requires—',
                          children: [
                            Subdivision.create({
                              kind: 'point',
                              num: '(a)',
                              text: '"child" means a person below eighteen;',
                              children: [
                                Subdivision.create({
                                  kind: 'subpoint',
                                  num: '(i)',
                                  text: 'born; or',
                                }),
                              ],
                            }),
                          ],
                        }),
                      ],
                    }),
                  ],
                }),
              ],
            }),
          ],
        }),
      ],
    }),
    Article.create({ num: '3', heading: 'Smuggling', text: 'A person who smuggles…' }),
  ],
  annexes: [Division.create({ kind: 'annex', heading: 'Schedule' })],
});

// Schema validation runs libxml2 in WebAssembly: give it room on a busy machine.
describe('toAkomaNtoso', { timeout: 30_000 }, () => {
  it('writes a civil-law act with every node kind that validates against the AKN 3.0 schema', async () => {
    const xml = toAkomaNtoso(civilAct);
    expect(await aknSchemaErrors(xml)).toEqual([]);
    expect(xml).toContain('<FRBRuri value="/akn/ml/act/2012/23/fra@2012-07-12"/>');
    expect(xml).toContain(
      '<article eId="book_1__part_1__title_1__chp_2__sec_1__subsec_1__dvs_a__art_1">',
    );
    expect(xml).toContain('<p>La traite &lt;des personnes&gt; &amp; l’exploitation :</p>');
  });

  it('writes a Commonwealth act with sections, subsections and subparagraphs that validates', async () => {
    const xml = toAkomaNtoso(commonwealthAct);
    expect(await aknSchemaErrors(xml)).toEqual([]);
    expect(xml).toContain('<subpart eId="part_1__dvs_1__subpart_a">');
    expect(xml).toContain(
      '<subparagraph eId="part_1__dvs_1__subpart_a__subdvs_1__sec_2__subsec_1__para_a__subpara_i">',
    );
    expect(xml).toMatch(/<section eId="sec_3">\s*<num>3<\/num>\s*<heading>Smuggling<\/heading>/);
  });

  it('writes a bill, an empty law and unknown metadata as valid documents', async () => {
    const bill = LegalDocument.create({
      meta: { ...EMPTY_META, docType: 'bill' },
      body: [Article.create({ num: '1' })],
    });
    const empty = LegalDocument.create({ body: [] });
    const billXml = toAkomaNtoso(bill);
    expect(billXml).toContain('<bill name="bill">');
    expect(billXml).toContain('<FRBRuri value="/akn/xx/bill/0000/nn"/>');
    expect(await aknSchemaErrors(billXml)).toEqual([]);
    expect(await aknSchemaErrors(toAkomaNtoso(empty))).toEqual([]);
  });

  it('drops characters XML cannot carry instead of writing a broken file', async () => {
    const controls = LegalDocument.create({
      body: [Article.create({ num: '1', text: 'bell\u0007 and \uFFFF "quoted"' })],
    });
    const xml = toAkomaNtoso(controls);
    expect(xml).toContain('<p>bell and  &quot;quoted&quot;</p>');
    expect(await aknSchemaErrors(xml)).toEqual([]);
  });

  it('reads back what it wrote: same tree, eIds and metadata, for both numbering styles', () => {
    for (const original of [civilAct, commonwealthAct]) {
      const bytes = new TextEncoder().encode(toAkomaNtoso(original));
      const imported = importAkomaNtoso(bytes, { fileName: 'round-trip.xml' });
      const expected = assignEIds(original);
      expect(imported.diagnostics).toEqual([]);
      expect(imported.document).toEqual(expected);
      expect(listArticles(imported.document).length).toBe(listArticles(expected).length);
    }
  });

  it('reads back an empty law as zero articles with an empty-document error', () => {
    const bytes = new TextEncoder().encode(toAkomaNtoso(LegalDocument.create({ body: [] })));
    const imported = importAkomaNtoso(bytes, { fileName: 'empty.xml' });
    expect(imported.document.body).toEqual([]);
    expect(imported.diagnostics.map((d) => d.code)).toEqual(['empty-document']);
  });
});

/** The tree without source spans: Akoma Ntoso does not carry the line numbers of a text file. */
function withoutSpans(document: LegalDocument): LegalDocument {
  const strip = <TNode extends Provision>(node: TNode): TNode => ({
    ...node,
    span: undefined,
    children: node.children.map(strip),
  });
  return { ...document, body: document.body.map(strip), annexes: document.annexes.map(strip) };
}

describe('toAkomaNtoso on whole laws', { timeout: 60_000 }, () => {
  const examples = [
    'examples/laws/ml-loi-traite-2012.txt',
    'examples/laws/ml-loi-traite-2012-ocr.txt',
    'examples/laws/zz-trafficking-act-2019.txt',
    'src/core/parse/fixtures/fr-code-livres-annexe.txt',
  ];

  it.each(examples)('exports %s as valid Akoma Ntoso that reads back identically', async (path) => {
    const { document } = parseLaw(readFileSync(repoPath(path), 'utf8'));
    expect(listArticles(document).length).toBeGreaterThan(5);
    const xml = toAkomaNtoso(document);
    expect(await aknSchemaErrors(xml)).toEqual([]);
    const imported = importAkomaNtoso(new TextEncoder().encode(xml), { fileName: 'law.xml' });
    expect(imported.document).toEqual(withoutSpans(assignEIds(document)));
  });

  it('exports the 324 sections of the Canadian act as valid Akoma Ntoso that reads back identically', async () => {
    const { document } = importJusticeCanadaXml(readCorpus('laws/ca/irpa-I-2.5_en.xml'), {
      fileName: 'irpa-I-2.5_en.xml',
    });
    const xml = toAkomaNtoso(document);
    expect(await aknSchemaErrors(xml)).toEqual([]);
    const imported = importAkomaNtoso(new TextEncoder().encode(xml), { fileName: 'irpa.xml' });
    expect(listArticles(imported.document)).toHaveLength(324);
    expect(imported.document).toEqual(document);
  });
});
