import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ITableCellBorders } from 'docx';
import type {
  ReportCell,
  ReportChart,
  ReportTable,
  ReportTone,
} from '../core/reports/report-document.js';

/** What the report's Word parts share: page, fonts, colours, table cells. */
/** An A4 page in twentieths of a point, with 2 cm margins. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = 1134;
/** The width text and tables take between the margins. */
export const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** Fonts every Word, LibreOffice and phone viewer has: nothing is embedded or downloaded. */
export const BODY_FONT = 'Times New Roman';
export const HEADING_FONT = 'Arial';
export const ACCENT = '1F3864';
export const RULE = 'A6A6A6';
export const HEADER_FILL = 'DCE3EE';

/** The pale fill of a status cell: the status word is always written in it too. */
export const TONE_FILL: Record<ReportTone, string | undefined> = {
  aligned: 'C8E6C9',
  partial: 'FFE9A8',
  missing: 'F6C6C2',
  not_applicable: 'E0E0E0',
  not_assessed: 'F2F2F2',
  neutral: undefined,
};

/** The colour of a chart's bar, by what its series counts. */
export const BAR_FILL: Record<ReportChart['series'][number]['tone'], string> = {
  aligned: '2E7D32',
  partial: 'D49B00',
  missing: 'C62828',
  not_applicable: '8C8C8C',
  not_assessed: 'BDBDBD',
  neutral: '4F6D8F',
  before: '9FB3C8',
  after: '1F5FA8',
  female: '7B3FA0',
  male: '00897B',
  other: '757575',
};

export const WORDS = {
  fr: { page: 'Page', of: '/', total: 'Total' },
  en: { page: 'Page', of: '/', total: 'Total' },
} as const;

export const NO_BORDERS: ITableCellBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

export const fill = (colour: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill: colour });

/** Table text: Arial 9 pt, so wide concordance tables stay readable. */
export function tableRun(
  text: string,
  extra: { bold?: boolean; italics?: boolean; size?: number } = {},
): TextRun {
  return new TextRun({ text, font: HEADING_FONT, size: 18, ...extra });
}

export function tableParagraph(
  children: TextRun[],
  align: 'left' | 'right' | 'center' = 'left',
): Paragraph {
  const alignment =
    align === 'right'
      ? AlignmentType.RIGHT
      : align === 'center'
        ? AlignmentType.CENTER
        : AlignmentType.LEFT;
  return new Paragraph({ children, alignment, spacing: { before: 0, after: 40 } });
}

/** A cell's runs: word changes as Word shows tracked ones, inserted underlined, deleted struck. */
export function cellRuns(cell: ReportCell): TextRun[] {
  const segments = cell.diff ?? [{ kind: 'same' as const, text: cell.text }];
  // The lines of a text (an article's paragraphs and items) as line breaks in the cell.
  return segments.flatMap((segment) =>
    segment.text.split('\n').map(
      (text, index) =>
        new TextRun({
          text,
          font: HEADING_FONT,
          size: 18,
          ...(index > 0 ? { break: 1 } : {}),
          ...(cell.bold === true && cell.diff === undefined ? { bold: true } : {}),
          ...(segment.kind === 'added' ? { underline: {}, color: '1B5E20' } : {}),
          ...(segment.kind === 'removed' ? { strike: true, color: 'B71C1C' } : {}),
        }),
    ),
  );
}

export function cellParagraphs(cell: ReportCell, align: 'left' | 'right' | 'center'): Paragraph[] {
  // A cell of secondary lines only (missing elements) starts with its first line.
  const onlyLines = cell.text === '' && cell.diff === undefined && (cell.lines?.length ?? 0) > 0;
  const paragraphs = onlyLines ? [] : [tableParagraph(cellRuns(cell), align)];
  for (const line of cell.lines ?? []) {
    paragraphs.push(
      tableParagraph([new TextRun({ text: line, font: HEADING_FONT, size: 16, color: '404040' })]),
    );
  }
  return paragraphs;
}

export function twips(share: number, total: number): number {
  return Math.max(1, Math.round((share / total) * TEXT_WIDTH));
}

/** A caption above a table or chart, kept with it on the page. */
export function caption(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 200, after: 80 },
    children: [new TextRun({ text, font: HEADING_FONT, size: 20, bold: true, color: ACCENT })],
  });
}

/**
 * A table as Word tables are read: the header row repeated on every page and shaded, rows
 * not split across pages, status cells filled with their colour and carrying their word.
 */
export function reportTable(table: ReportTable): (Paragraph | Table)[] {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const widths = table.columns.map((column) => twips(column.width, total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index] ?? 1, type: WidthType.DXA },
          shading: fill(HEADER_FILL),
          verticalAlign: VerticalAlign.BOTTOM,
          children: [
            tableParagraph([tableRun(column.label, { bold: true, size: 16 })], column.align),
          ],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        // Short rows stay whole on a page; a long article's row may run onto the next one.
        cantSplit: row.reduce((sum, cell) => sum + cell.text.length, 0) < 600,
        children: table.columns.map((column, index) => {
          const cell = row[index] ?? { text: '' };
          const tone = cell.tone === undefined ? undefined : TONE_FILL[cell.tone];
          return new TableCell({
            width: { size: widths[index] ?? 1, type: WidthType.DXA },
            ...(tone === undefined ? {} : { shading: fill(tone) }),
            children: cellParagraphs(cell, column.align ?? 'left'),
          });
        }),
      }),
  );
  return [
    caption(table.caption),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      rows: [header, ...rows],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}
