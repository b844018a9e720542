import type {
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportDocument,
  ReportSection,
  ReportTable,
} from '../core/reports/report-document.js';

/**
 * A report as one standalone HTML page: inline CSS (system fonts, A4 print rules), a cover,
 * a table of contents with anchors, inline SVG charts with their description and a data
 * table, status colours always with their word. The same page is printed to PDF.
 */

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const TONE_COLOURS: Readonly<Record<string, { fill: string; ink: string; tint: string }>> = {
  aligned: { fill: '#2e7d4f', ink: '#ffffff', tint: '#e3f1e8' },
  partial: { fill: '#d39b12', ink: '#1f1a0c', tint: '#fbf0d3' },
  missing: { fill: '#b3261e', ink: '#ffffff', tint: '#f8e1df' },
  not_applicable: { fill: '#7d8590', ink: '#ffffff', tint: '#eceef1' },
  not_assessed: { fill: '#c9ced6', ink: '#1f2328', tint: '#f3f4f6' },
  neutral: { fill: '#5b6b7f', ink: '#ffffff', tint: '#e9edf2' },
  before: { fill: '#a3adb8', ink: '#1f2328', tint: '#eef0f3' },
  after: { fill: '#1f5f99', ink: '#ffffff', tint: '#e1ecf6' },
  female: { fill: '#7b3fa0', ink: '#ffffff', tint: '#efe4f5' },
  male: { fill: '#2a7ab0', ink: '#ffffff', tint: '#e1eef7' },
  other: { fill: '#a3adb8', ink: '#1f2328', tint: '#eef0f3' },
};
const NEUTRAL = { fill: '#5b6b7f', ink: '#ffffff', tint: '#e9edf2' };
const colourOf = (tone: string) => TONE_COLOURS[tone] ?? NEUTRAL;

const CSS = `
:root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --accent: #1f4e79; --paper: #ffffff; }
* { box-sizing: border-box; }
html { background: #eef0f3; }
body { margin: 0; color: var(--ink); font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; }
.page { background: var(--paper); max-width: 210mm; margin: 24px auto; padding: 20mm 18mm; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1, h2, h3, h4 { font-family: Georgia, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; color: var(--accent); line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 17pt; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 13pt; margin: 20px 0 8px; }
h4 { font-size: 11pt; margin: 16px 0 6px; }
h2 .num, h3 .num, h4 .num { color: var(--muted); font-weight: normal; margin-right: .4em; }
p { margin: 0 0 10px; }
p.lead { font-size: 11.5pt; }
p.note { color: var(--muted); font-size: 9.5pt; }
.cover { min-height: 250mm; display: flex; flex-direction: column; border-left: 6px solid var(--accent); padding-left: 14mm; }
.cover .kicker { text-transform: uppercase; letter-spacing: .12em; color: var(--accent); font-size: 10pt; font-weight: 600; margin-top: 40mm; }
.cover h1 { font-size: 24pt; margin: 10px 0 12px; color: var(--ink); }
.cover .subtitle { font-size: 13pt; color: var(--muted); margin-bottom: 24mm; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 0; font-size: 10.5pt; }
.cover dt { color: var(--muted); }
.cover dd { margin: 0; font-weight: 600; }
.cover .brand { margin-top: auto; color: var(--muted); font-size: 9pt; letter-spacing: .06em; }
nav.toc h2 { border-bottom: 1px solid var(--rule); }
nav.toc ol { list-style: none; padding-left: 0; margin: 0; }
nav.toc ol ol { padding-left: 1.6em; }
nav.toc li { margin: 4px 0; }
nav.toc a { color: var(--ink); text-decoration: none; display: flex; gap: .4em; }
nav.toc a:hover, nav.toc a:focus { text-decoration: underline; }
nav.toc .num { color: var(--muted); min-width: 2.2em; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(22mm, 1fr)); gap: 8px; margin: 12px 0 16px; }
.figure-card { border: 1px solid var(--rule); border-top: 3px solid var(--accent); padding: 8px 10px; break-inside: avoid; }
.figure-card .value { font-size: 18pt; font-weight: 700; line-height: 1.1; }
.figure-card .label { font-size: 9.5pt; font-weight: 600; }
.figure-card .detail { font-size: 8.5pt; color: var(--muted); }
figure.chart { margin: 14px 0 8px; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart figcaption { font-size: 9pt; color: var(--muted); margin-top: 4px; }
figure.chart figcaption strong { color: var(--ink); }
table { width: 100%; border-collapse: collapse; margin: 8px 0 18px; font-size: 9pt; table-layout: fixed; }
caption { text-align: left; font-weight: 600; font-size: 9.5pt; padding: 4px 0; color: var(--ink); caption-side: top; }
thead { display: table-header-group; }
th { background: #e9eef4; color: var(--ink); text-align: left; font-weight: 600; padding: 5px 6px; border-bottom: 2px solid var(--accent); vertical-align: bottom; }
td { padding: 5px 6px; border-bottom: 1px solid var(--rule); vertical-align: top; overflow-wrap: anywhere; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.keep { break-inside: avoid; page-break-inside: avoid; }
.r { text-align: right; font-variant-numeric: tabular-nums; }
.c { text-align: center; }
td .diff-head { display: block; font-weight: 600; margin-bottom: 3px; }
td .item { display: block; padding-left: .8em; text-indent: -.8em; }
td .item::before { content: "– "; color: var(--muted); }
td .line { display: block; color: var(--muted); font-size: 8.5pt; margin-top: 2px; }
td .line:first-child { margin-top: 0; }
td strong + .line { color: var(--ink); font-size: 9pt; }
.tone { display: inline-flex; align-items: center; gap: 5px; padding: 1px 7px 1px 6px; border-radius: 3px; font-weight: 600; font-size: 8.5pt; max-width: 100%; }
.tone::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--dot); flex: none; }
${Object.entries(TONE_COLOURS)
  .map(
    ([tone, colour]) =>
      `.tone-${tone} { background: ${colour.tint}; --dot: ${colour.fill}; }\n.tone-card-${tone} { border-top-color: ${colour.fill}; }`,
  )
  .join('\n')}
ins { background: #dcefe2; color: #14532d; text-decoration: underline; text-decoration-color: #2e7d4f; }
del { background: #f8e1df; color: #7f1d1d; text-decoration: line-through; }
ul, ol.list { margin: 0 0 10px; padding-left: 1.4em; }
footer.report-footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 8.5pt; }
.break-before { break-before: page; page-break-before: always; }
a { color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { background: none; }
  body { font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  .cover { min-height: 240mm; break-after: page; page-break-after: always; }
  nav.toc { break-after: page; page-break-after: always; }
  nav.toc a::after { content: none; }
  h2:first-of-type { margin-top: 0; }
}
html.for-print { background: none; }
html.for-print .page { box-shadow: none; margin: 0; padding: 0; max-width: none; }
html.for-print footer.report-footer { display: none; }
@media (max-width: 600px) { .page { padding: 16px; margin: 0; } .cover { min-height: auto; padding-left: 12px; } .cover .kicker { margin-top: 16px; } .cover .subtitle { margin-bottom: 24px; } .cover .brand { margin-top: 24px; } }
`;

function cellHtml(cell: ReportCell): string {
  const parts: string[] = [];
  if (cell.diff !== undefined && cell.diff.length > 0) {
    // The cell's text heads its wording (the article's number and heading).
    if (cell.text !== '') parts.push(`<span class="diff-head">${escapeHtml(cell.text)}</span>`);
    parts.push(
      cell.diff
        .map((segment) =>
          segment.kind === 'added'
            ? `<ins>${escapeHtml(segment.text)}</ins>`
            : segment.kind === 'removed'
              ? `<del>${escapeHtml(segment.text)}</del>`
              : escapeHtml(segment.text),
        )
        .join('')
        .replace(/\n/g, '<br>'),
    );
  } else if (cell.text !== '') {
    const text = escapeHtml(cell.text).replace(/\n/g, '<br>');
    if (cell.tone !== undefined) parts.push(`<span class="tone tone-${cell.tone}">${text}</span>`);
    else parts.push(cell.bold === true ? `<strong>${text}</strong>` : text);
  }
  // Without a text, the lines are the cell's content (missing elements); else notes under it.
  const lineClass = parts.length === 0 ? 'item' : 'line';
  for (const line of cell.lines ?? []) {
    parts.push(`<span class="${lineClass}">${escapeHtml(line)}</span>`);
  }
  return parts.join('');
}

const KEEP_TOGETHER_ROWS = 8;

function tableHtml(table: ReportTable): string {
  const align = (value: string | undefined) =>
    value === 'right' ? ' class="r"' : value === 'center' ? ' class="c"' : '';
  const cols = table.columns
    .map((column) => `<col style="width:${String(column.width)}%">`)
    .join('');
  const head = table.columns
    .map((column) => `<th scope="col"${align(column.align)}>${escapeHtml(column.label)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, index) => `<td${align(table.columns[index]?.align)}>${cellHtml(cell)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  // A short table is kept on one page; a long one breaks between rows, its header repeated.
  const keep = table.rows.length <= KEEP_TOGETHER_ROWS ? ' class="keep"' : '';
  return `<table${keep}><caption>${escapeHtml(table.caption)}</caption><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Splits a label into lines of at most `width` characters, on spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length > 2
    ? [
        lines[0] ?? '',
        `${lines
          .slice(1)
          .join(' ')
          .slice(0, width - 1)}…`,
      ]
    : lines;
}

const CHAR_WIDTH = 6.1;

/** A horizontal bar chart, stacked or grouped, labelled, as inline SVG. */
export function chartSvg(chart: ReportChart, id: string): string {
  const width = 680;
  const labelWidth = 200;
  const left = labelWidth + 10;
  const right = width - 48;
  const series = chart.series.filter((item) => item.values.some((value) => value > 0));
  const shown = series.length === 0 ? chart.series : series;
  // Legend, wrapped on as many lines as needed.
  const legend: string[] = [];
  let x = left;
  let y = 14;
  for (const item of shown) {
    const itemWidth = 18 + item.label.length * CHAR_WIDTH + 16;
    if (x + itemWidth > width && x > left) {
      x = left;
      y += 18;
    }
    const colour = colourOf(item.tone);
    legend.push(
      `<rect x="${String(x)}" y="${String(y - 9)}" width="11" height="11" rx="2" fill="${colour.fill}"/><text x="${String(x + 16)}" y="${String(y)}" class="legend">${escapeHtml(item.label)}</text>`,
    );
    x += itemWidth;
  }
  const top = y + 16;
  const totals = chart.categories.map((_category, index) =>
    chart.stacked
      ? shown.reduce((sum, item) => sum + (item.values[index] ?? 0), 0)
      : Math.max(0, ...shown.map((item) => item.values[index] ?? 0)),
  );
  const max = Math.max(1, ...totals);
  const scale = (value: number) => (value / max) * (right - left);
  const barHeight = chart.stacked ? 18 : 12;
  const rowHeight = chart.stacked ? 30 : shown.length * (barHeight + 3) + 12;
  const rows: string[] = [];
  chart.categories.forEach((category, index) => {
    const rowTop = top + index * rowHeight;
    const lines = wrap(category, Math.floor(labelWidth / CHAR_WIDTH));
    const middle = rowTop + rowHeight / 2;
    const labelTop = middle - ((lines.length - 1) * 12) / 2 + 4;
    rows.push(
      `<text x="${String(labelWidth)}" y="${String(labelTop)}" text-anchor="end" class="cat">${lines
        .map(
          (line, lineIndex) =>
            `<tspan x="${String(labelWidth)}" dy="${lineIndex === 0 ? '0' : '12'}">${escapeHtml(line)}</tspan>`,
        )
        .join('')}</text>`,
    );
    if (chart.stacked) {
      let offset = left;
      const barTop = middle - barHeight / 2;
      for (const item of shown) {
        const value = item.values[index] ?? 0;
        if (value <= 0) continue;
        const w = scale(value);
        const colour = colourOf(item.tone);
        rows.push(
          `<rect x="${offset.toFixed(1)}" y="${barTop.toFixed(1)}" width="${w.toFixed(1)}" height="${String(barHeight)}" fill="${colour.fill}"><title>${escapeHtml(`${category} — ${item.label}: ${String(value)}`)}</title></rect>`,
        );
        if (w >= String(value).length * 7 + 4) {
          rows.push(
            `<text x="${(offset + w / 2).toFixed(1)}" y="${(barTop + barHeight / 2 + 4).toFixed(1)}" text-anchor="middle" class="in" fill="${colour.ink}">${String(value)}</text>`,
          );
        }
        offset += w;
      }
      rows.push(
        `<text x="${(offset + 6).toFixed(1)}" y="${(middle + 4).toFixed(1)}" class="total">${String(totals[index] ?? 0)}</text>`,
      );
    } else {
      shown.forEach((item, seriesIndex) => {
        const value = item.values[index] ?? 0;
        const barTop = rowTop + 6 + seriesIndex * (barHeight + 3);
        const w = scale(value);
        const colour = colourOf(item.tone);
        rows.push(
          `<rect x="${String(left)}" y="${String(barTop)}" width="${w.toFixed(1)}" height="${String(barHeight)}" fill="${colour.fill}"><title>${escapeHtml(`${category} — ${item.label}: ${String(value)}`)}</title></rect><text x="${(left + w + 5).toFixed(1)}" y="${String(barTop + barHeight - 2)}" class="value">${String(value)}</text>`,
        );
      });
    }
    if (index > 0) {
      rows.push(
        `<line x1="${String(left)}" x2="${String(right)}" y1="${String(rowTop)}" y2="${String(rowTop)}" class="grid"/>`,
      );
    }
  });
  const height = top + chart.categories.length * rowHeight + 6;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-labelledby="${titleId} ${descId}" font-family="-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif">
<title id="${titleId}">${escapeHtml(chart.title)}</title><desc id="${descId}">${escapeHtml(chart.description)}</desc>
<style>.legend{font-size:11px;fill:#1f2328}.cat{font-size:11px;fill:#1f2328}.in{font-size:10px;font-weight:600}.total,.value{font-size:10.5px;font-weight:600;fill:#1f2328}.grid{stroke:#eceef1;stroke-width:1}</style>
<line x1="${String(left)}" x2="${String(left)}" y1="${String(top - 2)}" y2="${String(height - 4)}" stroke="#8c959f" stroke-width="1"/>
${legend.join('')}
${rows.join('\n')}
</svg>`;
}

function blockHtml(block: ReportBlock, nextId: () => string): string {
  switch (block.type) {
    case 'paragraph': {
      const style = block.style === undefined ? '' : ` class="${block.style}"`;
      return `<p${style}>${escapeHtml(block.text)}</p>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
      return `<${tag} class="list">${items}</${tag}>`;
    }
    case 'figures':
      return `<div class="figures">${block.items
        .map(
          (item) =>
            `<div class="figure-card${item.tone === undefined ? '' : ` tone-card-${item.tone}`}"><div class="value">${escapeHtml(item.value)}</div><div class="label">${escapeHtml(item.label)}</div>${item.detail === undefined ? '' : `<div class="detail">${escapeHtml(item.detail)}</div>`}</div>`,
        )
        .join('')}</div>`;
    case 'chart': {
      const id = nextId();
      return `<figure class="chart" aria-labelledby="${id}-caption">${chartSvg(block.chart, id)}<figcaption id="${id}-caption"><strong>${escapeHtml(block.chart.title)}.</strong> ${escapeHtml(block.chart.description)}</figcaption></figure>`;
    }
    case 'table':
      return tableHtml(block.table);
  }
}

/** Section numbers: 1, 1.1, 2… for the level-1 and level-2 headings. */
function numbering(sections: readonly ReportSection[]): string[] {
  const counters = [0, 0, 0];
  return sections.map((section) => {
    const level = section.level;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let index = level; index < counters.length; index += 1) counters[index] = 0;
    return counters.slice(0, level).join('.');
  });
}

function contentsHtml(report: ReportDocument, numbers: readonly string[]): string {
  let html = '<ol>';
  let depth = 1;
  report.sections.forEach((section, index) => {
    if (section.level > 2) return;
    if (section.level > depth) {
      html = html.replace(/<\/li>$/, '');
      html += '<ol>';
      depth = section.level;
    } else if (section.level < depth) {
      html += '</ol></li>';
      depth = section.level;
    }
    html += `<li><a href="#${escapeHtml(section.id)}"><span class="num">${numbers[index] ?? ''}</span><span>${escapeHtml(section.heading)}</span></a></li>`;
  });
  if (depth === 2) html += '</ol></li>';
  return `${html}</ol>`;
}

export function renderReportHtml(
  report: ReportDocument,
  options: { readonly forPrint?: boolean } = {},
): string {
  let charts = 0;
  const nextId = () => {
    charts += 1;
    return `chart-${String(charts)}`;
  };
  const numbers = numbering(report.sections);
  const cover = `<section class="cover" aria-label="${escapeHtml(report.cover.kicker)}">
<div class="kicker">${escapeHtml(report.cover.kicker)}</div>
<h1>${escapeHtml(report.cover.title)}</h1>
<div class="subtitle">${escapeHtml(report.cover.subtitle)}</div>
<dl>${report.cover.facts
    .map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`)
    .join('')}</dl>
<div class="brand">LexAlign</div>
</section>`;
  const contents = `<nav class="toc" aria-labelledby="contents"><h2 id="contents">${escapeHtml(report.contentsHeading)}</h2>${contentsHtml(report, numbers)}</nav>`;
  const sections = report.sections
    .map((section, index) => {
      const tag = `h${String(section.level + 1)}`;
      const classes = section.pageBreakBefore ? ' class="break-before"' : '';
      return `<section id="${escapeHtml(section.id)}"${classes}>
<${tag}><span class="num">${numbers[index] ?? ''}</span>${escapeHtml(section.heading)}</${tag}>
${section.blocks.map((block) => blockHtml(block, nextId)).join('\n')}
</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${report.language}"${options.forPrint === true ? ' class="for-print"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="LexAlign">
<title>${escapeHtml(report.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="page">
${cover}
${contents}
${sections}
<footer class="report-footer">${escapeHtml(report.footer)}</footer>
</main>
</body>
</html>
`;
}
