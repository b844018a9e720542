import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument, ReportTable } from '../core/reports/report-document.js';
import { parseXml } from '../importers/xml/parse-xml.js';
import { attributeValue, childElements, textOf } from '../importers/xml/xml-element.js';
import type { XmlElement } from '../importers/xml/xml-element.js';
import type { Actor } from '../services/accounts.js';
import { reportDocument } from '../services/report-data.js';
import type { Workspace } from '../services/workspace.js';
import type { TestStore } from '../store/testing/test-stores.js';
import { renderReportDocx } from './report-docx.js';
import { renderReportHtml } from './report-html.js';
import { closeReportBrowser, renderReportPdf } from './report-pdf.js';
import { openDemoStore } from '../services/testing/demo-store.js';

/** Every element named `name` under `element`, depth first. */
function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    found.push(...descendants(child, name));
  }
  return found;
}

function styleOf(paragraph: XmlElement): string {
  const properties = childElements(paragraph).find((child) => child.name === 'pPr');
  const style = properties && childElements(properties).find((child) => child.name === 'pStyle');
  return style ? attributeValue(style, 'w:val') : '';
}

function concordance(report: ReportDocument): ReportTable {
  const block = report.sections
    .find((section) => section.id === 'concordance')
    ?.blocks.find((one) => one.type === 'table');
  if (block?.type !== 'table') throw new Error('no concordance table');
  return block.table;
}

describe("the demo project's analysis report as Word and PDF", () => {
  let test: TestStore;
  let workspace: Workspace;
  let admin: Actor;
  let projectId: string;
  const folder = mkdtempSync(join(tmpdir(), 'report-formats-'));

  beforeAll(async () => {
    ({ test, workspace, admin, projectId } = await openDemoStore());
  }, 120_000);
  afterAll(async () => {
    await closeReportBrowser();
    await test.cleanup();
    rmSync(folder, { recursive: true, force: true });
  });

  const report = (language: 'fr' | 'en') =>
    reportDocument(workspace, { actor: admin, projectId, kind: 'analysis', language });

  it('Word: every section a heading in the contents, the concordance table row for row, page fields', async () => {
    for (const language of ['fr', 'en'] as const) {
      const document = await report(language);
      const files = unzipSync(await renderReportDocx(document));
      const xml = parseXml(files['word/document.xml'] ?? strToU8(''), 'document.xml');
      const paragraphs = descendants(xml, 'p');
      const headings = paragraphs
        .filter((p) => /^Heading[1-3]$/.test(styleOf(p)))
        .map((p) => textOf(p));
      expect(headings).toEqual(document.sections.map((section) => section.heading));
      const contents = paragraphs.filter((p) => /^TOC\d$/i.test(styleOf(p))).map((p) => textOf(p));
      for (const section of document.sections.filter((one) => one.level === 1)) {
        expect(contents.some((entry) => entry.includes(section.heading))).toBe(true);
      }
      const table = concordance(document);
      const header = table.columns.map((column) => column.label).join('');
      const tables = descendants(xml, 'tbl').filter((one) =>
        childElements(one).some((row) => row.name === 'tr' && textOf(row) === header),
      );
      expect(tables).toHaveLength(1);
      const rows = childElements(tables[0] as XmlElement).filter((child) => child.name === 'tr');
      expect(rows).toHaveLength(table.rows.length + 1);
      expect(textOf(rows[1] as XmlElement)).toContain(table.rows[0]?.[0]?.text ?? '?');
      const footer = Object.entries(files)
        .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
        .map(([, bytes]) => strFromU8(bytes))
        .join('');
      expect(footer).toContain('NUMPAGES');
      expect(footer).toContain(document.footer);
    }
  });

  it('PDF: the printed HTML page over many non-blank A4 pages, cover, concordance rows and page numbers in the text', async () => {
    for (const language of ['fr', 'en'] as const) {
      const document = await report(language);
      const pdf = await renderReportPdf(renderReportHtml(document, { forPrint: true }), {
        title: document.title,
        footer: document.footer,
        language,
      });
      const file = join(folder, `${language}.pdf`);
      writeFileSync(file, pdf);
      execFileSync('pdftoppm', ['-r', '30', '-png', file, join(folder, language)]);
      const images = readdirSync(folder)
        .filter((entry) => entry.startsWith(`${language}-`) && entry.endsWith('.png'))
        .sort();
      expect(images.length).toBeGreaterThan(5);
      for (const image of images) {
        const { data, info } = await sharp(readFileSync(join(folder, image)))
          .removeAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        let inked = 0;
        for (let i = 0; i < data.length; i += info.channels) {
          if (Math.min(data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255) < 235) inked++;
        }
        expect(inked / (info.width * info.height)).toBeGreaterThan(0.002);
      }
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(document.cover.title.replace(/\s+/g, ' '));
      const first = concordance(document).rows[0] ?? [];
      expect(flat).toContain(first[0]?.text ?? '?');
      expect(flat).toContain(first.find((cell) => cell.tone !== undefined)?.text ?? '?');
      const of = language === 'fr' ? 'sur' : '/';
      expect(text).toContain(`Page 1 ${of} ${images.length}`);
      expect(text).toContain(`Page ${images.length} ${of} ${images.length}`);
    }
  });
});
