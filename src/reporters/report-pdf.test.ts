import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../core/reports/report-document.js';
import { loadCatalogue } from '../services/catalogue-files.js';
import { closeReportBrowser, PdfRendererUnavailableError, renderReportPdf } from './report-pdf.js';
import { sampleReport } from './testing/sample-report.js';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain HTML page of a report (a cover, headings, paragraphs, tables with their statuses). */
function htmlOf(report: ReportDocument): string {
  const parts = [
    `<section style="page-break-after:always"><p>${escape(report.cover.kicker)}</p><h1>${escape(report.cover.title)}</h1><p>${escape(report.cover.subtitle)}</p></section>`,
  ];
  for (const section of report.sections) {
    parts.push(`<h${section.level + 1}>${escape(section.heading)}</h${section.level + 1}>`);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') parts.push(`<p>${escape(block.text)}</p>`);
      if (block.type === 'table') {
        const head = block.table.columns.map((column) => `<th>${escape(column.label)}</th>`);
        const rows = block.table.rows.map(
          (row) =>
            `<tr>${row.map((cell) => `<td class="${cell.tone ?? ''}">${escape(cell.text)}</td>`).join('')}</tr>`,
        );
        parts.push(
          `<table><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
        );
      }
    }
  }
  return `<!doctype html><html lang="${report.language}"><head><meta charset="utf-8"><title>${escape(report.title)}</title>
<style>body{font-family:Arial,sans-serif;font-size:10pt}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:2px 4px}.aligned{background:#c8e6c9}.missing{background:#f6c6c2}.partial{background:#ffe9a8}</style>
</head><body>${parts.join('\n')}</body></html>`;
}

const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'));

afterAll(async () => {
  await closeReportBrowser();
  rmSync(folder, { recursive: true, force: true });
});

/** The PDF as page images (PNG at 40 dpi) and as text, by poppler's tools. */
async function printed(report: ReportDocument, name: string) {
  const pdf = await renderReportPdf(htmlOf(report), {
    title: report.title,
    footer: report.footer,
    language: report.language,
  });
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '40', '-png', file, join(folder, name)]);
  const images = readdirSync(folder)
    .filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.png'))
    .sort();
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { pdf, images: images.map((image) => join(folder, image)), text };
}

/** The share of a page image's pixels that are not white. */
async function inked(image: string): Promise<number> {
  const { data, info } = await sharp(readFileSync(image))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235) dark++;
  }
  return dark / (info.width * info.height);
}

describe('renderReportPdf', () => {
  it('prints an A4 report over several non-blank pages, the title in the header and "Page n sur N" in the footer', async () => {
    const report = sampleReport('fr', loadCatalogue().obligations, 120);
    const { pdf, images, text } = await printed(report, 'fr');
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(images.length).toBeGreaterThan(2);
    for (const image of images) expect(await inked(image)).toBeGreaterThan(0.002);
    expect(text).toContain(report.cover.title);
    const first = loadCatalogue().obligations[0];
    expect(text).toContain(first?.id);
    expect(text).toContain('Conforme');
    expect(text).toContain(`Page 1 sur ${images.length}`);
    expect(text).toContain(`Page ${images.length} sur ${images.length}`);
    expect(text).toContain(report.footer);
    expect(text.split('\f').filter((page) => page.includes(report.title)).length).toBe(
      images.length,
    );
  });

  it('says "Page n / N" in English, and status cells keep their colour (backgrounds printed)', async () => {
    const report = sampleReport('en', loadCatalogue().obligations, 40);
    const { images, text } = await printed(report, 'en');
    expect(text).toContain(`Page 2 / ${images.length}`);
    expect(text).toContain('Aligned');
    // The pale green of an aligned cell is on the concordance page.
    const { data, info } = await sharp(readFileSync(images[1] ?? ''))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let green = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (g > r + 15 && g > b + 15) green++;
    }
    expect(green).toBeGreaterThan(50);
  });

  it('lets no request leave the page', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const html = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css"></head><body><p>Offline</p><img src="http://127.0.0.1:${port}/b.png" alt="b"></body></html>`;
      const pdf = await renderReportPdf(html, { title: 'T', footer: 'F', language: 'en' });
      expect(pdf.length).toBeGreaterThan(1000);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('closes the browser once the PDF is done, so a command-line run ends at once', () => {
    const script = join(folder, 'print.mts');
    const module = fileURLToPath(new URL('./report-pdf.ts', import.meta.url));
    writeFileSync(
      script,
      `import { renderReportPdf } from ${JSON.stringify(module)};\n` +
        "const pdf = await renderReportPdf('<p>x</p>', { title: 'T', footer: 'F', language: 'en' });\n" +
        'process.stdout.write(String(pdf.length));\n',
    );
    const start = performance.now();
    const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 25_000,
    });
    expect(Number(output)).toBeGreaterThan(1000);
    // A browser left open would hold the process until it is closed.
    expect(performance.now() - start).toBeLessThan(20_000);
  });

  it('names what to install when no Chromium is found', async () => {
    await closeReportBrowser();
    const before = process.env['LEXALIGN_CHROMIUM'];
    process.env['LEXALIGN_CHROMIUM'] = join(folder, 'no-chromium-here');
    try {
      const attempt = renderReportPdf('<p>x</p>', { title: 'T', footer: 'F', language: 'fr' });
      await expect(attempt).rejects.toBeInstanceOf(PdfRendererUnavailableError);
      await expect(attempt).rejects.toThrow(/chromium.*LEXALIGN_CHROMIUM/s);
    } finally {
      if (before === undefined) delete process.env['LEXALIGN_CHROMIUM'];
      else process.env['LEXALIGN_CHROMIUM'] = before;
    }
  });
});
