import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_MARKER } from '../core/drafting/index.js';
import { LegalDocument, listArticles, provisionText } from '../core/model/legal-document.js';
import type { Article, Division } from '../core/model/provision.js';
import { importDocx } from '../importers/docx.js';
import { importLiiSeedJson } from '../importers/lii-seed-json.js';
import { parseXml } from '../importers/xml/parse-xml.js';
import {
  attributeValue,
  childElement,
  childElements,
  textOf,
} from '../importers/xml/xml-element.js';
import type { XmlElement } from '../importers/xml/xml-element.js';
import { corpusPath } from '../testing/shared-corpus.js';
import { lawToDocx } from './law-docx.js';

/** A law of the shared corpus, read with the importer of its format. */
function corpusLaw(relative: string): LegalDocument {
  const json: unknown = JSON.parse(readFileSync(corpusPath(relative), 'utf8'));
  return importLiiSeedJson(json, { fileName: relative.split('/').pop() ?? relative }).document;
}

/**
 * The Cameroonian law of 2005 (French, 9 articles in 3 chapters). The seed's article
 * "headings" repeat the label and first words ("Article 2 - Au sens de…"): a defect of the
 * source, not headings, so they are dropped here.
 */
function cameroonianLaw(): LegalDocument {
  const law = corpusLaw('laws/cm/loi-2005-015-trafic-des-enfants.json');
  const clean = (node: Division | Article): Division | Article =>
    node.kind === 'article'
      ? { ...node, heading: /^Article \d/.test(node.heading) ? '' : node.heading }
      : { ...node, children: node.children.map(clean) };
  return { ...law, body: law.body.map(clean) };
}

/** Headings a drafting committee gives the Cameroonian articles in its bill. */
const BILL_HEADINGS = [
  'Objet',
  'Définitions',
  'Mise en gage d’un enfant',
  'Trafic et traite des enfants',
  'Circonstances aggravantes',
  'Peines accessoires',
  'Responsabilité des personnes morales',
  'Abrogation',
  'Publication',
];

const PLACEHOLDER_TEXT = `${PLACEHOLDER_MARKER.fr} Disposition mettant en œuvre TIP.6.3 : assistance et protection des victimes.`;

/**
 * A bill built from the Cameroonian law: headings on every article, article 1 numbered
 * "1er", and a placeholder article at the end of chapter 2, still to be drafted.
 */
function cameroonianBill(): LegalDocument {
  const law = cameroonianLaw();
  let index = 0;
  const name = (node: Division | Article): Division | Article => {
    if (node.kind !== 'article') return { ...node, children: node.children.map(name) };
    const heading = BILL_HEADINGS[index++] ?? '';
    return { ...node, heading, num: node.num === '1' ? '1er' : node.num };
  };
  const body = law.body.map(name).map((node) =>
    node.kind === 'chapter' && node.num === '2'
      ? {
          ...node,
          children: [
            ...node.children,
            {
              ...(node.children[0] as Article),
              num: '6 bis',
              heading: 'Assistance aux victimes',
              text: PLACEHOLDER_TEXT,
              children: [],
            },
          ],
        }
      : node,
  );
  return LegalDocument.create({
    ...law,
    meta: { ...law.meta, docType: 'bill', shortTitle: 'Loi sur la traite des enfants' },
    preamble: ['Vu la Constitution ;', 'L’Assemblée nationale a délibéré et adopté,'],
    body,
    conclusions: ['Yaoundé, le 12 décembre 2026', 'Le Président de la République'],
  });
}

/** What the comparison reads of an article: its words, whitespace normalised. */
function wording(article: Article): string {
  return (
    provisionText(article)
      .replace(/\s+/g, ' ')
      .trim()
      // "Article 1 : - La présente loi…": the importer takes a dash after the label for
      // the label's own separator, as gazettes print "Article 1.- La présente loi…".
      .replace(/^(\S+) [-–—] /, '$1 ')
  );
}

/** The articles as number, heading and wording. */
function articleFacts(document: LegalDocument): [string, string, string][] {
  return listArticles(document).map((article) => [article.num, article.heading, wording(article)]);
}

/** The parts of the Word file, parsed. */
function wordParts(bytes: Uint8Array): Record<string, XmlElement> {
  const files = unzipSync(bytes);
  const parts: Record<string, XmlElement> = {};
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('.xml')) parts[path] = parseXml(data, path);
  }
  return parts;
}

function part(parts: Record<string, XmlElement>, path: string): XmlElement {
  const found = parts[path];
  if (found === undefined) throw new Error(`no ${path} in the Word file`);
  return found;
}

interface WordParagraph {
  readonly style: string;
  readonly text: string;
  readonly shaded: string;
  readonly italic: boolean;
  readonly bold: boolean;
  readonly indent: { readonly left: string; readonly hanging: string };
}

/** The body's paragraphs: style, text, shading, whether all runs are italic, indentation. */
function paragraphs(parts: Record<string, XmlElement>): WordParagraph[] {
  const body = childElement(part(parts, 'word/document.xml'), 'body');
  return childElements(body ?? part(parts, 'word/document.xml'))
    .filter((element) => element.name === 'p')
    .map((paragraph) => {
      const properties = childElement(paragraph, 'pPr');
      const style = properties && childElement(properties, 'pStyle');
      const shading = properties && childElement(properties, 'shd');
      const indent = properties && childElement(properties, 'ind');
      const runs = childElements(paragraph).filter((element) => element.name === 'r');
      const has = (name: string): boolean =>
        runs.length > 0 &&
        runs.every((run) => {
          const runProperties = childElement(run, 'rPr');
          const flag = runProperties && childElement(runProperties, name);
          // A run holding only the tab after an item's number carries no formatting.
          const onlyTab = childElements(run).every((child) => child.name === 'tab');
          return onlyTab || (flag !== undefined && attributeValue(flag, 'val') !== 'false');
        });
      return {
        style: style ? attributeValue(style, 'val') : '',
        text: textOf(paragraph, new Set(['pPr', 'rPr'])),
        shaded: shading ? attributeValue(shading, 'fill') : '',
        italic: has('i'),
        bold: has('b'),
        indent: {
          left: indent ? attributeValue(indent, 'left') : '',
          hanging: indent ? attributeValue(indent, 'hanging') : '',
        },
      };
    });
}

/** Every font a part names. */
function fontNames(xml: string): Set<string> {
  return new Set(
    [...xml.matchAll(/w:(?:ascii|hAnsi|cs)="([^"]+)"/g)].map((match) => match[1] ?? ''),
  );
}

describe('lawToDocx on real laws', { timeout: 30_000 }, () => {
  it('exports the Cameroonian law in French and reads it back with the same articles', async () => {
    const law = cameroonianLaw();
    const bytes = await lawToDocx(law, { language: 'fr' });
    const back = await importDocx(bytes, { fileName: 'loi-2005-015.docx', language: 'fr' });
    expect(listArticles(back.document)).toHaveLength(9);
    expect(articleFacts(back.document)).toEqual(articleFacts(law));
    // The three chapters are real Word headings, so Word builds a table of contents from them.
    const headings = paragraphs(wordParts(bytes)).filter((p) => p.style.startsWith('Heading'));
    expect(headings.map((p) => [p.style, p.text])).toEqual([
      ['Heading1', 'CHAPITRE 1 : Dispositions générales'],
      ['Heading1', 'CHAPITRE 2 : Des sanctions'],
      ['Heading1', 'CHAPITRE 3 : Dispositions diverses et finales'],
    ]);
    expect(back.document.body.map((node) => [node.kind, node.num, node.heading])).toEqual(
      law.body.map((node) => [node.kind, node.num, node.heading]),
    );
  });

  it('exports the Malawian act in English, Commonwealth style, and reads back its 59 sections', async () => {
    const act = corpusLaw('laws/mw/trafficking-in-persons-act-2015.json');
    const bytes = await lawToDocx(act, { language: 'en' });
    const back = await importDocx(bytes, { fileName: 'tip-act-2015.docx', language: 'en' });
    expect(back.document.numbering).toBe('section');
    expect(listArticles(back.document)).toHaveLength(59);
    expect(articleFacts(back.document)).toEqual(articleFacts(act));
    const all = paragraphs(wordParts(bytes));
    // The act's parts have numbers but no headings.
    expect(all.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
      act.body
        .map((node) => `PART ${node.num}`)
        .concat(
          act.annexes.map(
            (annex) =>
              `SCHEDULE${annex.num === '' ? '' : ` ${annex.num}`}${annex.heading === '' ? '' : `—${annex.heading}`}`,
          ),
        ),
    );
    // "2. Interpretation" in bold on its own line; "(1)" hangs in the margin of its text.
    expect(all.find((p) => p.text === '2. Interpretation')?.bold).toBe(true);
    const subsection = all.find((p) => p.text.startsWith('(1)\t'));
    expect(subsection?.indent).toEqual({ left: '567', hanging: '567' });
    // The schedules follow the sections, each on a new page under a heading.
    expect(back.document.annexes.length).toBe(act.annexes.length);
  });

  it('lays out the English act on A4 with the title in the header and "Page n / N" in the footer', async () => {
    const act = corpusLaw('laws/ls/anti-trafficking-in-persons-act-2011.json');
    const parts = wordParts(await lawToDocx(act, { language: 'en' }));
    const section = childElement(childElement(part(parts, 'word/document.xml'), 'body')!, 'sectPr');
    const size = childElement(section!, 'pgSz')!;
    expect([attributeValue(size, 'w'), attributeValue(size, 'h')]).toEqual(['11906', '16838']);
    expect(textOf(part(parts, 'word/header1.xml'))).toBe(act.meta.title);
    const footer = part(parts, 'word/footer1.xml');
    const instructions = [...childElements(childElement(footer, 'p')!)]
      .map((run) => childElement(run, 'instrText'))
      .filter((instruction) => instruction !== undefined)
      .map((instruction) => textOf(instruction).trim());
    expect(instructions).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer, new Set(['instrText']))).toBe('Page  / ');
  });
});

describe('lawToDocx on a bill', { timeout: 30_000 }, () => {
  it('opens with "PROJET DE LOI", the title, the short title and the version line', async () => {
    const bill = cameroonianBill();
    const bytes = await lawToDocx(bill, {
      language: 'fr',
      subtitle: 'Version 2 — 12 décembre 2026',
    });
    const all = paragraphs(wordParts(bytes));
    expect(all.slice(0, 4).map((p) => [p.style, p.text])).toEqual([
      ['', 'PROJET DE LOI'],
      ['Title', bill.meta.title],
      ['', 'Loi sur la traite des enfants'],
      ['', 'Version 2 — 12 décembre 2026'],
    ]);
    expect(all[4]?.text).toBe('Vu la Constitution ;');
    expect(all.find((p) => p.text.startsWith('Article 1er'))).toMatchObject({
      text: 'Article 1er : Objet',
      bold: true,
    });
  });

  it('shades the placeholder article in grey and italics, and only it', async () => {
    const bytes = await lawToDocx(cameroonianBill(), { language: 'fr' });
    const all = paragraphs(wordParts(bytes));
    const shaded = all.filter((p) => p.shaded !== '');
    expect(shaded.map((p) => [p.text, p.shaded, p.italic])).toEqual([
      ['Article 6 bis : Assistance aux victimes', 'D9D9D9', true],
      [PLACEHOLDER_TEXT, 'D9D9D9', true],
    ]);
    expect(all.filter((p) => p.italic && p.shaded === '').map((p) => p.text)).toEqual([]);
  });

  it('reads the bill back: ten articles with their headings, the placeholder and the closing lines', async () => {
    const bill = cameroonianBill();
    const back = await importDocx(await lawToDocx(bill, { language: 'fr' }), {
      fileName: 'projet.docx',
      language: 'fr',
    });
    expect(articleFacts(back.document)).toEqual(articleFacts(bill));
    expect(listArticles(back.document).map((article) => article.heading)).toContain(
      'Assistance aux victimes',
    );
    expect(back.document.preamble).toEqual(bill.preamble);
    expect(back.document.conclusions).toEqual(bill.conclusions);
  });

  it('names only Times New Roman and Arial, in the styles, the theme and the text', async () => {
    const files = unzipSync(await lawToDocx(cameroonianBill(), { language: 'fr' }));
    const names = new Set<string>();
    for (const path of [
      'word/styles.xml',
      'word/document.xml',
      'word/header1.xml',
      'word/footer1.xml',
    ]) {
      for (const font of fontNames(strFromU8(files[path]!))) names.add(font);
    }
    expect([...names].sort()).toEqual(['Arial', 'Times New Roman']);
    const theme = strFromU8(files['word/theme/theme1.xml']!);
    const latin = [...theme.matchAll(/<a:latin typeface="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(latin)).toEqual(new Set(['Arial', 'Times New Roman']));
  });

  it('writes an English bill with "BILL" and a long heading on a line of its own', async () => {
    const bill = LegalDocument.create({
      numbering: 'section',
      meta: {
        ...cameroonianLaw().meta,
        language: 'en',
        docType: 'bill',
        title: 'Smuggling of Migrants Bill, 2026',
      },
      body: [
        {
          kind: 'part',
          eId: '',
          num: 'I',
          heading: 'PRELIMINARY',
          text: '',
          wrapUp: '',
          children: [
            {
              kind: 'article',
              eId: '',
              num: '1',
              heading:
                'Protection of smuggled migrants from violence, exploitation and inhuman treatment',
              text: 'A smuggled migrant shall be protected from violence.',
              wrapUp: '',
              children: [],
            },
            {
              kind: 'article',
              eId: '',
              num: '2',
              heading: 'Assistance',
              text: `${PLACEHOLDER_MARKER.en} Provision implementing SOM.16.`,
              wrapUp: '',
              children: [],
            },
          ],
        },
      ],
    });
    const bytes = await lawToDocx(bill, { language: 'en' });
    const all = paragraphs(wordParts(bytes));
    expect(all[0]?.text).toBe('BILL');
    expect(all.find((p) => p.text.startsWith('1.'))?.text).toBe(
      '1.Protection of smuggled migrants from violence, exploitation and inhuman treatment',
    );
    expect(all.filter((p) => p.shaded !== '').map((p) => p.text)).toEqual([
      '2. Assistance',
      `${PLACEHOLDER_MARKER.en} Provision implementing SOM.16.`,
    ]);
    const back = await importDocx(bytes, { fileName: 'bill.docx', language: 'en' });
    expect(articleFacts(back.document)).toEqual(articleFacts(bill));
  });
});
