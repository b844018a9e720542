import {
  DeletedTextRun,
  Document,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { ILevelsOptions, IPropertiesOptions, ISectionOptions } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../core/model/index.js';
import type { Article, Subdivision } from '../core/model/index.js';
import { docxToText } from './docx.js';
import { importLaw } from './import-law.js';

type Children = ISectionOptions['children'];

async function wordFile(
  children: Children,
  options: Omit<IPropertiesOptions, 'sections'> = {},
): Promise<Uint8Array> {
  const document = new Document({ ...options, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Rewrites one part of a .docx, for what the docx package cannot write (start overrides). */
function editPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const part = files[path];
  if (part === undefined) throw new Error(`no ${path} in the test document`);
  return zipSync({ ...files, [path]: strToU8(edit(strFromU8(part))) });
}

const level = (text: string, format: ILevelsOptions['format'], at = 0): ILevelsOptions => ({
  level: at,
  format,
  text,
  start: 1,
});

const numbered = (
  text: string,
  reference: string,
  options: { level?: number; instance?: number } = {},
): Paragraph =>
  new Paragraph({
    text,
    numbering: {
      reference,
      level: options.level ?? 0,
      ...(options.instance === undefined ? {} : { instance: options.instance }),
    },
  });

function pointNums(article: Article | undefined): string[] {
  const nums: string[] = [];
  const visit = (nodes: readonly Subdivision[]): void => {
    for (const node of nodes) {
      if (node.kind === 'point') nums.push(node.num);
      visit(node.children);
    }
  };
  visit(article?.children ?? []);
  return nums;
}

const LAW_NUMBERING: IPropertiesOptions['numbering'] = {
  config: [
    { reference: 'titles', levels: [level('TITRE %1', LevelFormat.UPPER_ROMAN)] },
    {
      reference: 'articles',
      levels: [level('Article %1 :', LevelFormat.DECIMAL), level('%2°', LevelFormat.DECIMAL, 1)],
    },
    { reference: 'letters', levels: [level('%1)', LevelFormat.LOWER_LETTER)] },
  ],
};

describe('importDocx with automatic numbering', () => {
  it('numbers titles, articles and items as Word displays them', async () => {
    const bytes = await wordFile(
      [
        new Paragraph('LOI N°2019-004 DU 3 MARS 2019 RELATIVE À LA TRAITE DES PERSONNES'),
        numbered('DISPOSITIONS GÉNÉRALES', 'titles'),
        numbered('La présente loi réprime la traite des personnes.', 'articles'),
        numbered('Au sens de la présente loi, on entend par :', 'articles'),
        numbered('exploitation : le travail forcé ;', 'articles', { level: 1 }),
        numbered('enfant : toute personne de moins de dix-huit ans.', 'articles', { level: 1 }),
        numbered('DES INFRACTIONS', 'titles'),
        numbered('Est puni de cinq à dix ans de réclusion quiconque :', 'articles'),
        numbered('recrute une personne ;', 'letters', { instance: 1 }),
        numbered('transporte une personne.', 'letters', { instance: 1 }),
        numbered('Est puni de la même peine quiconque :', 'articles'),
        numbered('héberge une personne ;', 'letters', { instance: 2 }),
        numbered('accueille une personne.', 'letters', { instance: 2 }),
      ],
      { numbering: LAW_NUMBERING },
    );
    const text = await docxToText(bytes, 'loi.docx');
    expect(text.split('\n\n').slice(1, 4)).toEqual([
      'TITRE I DISPOSITIONS GÉNÉRALES',
      'Article 1 : La présente loi réprime la traite des personnes.',
      'Article 2 : Au sens de la présente loi, on entend par :',
    ]);
    const { document } = await importLaw(bytes, { fileName: 'loi.docx' });
    expect(document.body.map((node) => node.eId)).toEqual(['title_1', 'title_2']);
    expect(document.body.map((node) => node.num)).toEqual(['I', 'II']);
    const articles = listArticles(document);
    expect(articles.map((article) => article.num)).toEqual(['1', '2', '3', '4']);
    expect(document.body[1]?.children).toHaveLength(2);
    expect(pointNums(articles[1])).toEqual(['1°', '2°']);
    expect(pointNums(articles[2])).toEqual(['a)', 'b)']);
    expect(pointNums(articles[3])).toEqual(['a)', 'b)']);
  });

  it('numbers paragraphs whose style carries the numbering, through basedOn', async () => {
    const bytes = await wordFile(
      [
        new Paragraph({ text: 'Objet', style: 'ArticleHeading' }),
        new Paragraph('La présente loi réprime la traite des personnes.'),
        new Paragraph({ text: 'Définitions', style: 'ArticleHeading' }),
        new Paragraph('Au sens de la présente loi, on entend par enfant un mineur.'),
        new Paragraph({ text: 'Entrée en vigueur', style: 'LastArticle' }),
        new Paragraph('La présente loi entre en vigueur dès sa publication.'),
      ],
      {
        numbering: {
          config: [{ reference: 'art', levels: [level('ARTICLE %1', LevelFormat.DECIMAL)] }],
        },
        styles: {
          paragraphStyles: [
            {
              id: 'ArticleHeading',
              name: 'Article heading',
              paragraph: { numbering: { reference: 'art', level: 0 } },
            },
            { id: 'LastArticle', name: 'Last article', basedOn: 'ArticleHeading' },
          ],
        },
      },
    );
    const text = await docxToText(bytes, 'style.docx');
    expect(text).toContain('ARTICLE 3 Entrée en vigueur');
    const { document } = await importLaw(bytes, { fileName: 'style.docx' });
    expect(listArticles(document).map((article) => article.num)).toEqual(['1', '2', '3']);
  });

  it('starts a list at its start override', async () => {
    const plain = await wordFile(
      [
        numbered('La loi n° 2012-023 est complétée ainsi qu’il suit.', 'articles'),
        numbered('La présente loi sera exécutée comme loi de l’État.', 'articles'),
      ],
      {
        numbering: {
          config: [{ reference: 'articles', levels: [level('Article %1.-', LevelFormat.DECIMAL)] }],
        },
      },
    );
    const bytes = editPart(plain, 'word/numbering.xml', (xml) =>
      xml.replaceAll('<w:startOverride w:val="1"/>', '<w:startOverride w:val="7"/>'),
    );
    const { document } = await importLaw(bytes, { fileName: 'modif.docx' });
    expect(listArticles(document).map((article) => article.num)).toEqual(['7', '8']);
  });

  it('reads a bullet list as unnumbered points', async () => {
    const bytes = await wordFile([
      new Paragraph('Article 1er : Sont punis :'),
      new Paragraph({ text: 'le recrutement ;', bullet: { level: 0 } }),
      new Paragraph({ text: 'le transport.', bullet: { level: 0 } }),
    ]);
    expect(await docxToText(bytes, 'puces.docx')).toContain('- le recrutement ;');
    const { document } = await importLaw(bytes, { fileName: 'puces.docx' });
    const points = listArticles(document)[0]?.children ?? [];
    expect(points.map((point) => [point.kind, point.text])).toEqual([
      ['point', 'le recrutement ;'],
      ['point', 'le transport.'],
    ]);
  });
});

describe('importDocx text', () => {
  const change = { author: 'Rédacteur', date: '2026-01-05T10:00:00Z' };

  it('takes tracked changes as accepted: deletions left out, insertions kept', async () => {
    const bytes = await wordFile([
      new Paragraph({
        children: [
          new TextRun('Article 1er : Est puni '),
          new DeletedTextRun({ ...change, id: 1, text: 'de trois ans' }),
          new InsertedTextRun({ ...change, id: 2, text: 'de cinq ans' }),
          new TextRun(' de réclusion quiconque recrute une personne.'),
        ],
      }),
    ]);
    const { document } = await importLaw(bytes, { fileName: 'suivi.docx' });
    expect(listArticles(document)[0]?.text).toBe(
      'Est puni de cinq ans de réclusion quiconque recrute une personne.',
    );
  });

  it('reads a table one row a line, its cells side by side', async () => {
    const row = (cells: readonly string[]): TableRow =>
      new TableRow({
        children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
      });
    const bytes = await wordFile([
      new Paragraph('Article 1er : Les peines sont fixées comme suit.'),
      new Table({ rows: [row(['Infraction', 'Peine']), row(['Traite', 'Dix ans'])] }),
      new Paragraph('Article 2 : La présente loi sera exécutée comme loi de l’État.'),
    ]);
    const text = await docxToText(bytes, 'tableau.docx');
    expect(text.split('\n\n')).toEqual([
      'Article 1er : Les peines sont fixées comme suit.',
      'Infraction Peine',
      'Traite Dix ans',
      'Article 2 : La présente loi sera exécutée comme loi de l’État.',
    ]);
    const { document } = await importLaw(bytes, { fileName: 'tableau.docx' });
    expect(listArticles(document).map((article) => article.num)).toEqual(['1er', '2']);
  });
});
