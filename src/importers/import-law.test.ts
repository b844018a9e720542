import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../core/model/index.js';
import { readCorpus } from '../testing/shared-corpus.js';
import { importLaw, MAX_IMPORT_BYTES } from './import-law.js';
import { ImportError } from './import-result.js';
import type { ImportErrorCode } from './import-result.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const FRENCH_LAW = [
  'LOI N°2019-004 DU 3 MARS 2019 RELATIVE À LA TRAITE DES PERSONNES',
  'TITRE I : DISPOSITIONS GÉNÉRALES',
  'Article 1er : La présente loi réprime la traite des personnes.',
  'Article 2 : Au sens de la présente loi, on entend par enfant toute personne de moins de dix-huit ans.',
  'TITRE II : DES INFRACTIONS',
  'Article 3 : Est puni de cinq à dix ans de réclusion quiconque recrute une personne aux fins d’exploitation.',
];

async function failure(bytes: Uint8Array, fileName: string): Promise<ImportError> {
  const error: unknown = await importLaw(bytes, { fileName }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ImportError))
    throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

async function expectRefused(
  bytes: Uint8Array,
  fileName: string,
  code: ImportErrorCode,
): Promise<string> {
  const error = await failure(bytes, fileName);
  expect(error.code).toBe(code);
  expect(error.message.startsWith(`${fileName}: `)).toBe(true);
  return error.message;
}

async function wordDocument(lines: readonly string[]): Promise<Uint8Array> {
  const paragraphs = lines.map((line) =>
    /^(TITRE|LOI)/.test(line)
      ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 })
      : new Paragraph({ text: line }),
  );
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
  return new Uint8Array(buffer);
}

async function pdfDocument(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pages.forEach((lines, index) => {
    const page = pdf.addPage([595, 842]);
    page.drawText('JOURNAL OFFICIEL DE LA RÉPUBLIQUE', { x: 150, y: 810, size: 10, font });
    lines.forEach((line, row) => page.drawText(line, { x: 50, y: 760 - row * 18, size: 9, font }));
    page.drawText(String(index + 1), { x: 290, y: 30, size: 10, font });
  });
  return pdf.save();
}

describe('importLaw by format', () => {
  it('reads a plain-text law and passes on what the caller knows', async () => {
    const { document, format } = await importLaw(encode(FRENCH_LAW.join('\n')), {
      fileName: 'loi.txt',
      country: 'BF',
    });
    expect(format).toBe('txt');
    expect(listArticles(document).map((article) => article.num)).toEqual(['1er', '2', '3']);
    expect(document.meta).toMatchObject({ country: 'bf', number: '2019-004', date: '2019-03-03' });
  });

  it('reads a Word document with headings and articles', async () => {
    const { document, format } = await importLaw(await wordDocument(FRENCH_LAW), {
      fileName: 'loi.docx',
    });
    expect(format).toBe('docx');
    expect(document.body.map((node) => node.eId)).toEqual(['title_1', 'title_2']);
    expect(listArticles(document)).toHaveLength(3);
  });

  it('reads the text layer of a PDF, dropping the running header and page numbers', async () => {
    const bytes = await pdfDocument([FRENCH_LAW.slice(0, 4), FRENCH_LAW.slice(4)]);
    const { document, format } = await importLaw(bytes, { fileName: 'jo.pdf' });
    expect(format).toBe('pdf');
    const articles = listArticles(document);
    expect(articles.map((article) => article.num)).toEqual(['1er', '2', '3']);
    expect(JSON.stringify(document.body)).not.toContain('JOURNAL OFFICIEL');
    expect(articles[1]?.text).toMatch(/dix-huit ans\.$/);
    expect(articles[2]?.text).toMatch(/d’exploitation\.$/);
  });

  it('reads a law published as a web page, without its navigation and scripts', async () => {
    const html = `<!DOCTYPE html><html><head><title>Loi</title><script>var x = "Article 9 : faux";</script></head>
      <body><nav>Accueil &gt; Textes</nav><h1>${FRENCH_LAW[0] ?? ''}</h1>
      <h2>TITRE I : DISPOSITIONS GÉNÉRALES</h2><p>Article 1er : La présente loi réprime la traite&nbsp;des personnes.</p>
      <p>Article 2 : Au sens de la présente loi&hellip;</p><footer>Article 99 : pied de page</footer></body></html>`;
    const { document, format } = await importLaw(encode(html), { fileName: 'loi.html' });
    expect(format).toBe('html');
    expect(listArticles(document).map((article) => article.num)).toEqual(['1er', '2']);
    expect(listArticles(document)[1]?.text).toBe('Au sens de la présente loi…');
  });

  it('routes Akoma Ntoso, Justice Canada XML and gazette JSON by their content', async () => {
    const akn = await importLaw(
      readCorpus('akn/bj/akn_bj_act_1965-06-23_loi_no65-20_fra_main.xml'),
      {
        fileName: 'benin.xml',
      },
    );
    expect(akn.format).toBe('akn');
    const canada = await importLaw(readCorpus('laws/ca/irpa-I-2.5_fr.xml'), {
      fileName: 'lipr.xml',
    });
    expect(canada.format).toBe('justice-canada-xml');
    const lanka = await importLaw(
      readCorpus('laws/lk/saarc-trafficking-convention-act-30-2005.json'),
      {
        fileName: 'saarc.json',
      },
    );
    expect(lanka.format).toBe('gazette-act-json');
    expect(listArticles(lanka.document)).toHaveLength(14);
  });
});

describe('importLaw on bad input', () => {
  it('refuses an empty file and one over the size limit', async () => {
    await expectRefused(new Uint8Array(0), 'vide.txt', 'empty-file');
    const message = await expectRefused(
      new Uint8Array(MAX_IMPORT_BYTES + 1),
      'big.txt',
      'file-too-large',
    );
    expect(message).toBe('big.txt: the file is 50.0 MB; the limit is 50.0 MB');
  });

  it('refuses binary data, unreadable images, old Word files and other archives with what to do', async () => {
    await expectRefused(
      new Uint8Array([0x41, 0x42, 0, 0, 0x43, 0x44]),
      'data.txt',
      'binary-content',
    );
    const image = await expectRefused(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
      'scan.png',
      'corrupt-file',
    );
    expect(image).toContain('not a readable image');
    await expectRefused(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]),
      'loi.doc',
      'unsupported-format',
    );
    await expectRefused(
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encode('xl/workbook.xml')]),
      'x.xlsx',
      'unsupported-format',
    );
  });

  it('refuses a corrupt Word file, a corrupt PDF and a file that lies about its extension', async () => {
    const docx = await wordDocument(FRENCH_LAW);
    await expectRefused(docx.slice(0, 600), 'tronque.docx', 'corrupt-file');
    await expectRefused(encode('%PDF-1.7\n1 0 obj garbage'), 'casse.pdf', 'corrupt-file');
    await expectRefused(encode('Bonjour'), 'faux.pdf', 'corrupt-file');
  });

  it('refuses a Word document that would expand past 200 MB (zip bomb) before inflating it', async () => {
    const docx = await wordDocument(FRENCH_LAW);
    const view = new DataView(docx.buffer, docx.byteOffset, docx.byteLength);
    // Claim an expanded size of 4 GB for the first entry of the central directory.
    const end = docx.length - 22;
    const directory = view.getUint32(end + 16, true);
    view.setUint32(directory + 24, 0xfffffff0, true);
    const message = await expectRefused(docx, 'bombe.docx', 'corrupt-file');
    expect(message).toContain('would expand to more than 200 MB');
  });

  it('reads a PDF without a text layer by OCR, and says when the scan holds no text', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const message = await expectRefused(await pdf.save(), 'scan.pdf', 'no-legal-text');
    expect(message).toMatch(/^scan\.pdf: OCR read no text on 1 page/);
  });

  it('refuses XML that declares entities (external entity, billion laughs)', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><akomaNtoso>&x;</akomaNtoso>';
    await expectRefused(encode(xxe), 'xxe.xml', 'xml-unsafe');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ).join('')}]><akomaNtoso>&lol9;</akomaNtoso>`;
    await expectRefused(encode(laughs), 'lol.xml', 'xml-unsafe');
    await expectRefused(
      encode('<?xml version="1.0"?><catalog/>'),
      'autre.xml',
      'unsupported-format',
    );
  });

  it('says when a text holds no article at all', async () => {
    const message = await expectRefused(
      encode('Compte rendu de réunion.\nAucune disposition.'),
      'note.txt',
      'no-legal-text',
    );
    expect(message).toContain('no article or section heading was found');
  });

  it('names the JSON problem', async () => {
    await expectRefused(encode('{"title": "x", '), 'broken.json', 'corrupt-file');
  });
});
