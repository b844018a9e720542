import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../importers/xml/parse-xml.js';
import { attributeValue, childElements, textOf } from '../importers/xml/xml-element.js';
import type { XmlElement } from '../importers/xml/xml-element.js';
import { loadCatalogue } from '../services/catalogue-files.js';
import { renderReportDocx } from './report-docx.js';
import { sampleReport } from './testing/sample-report.js';

/** The parts of a DOCX as text, by name. */
async function parts(language: 'fr' | 'en', rows = 60): Promise<Record<string, string>> {
  const files = unzipSync(
    await renderReportDocx(sampleReport(language, loadCatalogue().obligations, rows)),
  );
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Every element named `name` under `element`, depth first. */
function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    found.push(...descendants(child, name));
  }
  return found;
}

function styleOf(paragraph: XmlElement): string | undefined {
  const properties = childElements(paragraph).find((child) => child.name === 'pPr');
  const style = properties && childElements(properties).find((child) => child.name === 'pStyle');
  return style && attributeValue(style, 'w:val');
}

function body(xml: string): XmlElement {
  return parseXml(strToU8(xml), 'part.xml');
}

describe('renderReportDocx', () => {
  it('writes the sections as Heading 1–3 after a cover and a table of contents field Word updates', async () => {
    const docx = await parts('fr');
    const document = body(docx['word/document.xml'] ?? '');
    const paragraphs = descendants(document, 'p');
    const headings = paragraphs
      .filter((p) => /^Heading[1-3]$/.test(styleOf(p) ?? ''))
      .map((p) => `${styleOf(p)}:${textOf(p)}`);
    expect(headings).toEqual([
      'Heading1:Résumé',
      'Heading2:Méthode',
      'Heading3:Couverture par thème',
      'Heading1:Tableau de concordance',
      'Heading1:Modifications proposées',
    ]);
    // Numbered 1, 1.1, 1.1.1 as the HTML numbers them: each heading on the list level of its own.
    const levels = paragraphs
      .filter((p) => /^Heading[1-3]$/.test(styleOf(p) ?? ''))
      .map((p) => {
        const level = descendants(p, 'ilvl')[0];
        return level ? attributeValue(level, 'w:val') : '';
      });
    expect(levels).toEqual(['0', '1', '2', '0', '0']);
    expect(paragraphs.filter((p) => styleOf(p) === 'Title').map((p) => textOf(p))).toEqual([
      'Loi n° 2020-001 relative à la lutte contre la traite des personnes',
    ]);
    const instructions = descendants(document, 'instrText')
      .map((p) => textOf(p))
      .join(' ');
    expect(instructions).toMatch(/TOC .*\\o "1-3"/);
    expect(instructions).toContain('\\h');
    // Listed already, so the contents are there before Word updates the field.
    const toc = paragraphs.filter((p) => /^TOC\d$/i.test(styleOf(p) ?? '')).map((p) => textOf(p));
    expect(toc.some((entry) => entry.includes('Tableau de concordance'))).toBe(true);
    expect(docx['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
    expect(docx['docProps/core.xml']).toContain(
      'Analyse législative — Loi n° 2020-001 relative à la lutte contre la traite des personnes',
    );
  });

  it('repeats the header row of every table, one row per obligation, statuses shaded with their word', async () => {
    const docx = await parts('en', 60);
    const document = body(docx['word/document.xml'] ?? '');
    const tables = descendants(document, 'tbl').filter((table) =>
      childElements(table).some(
        (row) => row.name === 'tr' && textOf(row).startsWith('IDObligation'),
      ),
    );
    expect(tables).toHaveLength(1);
    const rows = childElements(tables[0] as XmlElement).filter((child) => child.name === 'tr');
    expect(rows).toHaveLength(61);
    expect(descendants(rows[0] as XmlElement, 'tblHeader')).toHaveLength(1);
    expect(descendants(rows[1] as XmlElement, 'tblHeader')).toHaveLength(0);
    const statusCell = (row: XmlElement) =>
      childElements(row).filter((child) => child.name === 'tc')[2] as XmlElement;
    const fills = rows.slice(1, 4).map((row) => {
      const cell = statusCell(row);
      const shading = descendants(cell, 'shd')[0];
      return `${textOf(cell)}:${shading ? attributeValue(shading, 'w:fill') : ''}`;
    });
    expect(fills).toEqual(['Aligned:C8E6C9', 'Partial:FFE9A8', 'Missing:F6C6C2']);
    expect(textOf(rows[1] as XmlElement)).toContain('Article 1');
  });

  it('underlines inserted words and strikes deleted ones in the comparative table', async () => {
    const document = (await parts('en'))['word/document.xml'] ?? '';
    expect(document).toMatch(/<w:u w:val="single"\/>/);
    expect(document).toMatch(/<w:strike\/>|<w:strike w:val="true"\/>/);
  });

  it('shows each key figure with its status colour beside its word', async () => {
    const document = body((await parts('en'))['word/document.xml'] ?? '');
    const figures = descendants(document, 'tbl').find((table) =>
      textOf(table).includes('Aligned/ 60'),
    );
    if (figures === undefined) throw new Error('no figures');
    const cells = descendants(figures, 'tc').map((cell) => {
      const left = descendants(cell, 'left')[0];
      return `${textOf(cell)}:${left ? attributeValue(left, 'w:color') : ''}`;
    });
    expect(cells.slice(0, 3)).toEqual([
      '15Aligned/ 60:2E7D32',
      '15Partial/ 60:D49B00',
      '15Missing/ 60:C62828',
    ]);
  });

  it('draws a chart as a table of proportional shaded bars with its numbers and legend', async () => {
    const document = body((await parts('en'))['word/document.xml'] ?? '');
    const chart = descendants(document, 'tbl').find((table) =>
      textOf(table).startsWith('obligations'),
    );
    expect(chart).toBeDefined();
    const rows = childElements(chart as XmlElement).filter((child) => child.name === 'tr');
    expect(textOf(rows[0] as XmlElement)).toBe('obligationsAlignedPartialMissingTotal');
    const fills = descendants(chart as XmlElement, 'shd').map((s) => attributeValue(s, 'w:fill'));
    expect(fills).toContain('2E7D32');
    expect(fills).toContain('C62828');
    // A longer bar for a larger total: the shaded widths of each row add up in proportion.
    const ownFill = (cell: XmlElement) => {
      const properties = childElements(cell).find((child) => child.name === 'tcPr');
      const shading = properties && childElements(properties).find((child) => child.name === 'shd');
      return shading ? attributeValue(shading, 'w:fill') : '';
    };
    const barWidth = (row: XmlElement) =>
      descendants(row, 'tc')
        .filter((cell) => /^(2E7D32|D49B00|C62828)$/.test(ownFill(cell)))
        .reduce((sum, cell) => {
          const width = descendants(cell, 'tcW')[0];
          return sum + Number(width ? attributeValue(width, 'w:w') : 0);
        }, 0);
    const totals = rows.slice(1).map((row) =>
      Number(
        textOf(
          childElements(row)
            .filter((c) => c.name === 'tc')
            .at(-1) as XmlElement,
        ),
      ),
    );
    const widths = rows.slice(1).map(barWidth);
    const largest = totals.indexOf(Math.max(...totals));
    expect(widths[largest]).toBe(Math.max(...widths));
    expect(
      widths.every(
        (width, index) =>
          Math.abs(
            width - (widths[largest] ?? 0) * ((totals[index] ?? 0) / (totals[largest] ?? 1)),
          ) < 20,
      ),
    ).toBe(true);
  });

  it('puts the title in the header and the footer line with "Page n / N" fields, none on the cover', async () => {
    for (const language of ['fr', 'en'] as const) {
      const docx = await parts(language);
      const headers = Object.keys(docx).filter((name) => /^word\/header\d+\.xml$/.test(name));
      const footers = Object.keys(docx).filter((name) => /^word\/footer\d+\.xml$/.test(name));
      const headerTexts = headers.map((name) => textOf(body(docx[name] ?? '')));
      expect(headerTexts).toContain(sampleReport(language, loadCatalogue().obligations).title);
      const footerXml = footers.map((name) => docx[name] ?? '').join('');
      expect(footerXml).toContain('PAGE');
      expect(footerXml).toContain('NUMPAGES');
      const footerTexts = footers.map((name) => textOf(body(docx[name] ?? '')));
      expect(
        footerTexts.some(
          (text) =>
            text.includes(`${sampleReport(language, loadCatalogue().obligations).footer}\tPage`) ||
            (text.includes(sampleReport(language, loadCatalogue().obligations).footer) &&
              text.includes('Page')),
        ),
      ).toBe(true);
      expect(docx['word/document.xml']).toContain('<w:titlePg/>');
      expect(docx['word/document.xml']).toMatch(/w:w="11906" w:h="16838"/);
      expect(docx['word/styles.xml']).toContain(language === 'fr' ? 'fr-FR' : 'en-GB');
    }
  });

  it('keeps the lines of an article as line breaks in its cell, changed words included', async () => {
    const base = sampleReport('fr', loadCatalogue().obligations, 3);
    const report = {
      ...base,
      sections: [
        {
          id: 'comparison',
          heading: 'Tableau comparatif',
          level: 1 as const,
          pageBreakBefore: false,
          blocks: [
            {
              type: 'table' as const,
              table: {
                caption: 'Tableau comparatif',
                columns: [
                  { label: 'Loi en vigueur', width: 50 },
                  { label: 'Projet', width: 50 },
                ],
                rows: [
                  [
                    { text: 'On entend par :\n1° traite ;\n2° enfant.' },
                    {
                      text: 'On entend par :\n1° traite ;\n2° enfant ;\n3° victime.',
                      diff: [
                        { kind: 'same' as const, text: 'On entend par :\n1° traite ;\n2° enfant' },
                        { kind: 'removed' as const, text: '.' },
                        { kind: 'added' as const, text: ' ;\n3° victime.' },
                      ],
                    },
                  ],
                ],
              },
            },
          ],
        },
      ],
    };
    const files = unzipSync(await renderReportDocx(report));
    const document = body(strFromU8(files['word/document.xml'] ?? new Uint8Array()));
    const row = descendants(document, 'tr').find((one) => textOf(one).startsWith('On entend'));
    if (row === undefined) throw new Error('no row');
    const [before, after] = descendants(row, 'tc');
    expect(descendants(before as XmlElement, 'br')).toHaveLength(2);
    expect(descendants(after as XmlElement, 'br')).toHaveLength(3);
    const added = descendants(after as XmlElement, 'r').filter(
      (run) => descendants(run, 'u').length > 0,
    );
    expect(added.map((run) => textOf(run)).join('')).toBe(' ;3° victime.');
    expect(descendants(added[1] as XmlElement, 'br')).toHaveLength(1);
  });

  it('names only Arial and Times New Roman', async () => {
    const docx = await parts('fr');
    const fonts = new Set(
      Object.values(docx).flatMap((xml) =>
        [...xml.matchAll(/w:ascii="([^"]+)"/g)].map((match) => match[1]),
      ),
    );
    expect([...fonts].sort()).toEqual(['Arial', 'Times New Roman']);
  });
});
