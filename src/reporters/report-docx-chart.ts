import {
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ReportBlock, ReportChart, ReportDocument } from '../core/reports/report-document.js';

import {
  BAR_FILL,
  HEADER_FILL,
  HEADING_FONT,
  ACCENT,
  NO_BORDERS,
  TEXT_WIDTH,
  WORDS,
  caption,
  fill,
  tableParagraph,
  tableRun,
  twips,
} from './report-docx-style.js';

/** One bar: shaded cells as wide as their values on a common scale, then the empty rest. */
export function bar(
  values: readonly { value: number; colour: string }[],
  scale: number,
  width: number,
) {
  const parts = values
    .filter((part) => part.value > 0)
    .map((part) => ({ colour: part.colour, width: Math.round((part.value / scale) * width) }))
    .filter((part) => part.width > 0);
  const used = parts.reduce((sum, part) => sum + part.width, 0);
  const cells = parts.map(
    (part) =>
      new TableCell({
        width: { size: part.width, type: WidthType.DXA },
        shading: fill(part.colour),
        borders: NO_BORDERS,
        children: [new Paragraph({ children: [] })],
      }),
  );
  if (width - used > 0 || cells.length === 0) {
    cells.push(
      new TableCell({
        width: { size: Math.max(1, width - used), type: WidthType.DXA },
        borders: NO_BORDERS,
        children: [new Paragraph({ children: [] })],
      }),
    );
  }
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: cells.map((_, index) =>
      index < parts.length ? (parts[index]?.width ?? 1) : Math.max(1, width - used),
    ),
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_BORDERS.top,
      bottom: NO_BORDERS.bottom,
      left: NO_BORDERS.left,
      right: NO_BORDERS.right,
      insideHorizontal: NO_BORDERS.top,
      insideVertical: NO_BORDERS.top,
    },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        height: { value: 170, rule: HeightRule.EXACT },
        children: cells,
      }),
    ],
  });
}

/**
 * A chart as a table Word can edit: one row per category with its bar (stacked series side
 * by side, or one bar per series) drawn by shaded cells proportional to the values, and the
 * numbers in their own columns, so the figures are read, not guessed from lengths. A legend
 * and the chart's description follow. Columns are narrow so the bars get most of the width.
 */
export function reportChart(
  chart: ReportChart,
  language: ReportDocument['language'],
): (Paragraph | Table)[] {
  // A series at zero everywhere draws nothing: its column and legend entry are left out.
  const drawn = chart.series.filter((one) => one.values.some((value) => value > 0));
  const series = drawn.length > 0 ? drawn : chart.series;
  const numberColumns = series.length + (chart.stacked ? 1 : 0);
  // Wide enough for "Conforme" on one line while the bars keep a third of the width.
  const numberShare = numberColumns <= 4 ? 10 : 8;
  const labelWidth = twips(24, 100);
  const numberWidth = twips(numberShare, 100);
  const barWidth = TEXT_WIDTH - labelWidth - numberWidth * numberColumns;
  const totals = chart.categories.map((_, index) =>
    series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0),
  );
  const largest = chart.stacked
    ? Math.max(0, ...totals)
    : Math.max(0, ...series.flatMap((series) => series.values));
  const scale = largest > 0 ? largest : 1;
  // The bar cell's own margins leave a little room around the bars.
  const innerBar = Math.max(100, barWidth - 160);
  const headerCell = (text: string, width: number, align: 'left' | 'right') =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: fill(HEADER_FILL),
      children: [tableParagraph([tableRun(text, { bold: true, size: 16 })], align)],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      headerCell('', labelWidth, 'left'),
      headerCell(chart.unit, barWidth, 'left'),
      ...series.map((series) => headerCell(series.label, numberWidth, 'right')),
      ...(chart.stacked ? [headerCell(WORDS[language].total, numberWidth, 'right')] : []),
    ],
  });
  const rows = chart.categories.map((category, index) => {
    const bars = chart.stacked
      ? [
          bar(
            series.map((series) => ({
              value: series.values[index] ?? 0,
              colour: BAR_FILL[series.tone],
            })),
            scale,
            innerBar,
          ),
        ]
      : series.map((series) =>
          bar(
            [{ value: series.values[index] ?? 0, colour: BAR_FILL[series.tone] }],
            scale,
            innerBar,
          ),
        );
    // Word needs a paragraph after a nested table in a cell: a 1-pt one, so bars stay close.
    const barChildren: (Paragraph | Table)[] = [];
    for (const one of bars) {
      barChildren.push(
        one,
        new Paragraph({
          spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
          children: [],
        }),
      );
    }
    const number = (value: number) =>
      new TableCell({
        width: { size: numberWidth, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: [tableParagraph([tableRun(String(value))], 'right')],
      });
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: labelWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [tableParagraph([tableRun(category)])],
        }),
        new TableCell({
          width: { size: barWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: barChildren,
        }),
        ...series.map((series) => number(series.values[index] ?? 0)),
        ...(chart.stacked ? [number(totals[index] ?? 0)] : []),
      ],
    });
  });
  const legend = new Paragraph({
    spacing: { before: 60, after: 40 },
    children: series.flatMap((series, index) => [
      ...(index === 0 ? [] : [tableRun('   ')]),
      new TextRun({ text: '■ ', font: HEADING_FONT, size: 18, color: BAR_FILL[series.tone] }),
      tableRun(series.label),
    ]),
  });
  return [
    caption(chart.title),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [
        labelWidth,
        barWidth,
        ...Array.from({ length: numberColumns }, () => numberWidth),
      ],
      layout: TableLayoutType.FIXED,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      rows: [header, ...rows],
    }),
    legend,
    new Paragraph({
      spacing: { after: 200 },
      children: [
        new TextRun({ text: chart.description, italics: true, size: 20, color: '404040' }),
      ],
    }),
  ];
}

/** Key figures side by side (at most four to a row): the value large, its label and detail under it. */
export function reportFigures(
  items: Extract<ReportBlock, { type: 'figures' }>['items'],
): (Paragraph | Table)[] {
  if (items.length === 0) return [];
  // At most four to a row, rows as even as can be: six figures make two rows of three.
  const perRow = Math.max(1, Math.ceil(items.length / Math.ceil(items.length / 4)));
  const width = Math.floor(TEXT_WIDTH / perRow);
  const rows: TableRow[] = [];
  for (let start = 0; start < items.length; start += perRow) {
    const slice = items.slice(start, start + perRow);
    const cells = slice.map(
      (item) =>
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          shading: fill('F2F5F9'),
          // A status's figure carries its colour on its left edge, beside its word.
          ...(item.tone === undefined || item.tone === 'neutral'
            ? {}
            : {
                borders: {
                  left: { style: BorderStyle.SINGLE, size: 36, color: BAR_FILL[item.tone] },
                },
              }),
          margins: { top: 100, bottom: 100, left: 120, right: 120 },
          children: [
            new Paragraph({
              spacing: { after: 40 },
              children: [
                new TextRun({
                  text: item.value,
                  font: HEADING_FONT,
                  size: 32,
                  bold: true,
                  color: ACCENT,
                }),
              ],
            }),
            tableParagraph([tableRun(item.label, { bold: true })]),
            ...(item.detail === undefined || item.detail === ''
              ? []
              : [
                  tableParagraph([
                    new TextRun({
                      text: item.detail,
                      font: HEADING_FONT,
                      size: 16,
                      color: '404040',
                    }),
                  ]),
                ]),
          ],
        }),
    );
    while (cells.length < perRow) {
      cells.push(
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          children: [new Paragraph({ children: [] })],
        }),
      );
    }
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  const white = { style: BorderStyle.SINGLE, size: 12, color: 'FFFFFF' };
  return [
    new Table({
      width: { size: width * perRow, type: WidthType.DXA },
      columnWidths: Array.from({ length: perRow }, () => width),
      layout: TableLayoutType.FIXED,
      borders: {
        top: white,
        bottom: white,
        left: white,
        right: white,
        insideHorizontal: white,
        insideVertical: white,
      },
      rows,
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}
