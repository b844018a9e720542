/**
 * Makes the scanned-gazette fixtures of the OCR tests and benchmark: renders the fictional
 * laws in src/importers/ocr/fixtures/*.txt as printed gazette pages with Chromium, then
 * writes clean 300 dpi scans and degraded ones (rotated, noisy, 200 dpi, blurred, JPEG).
 *
 * Needs Debian's chromium (/usr/bin/chromium) and, for the encrypted PDF, qpdf:
 *   node --import tsx scripts/make-scan-fixtures.ts
 * The outputs are committed, so the tests need neither.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from '../test-support/launch-chromium.js';
import sharp from 'sharp';

const FIXTURES = fileURLToPath(new URL('../src/importers/ocr/fixtures/', import.meta.url));
/** A4 at CSS pixels (96 per inch), rendered at 300 dpi. */
const PAGE = { width: 794, height: 1123 };
const DPI = 300;
const A4_POINTS = { width: 595.28, height: 841.89 };

interface Fixture {
  /** Base name of the source text and of the scans. */
  readonly name: string;
  readonly runningHeader: string;
  readonly firstFolio: number;
  /** Index of the source line that starts each page after the first. */
  readonly pageBreaks: readonly number[];
  /** Lines printed full width above two columns; undefined for one column. */
  readonly fullWidthLines?: number;
  readonly clean: 'pdf' | 'png';
  readonly degraded: 'pdf' | 'jpg';
  /** Extra drawing on a page (0-based): an emblem or a stamp. */
  readonly extras?: Readonly<Record<number, string>>;
}

const EMBLEM = `<svg class="emblem" width="110" height="110" viewBox="0 0 110 110">
<defs><radialGradient id="g"><stop offset="0" stop-color="#bbb"/><stop offset="1" stop-color="#333"/></radialGradient></defs>
<circle cx="55" cy="55" r="52" fill="url(#g)"/>
${Array.from({ length: 40 }, (_, i) => {
  const angle = (i * 137.5 * Math.PI) / 180;
  const r = 8 + (i % 9) * 5;
  return `<circle cx="${(55 + Math.cos(angle) * r).toFixed(1)}" cy="${(55 + Math.sin(angle) * r).toFixed(1)}" r="${3 + (i % 4)}" fill="${i % 2 === 0 ? '#eee' : '#111'}"/>`;
}).join('')}
<path d="M30 80 L55 25 L80 80 Z" fill="none" stroke="#fff" stroke-width="4"/></svg>`;

const STAMP = `<svg class="stamp" width="190" height="190" viewBox="0 0 190 190">
<g transform="rotate(-14 95 95)" fill="none" stroke="#555" stroke-width="3">
<circle cx="95" cy="95" r="88"/><circle cx="95" cy="95" r="70"/>
<path d="M40 120 C70 60, 90 150, 120 80 S160 100, 150 60" stroke="#222" stroke-width="2.5"/></g></svg>`;

const STYLE = `
body { margin: 0; background: #fff; color: #111; font-family: 'Liberation Serif', serif; }
.page { position: relative; width: ${PAGE.width}px; height: ${PAGE.height}px; box-sizing: border-box;
  padding: 92px 84px 90px 84px; font-size: 15.5px; line-height: 1.38; }
.running { position: absolute; top: 34px; left: 84px; right: 84px; font-size: 12.5px;
  text-align: center; border-bottom: 1px solid #222; padding-bottom: 3px; letter-spacing: 0.5px; }
.folio { position: absolute; bottom: 34px; left: 0; right: 0; text-align: center; font-size: 14px; }
p { margin: 0 0 7px 0; text-align: justify; hyphens: none; }
p.head { text-align: center; font-weight: bold; }
.cols { column-count: 2; column-gap: 34px; column-rule: 1px solid #555; }
.cols p { text-align: left; }
.emblem { display: block; margin: 0 auto 10px auto; }
.stamp { position: absolute; right: 110px; bottom: 150px; }
`;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Headings and front-matter lines are centred in bold, as gazettes print them. */
function isHeading(line: string): boolean {
  return (
    /^(TITRE|CHAPITRE|PART|RÉPUBLIQUE|REPUBLIC|LOI|THE |ACT No)/.test(line) ||
    /^(Fraternité|\[)/.test(line) ||
    (line.length < 40 && /^[A-Z][a-z-]+( [a-z-]+)*$/.test(line) && !line.endsWith('.'))
  );
}

function paragraph(line: string): string {
  return `<p class="${isHeading(line) ? 'head' : ''}">${escapeHtml(line)}</p>`;
}

function pageHtml(fixture: Fixture, lines: readonly string[], index: number): string {
  const body =
    fixture.fullWidthLines === undefined
      ? lines.map(paragraph).join('\n')
      : `${lines.slice(0, fixture.fullWidthLines).map(paragraph).join('\n')}
         <div class="cols">${lines.slice(fixture.fullWidthLines).map(paragraph).join('\n')}</div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head>
<body><div class="page"><div class="running">${escapeHtml(fixture.runningHeader)}</div>
${fixture.extras?.[index] === EMBLEM ? EMBLEM : ''}${body}
${fixture.extras?.[index] === STAMP ? STAMP : ''}
<div class="folio">- ${fixture.firstFolio + index} -</div></div></body></html>`;
}

function pagesOf(fixture: Fixture, lines: readonly string[]): string[][] {
  const starts = [0, ...fixture.pageBreaks, lines.length];
  return starts.slice(0, -1).map((start, i) => lines.slice(start, starts[i + 1]));
}

/** Rotated 1.5°, down to 200 dpi, slightly blurred, with gaussian noise: a poor scan. */
async function degrade(png: Buffer): Promise<Buffer> {
  const rotated = await sharp(png)
    .rotate(1.5, { background: '#ffffff' })
    .resize({ width: Math.round((PAGE.width / 96) * 200) })
    .blur(0.6)
    .grayscale()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = rotated.info;
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#e0e0e0',
      noise: { type: 'gaussian', mean: 232, sigma: 20 },
    },
  })
    .grayscale()
    .png()
    .toBuffer();
  return sharp(rotated.data)
    .composite([{ input: noise, blend: 'multiply' }])
    .toColourspace('b-w')
    .png()
    .toBuffer();
}

async function jpeg(png: Buffer, quality: number): Promise<Buffer> {
  return sharp(png).toColourspace('b-w').jpeg({ quality, mozjpeg: true }).toBuffer();
}

/** An image-only PDF: each page one JPEG filling an A4 page, no text layer. */
async function scannedPdf(pages: readonly Buffer[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setProducer('LexAlign scan fixtures');
  for (const image of pages) {
    const embedded = await pdf.embedJpg(image);
    const page = pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
    page.drawImage(embedded, { x: 0, y: 0, width: A4_POINTS.width, height: A4_POINTS.height });
  }
  return pdf.save();
}

const FIXTURE_LIST: readonly Fixture[] = [
  {
    name: 'fr-loi-travail-force',
    runningHeader: 'JOURNAL OFFICIEL DE LA RÉPUBLIQUE DU NIGER — 15 juin 2021',
    firstFolio: 412,
    pageBreaks: [17],
    clean: 'pdf',
    degraded: 'pdf',
    extras: { 1: STAMP },
  },
  {
    name: 'fr-loi-protection-temoins',
    runningHeader: 'JOURNAL OFFICIEL DE LA RÉPUBLIQUE DU NIGER — 5 décembre 2020',
    firstFolio: 57,
    pageBreaks: [],
    fullWidthLines: 3,
    clean: 'png',
    degraded: 'jpg',
  },
  {
    name: 'en-smuggling-act-2019',
    runningHeader: 'SUPPLEMENT TO THE ZEDLAND GAZETTE — 6th September, 2019',
    firstFolio: 231,
    pageBreaks: [17],
    clean: 'pdf',
    degraded: 'pdf',
    extras: { 0: EMBLEM },
  },
];

async function renderPages(fixtures: readonly Fixture[]): Promise<Map<string, Buffer[]>> {
  const browser = await launchChromium();
  const rendered = new Map<string, Buffer[]>();
  try {
    const context = await browser.newContext({ viewport: PAGE, deviceScaleFactor: DPI / 96 });
    const tab = await context.newPage();
    for (const fixture of fixtures) {
      const source = readFileSync(`${FIXTURES}${fixture.name}.txt`, 'utf8');
      const lines = source.split('\n').filter((line) => line.trim() !== '');
      const images: Buffer[] = [];
      for (const [index, pageLines] of pagesOf(fixture, lines).entries()) {
        await tab.setContent(pageHtml(fixture, pageLines, index));
        const shot = await tab.screenshot({ clip: { x: 0, y: 0, ...PAGE } });
        images.push(await sharp(shot).toColourspace('b-w').png().toBuffer());
      }
      rendered.set(fixture.name, images);
    }
  } finally {
    await browser.close();
  }
  return rendered;
}

async function writeScans(fixture: Fixture, pages: readonly Buffer[]): Promise<void> {
  const base = `${FIXTURES}${fixture.name}`;
  const degraded = await Promise.all(pages.map(degrade));
  if (fixture.clean === 'pdf') {
    const clean = await Promise.all(pages.map((page) => jpeg(page, 72)));
    writeFileSync(`${base}.pdf`, await scannedPdf(clean));
  } else {
    const [first] = pages;
    if (first !== undefined) {
      writeFileSync(
        `${base}.png`,
        await sharp(first).png({ palette: true, colours: 16 }).toBuffer(),
      );
    }
  }
  if (fixture.degraded === 'pdf') {
    const images = await Promise.all(degraded.map((page) => jpeg(page, 45)));
    writeFileSync(`${base}-degraded.pdf`, await scannedPdf(images));
  } else {
    const [first] = degraded;
    if (first !== undefined) writeFileSync(`${base}-degraded.jpg`, await jpeg(first, 45));
  }
}

/** A one-page PDF protected by a password (qpdf), for the refusal test. */
async function writeEncryptedPdf(): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
  const plain = `${FIXTURES}plain.tmp.pdf`;
  writeFileSync(plain, await pdf.save());
  try {
    execFileSync('qpdf', [
      '--encrypt',
      'secret',
      'owner',
      '256',
      '--',
      plain,
      `${FIXTURES}encrypted.pdf`,
    ]);
  } finally {
    if (existsSync(plain)) rmSync(plain);
  }
}

const rendered = await renderPages(FIXTURE_LIST);
for (const fixture of FIXTURE_LIST) {
  await writeScans(fixture, rendered.get(fixture.name) ?? []);
  process.stderr.write(`${fixture.name}: ${rendered.get(fixture.name)?.length ?? 0} page(s)\n`);
}
await writeEncryptedPdf();
