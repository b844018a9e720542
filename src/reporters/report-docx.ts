import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IRunOptions, IStylesOptions } from 'docx';
import type {
  ReportBlock,
  ReportDocument,
  ReportSection,
} from '../core/reports/report-document.js';

import { reportChart, reportFigures } from './report-docx-chart.js';
import {
  A4,
  ACCENT,
  BODY_FONT,
  HEADING_FONT,
  MARGIN,
  NO_BORDERS,
  RULE,
  TEXT_WIDTH,
  WORDS,
  reportTable,
  tableParagraph,
} from './report-docx-style.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const ORDERED = 'report-ordered';
/** Section numbers 1, 1.1, 1.1.1 on the headings, as the HTML and PDF number them. */
const SECTIONS = 'report-sections';

/** What every writer needs while the document is built: ordered lists restart at 1. */
interface Context {
  readonly report: ReportDocument;
  nextList: number;
}

function blockChildren(block: ReportBlock, context: Context): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [
        new Paragraph({
          alignment: block.style === 'note' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
          children: [
            new TextRun({
              text: block.text,
              ...(block.style === 'lead' ? { size: 24 } : {}),
              ...(block.style === 'note' ? { size: 20, italics: true, color: '404040' } : {}),
            }),
          ],
        }),
      ];
    case 'list': {
      const instance = context.nextList++;
      return block.items.map(
        (item) =>
          new Paragraph({
            text: item,
            ...(block.ordered
              ? { numbering: { reference: ORDERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
            spacing: { after: 60 },
          }),
      );
    }
    case 'figures':
      return reportFigures(block.items);
    case 'chart':
      return reportChart(block.chart, context.report.language);
    case 'table':
      return reportTable(block.table);
  }
}

function sectionChildren(section: ReportSection, context: Context): (Paragraph | Table)[] {
  const heading = HEADINGS[section.level - 1] ?? HeadingLevel.HEADING_3;
  return [
    new Paragraph({
      text: section.heading,
      heading,
      numbering: { reference: SECTIONS, level: section.level - 1 },
      ...(section.pageBreakBefore ? { pageBreakBefore: true } : {}),
    }),
    ...section.blocks.flatMap((block) => blockChildren(block, context)),
  ];
}

/** The cover: the kind of report, the title and subtitle, the facts (country, date, authors). */
function cover(report: ReportDocument): (Paragraph | Table)[] {
  const { cover } = report;
  const facts = cover.facts.map(
    (fact) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: 2800, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              tableParagraph([
                new TextRun({
                  text: fact.label,
                  font: HEADING_FONT,
                  size: 20,
                  bold: true,
                  color: '404040',
                }),
              ]),
            ],
          }),
          new TableCell({
            width: { size: TEXT_WIDTH - 2800, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              tableParagraph([new TextRun({ text: fact.value, font: HEADING_FONT, size: 20 })]),
            ],
          }),
        ],
      }),
  );
  return [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      children: [
        new TextRun({
          text: cover.kicker.toUpperCase(),
          font: HEADING_FONT,
          size: 24,
          bold: true,
          color: '5A6B82',
        }),
      ],
    }),
    new Paragraph({ text: cover.title, heading: HeadingLevel.TITLE }),
    ...(cover.subtitle === ''
      ? []
      : [
          new Paragraph({
            spacing: { after: 600 },
            children: [
              new TextRun({ text: cover.subtitle, font: HEADING_FONT, size: 28, color: '404040' }),
            ],
          }),
        ]),
    ...(facts.length === 0
      ? []
      : [
          new Table({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: [2800, TEXT_WIDTH - 2800],
            layout: TableLayoutType.FIXED,
            borders: {
              top: { style: BorderStyle.SINGLE, size: 12, color: ACCENT },
              bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT },
              left: NO_BORDERS.left,
              right: NO_BORDERS.right,
              insideHorizontal: NO_BORDERS.top,
              insideVertical: NO_BORDERS.top,
            },
            margins: { top: 60, bottom: 60, left: 0, right: 80 },
            rows: facts,
          }),
        ]),
  ];
}

function styles(language: ReportDocument['language']): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: HEADING_FONT, size, bold: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: {
          font: BODY_FONT,
          size: 22,
          language: { value: language === 'fr' ? 'fr-FR' : 'en-GB' },
        },
        // The rule said, or LibreOffice reads the line height as exact and tall titles overlap.
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: HEADING_FONT, size: 56, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: heading(32, 360),
      heading2: heading(26, 280),
      heading3: heading(22, 220),
    },
  };
}

function header(report: ReportDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        children: [
          new TextRun({
            text: report.title,
            font: HEADING_FONT,
            size: 16,
            italics: true,
            color: '404040',
          }),
        ],
      }),
    ],
  });
}

/**
 * The footer line on the left, "Page 3 / 12" on the right (Word fills in both numbers): two
 * cells of a borderless table, so a long footer line wraps in its own cell and the page
 * number stays in the corner.
 */
function footer(report: ReportDocument): Footer {
  const words = WORDS[report.language];
  const run = (children: IRunOptions['children']) =>
    new TextRun({ font: HEADING_FONT, size: 16, color: '404040', children });
  const pageWidth = 1700;
  const rule = { style: BorderStyle.SINGLE, size: 4, color: RULE };
  const cell = (width: number, paragraph: Paragraph) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { ...NO_BORDERS, top: rule },
      children: [paragraph],
    });
  return new Footer({
    children: [
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [TEXT_WIDTH - pageWidth, pageWidth],
        layout: TableLayoutType.FIXED,
        margins: { top: 60, bottom: 0, left: 0, right: 0 },
        rows: [
          new TableRow({
            children: [
              cell(TEXT_WIDTH - pageWidth, tableParagraph([run([report.footer])])),
              cell(
                pageWidth,
                tableParagraph(
                  [
                    run([
                      `${words.page} `,
                      PageNumber.CURRENT,
                      ` ${words.of} `,
                      PageNumber.TOTAL_PAGES,
                    ]),
                  ],
                  'right',
                ),
              ),
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * A report as a Word document ministries can edit: A4, a cover page (no header or footer on
 * it), a real table of contents (a TOC field over Heading 1–3, listed already and updated
 * by Word when it opens the file), the sections as Heading 1–3, paragraphs, bulleted and
 * numbered lists, key figures as a small table, charts as tables with proportional shaded
 * bars and their numbers, tables whose header row repeats on every page with status cells
 * shaded and worded and word changes underlined (inserted) or struck through (deleted);
 * the report's title in the page header and its footer line with "Page 3 / 12". Only
 * Arial and Times New Roman are named; nothing is embedded.
 *
 * @example (await renderReportDocx(report)).length > 0 // true
 */
export async function renderReportDocx(report: ReportDocument): Promise<Uint8Array> {
  const context: Context = { report, nextList: 1 };
  const children: (Paragraph | Table | TableOfContents)[] = [
    ...cover(report),
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: report.contentsHeading,
          font: HEADING_FONT,
          size: 32,
          bold: true,
          color: ACCENT,
        }),
      ],
    }),
    new TableOfContents(report.contentsHeading, { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ pageBreakBefore: true, children: [] }),
  ];
  report.sections.forEach((section, index) => {
    // The first section starts on the page after the contents: no blank page before it.
    const placed = index === 0 ? { ...section, pageBreakBefore: false } : section;
    children.push(...sectionChildren(placed, context));
  });
  const file = new Document({
    title: report.title,
    creator: 'LexAlign',
    description: report.cover.subtitle,
    styles: styles(report.language),
    theme: { fonts: { headings: HEADING_FONT, body: BODY_FONT } },
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: SECTIONS,
          levels: ['%1', '%1.%2', '%1.%2.%3'].map((text, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text,
            alignment: AlignmentType.START,
            suffix: LevelSuffix.SPACE,
            style: { paragraph: { indent: { left: 0, hanging: 0 } } },
          })),
        },
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 340 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        headers: { default: header(report), first: new Header({ children: [] }) },
        footers: { default: footer(report), first: new Footer({ children: [] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
