import { describe, expect, it } from 'vitest';
import { formatLevelNumber } from './docx-number-format.js';
import { createParagraphLabeler, readWordLists } from './docx-numbering.js';
import { readBodyLines } from './docx-paragraphs.js';
import { readWordStyles } from './docx-styles.js';
import { parseXml } from './xml/parse-xml.js';
import { childElement } from './xml/xml-element.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = (text: string): ReturnType<typeof parseXml> =>
  parseXml(new TextEncoder().encode(text), 'test.docx');

/** A paragraph: its style, its own list and level when given, and its text. */
function p(text: string, props: { style?: string; numId?: string; ilvl?: number } = {}): string {
  const style = props.style === undefined ? '' : `<w:pStyle w:val="${props.style}"/>`;
  const ilvl = props.ilvl === undefined ? '' : `<w:ilvl w:val="${props.ilvl}"/>`;
  const numId = props.numId === undefined ? '' : `<w:numId w:val="${props.numId}"/>`;
  const numPr = ilvl + numId === '' ? '' : `<w:numPr>${ilvl}${numId}</w:numPr>`;
  return `<w:p><w:pPr>${style}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/** A `w:lvl`: its level, its format and text, and any more properties. */
function lvl(ilvl: number, [format, text]: readonly [string, string], extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

function lines(body: string, numbering: string, styles = ''): string[] {
  const document = xml(`<w:document ${W}><w:body>${body}</w:body></w:document>`);
  const wordStyles = readWordStyles(xml(`<w:styles ${W}>${styles}</w:styles>`));
  const lists = readWordLists(xml(`<w:numbering ${W}>${numbering}</w:numbering>`));
  const bodyElement = childElement(document, 'body');
  if (bodyElement === undefined) throw new Error('no body');
  return readBodyLines(bodyElement, createParagraphLabeler(lists, wordStyles));
}

describe('createParagraphLabeler', () => {
  it('keeps a level counting across higher levels when lvlRestart is 0, and isLgl prints decimals', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, ['upperRoman', 'CHAPITRE %1'])}${lvl(
      1,
      ['decimal', 'Art. %2.-'],
      '<w:lvlRestart w:val="0"/>',
    )}${lvl(2, ['decimal', '%1.%3'], '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [
      p('Généralités', { numId: '1', ilvl: 0 }),
      p('Objet.', { numId: '1', ilvl: 1 }),
      p('Renvoi.', { numId: '1', ilvl: 2 }),
      p('Peines', { numId: '1', ilvl: 0 }),
      p('Traite.', { numId: '1', ilvl: 1 }),
    ].join('');
    expect(lines(body, numbering)).toEqual([
      'CHAPITRE I Généralités',
      'Art. 1.- Objet.',
      '1.1 Renvoi.',
      'CHAPITRE II Peines',
      'Art. 2.- Traite.',
    ]);
  });

  it('numbers heading styles tied to levels by pStyle, through a numStyleLink, and lets numId 0 take numbering off', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="LawList"/>${lvl(
      0,
      ['upperRoman', 'TITRE %1'],
      '<w:pStyle w:val="Heading1"/>',
    )}${lvl(1, ['ordinal', 'Article %2'], '<w:pStyle w:val="Heading2"/>')}</w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="LawList"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="numbering" w:styleId="LawList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`;
    const body = [
      p('DISPOSITIONS GÉNÉRALES', { style: 'Heading1' }),
      p('Objet', { style: 'Heading2' }),
      p('Définitions', { style: 'Heading2' }),
      p('Sans numéro', { style: 'Heading2', numId: '0' }),
    ].join('');
    expect(lines(body, numbering, styles)).toEqual([
      'TITRE I DISPOSITIONS GÉNÉRALES',
      'Article 1er Objet',
      'Article 2e Définitions',
      'Sans numéro',
    ]);
  });

  it('applies a level override and a start override at the first paragraph of a list', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, ['decimal', '%1°'])}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>${lvl(0, ['lowerLetter', '(%1)'])}</w:lvlOverride></w:num>`;
    const body = [
      p('un ;', { numId: '1' }),
      p('deux.', { numId: '1' }),
      p('encore un ;', { numId: '2' }),
      p('deux.', { numId: '2' }),
      p('trois.', { numId: '3' }),
    ].join('');
    expect(lines(body, numbering)).toEqual([
      '1° un ;',
      '2° deux.',
      '1° encore un ;',
      '2° deux.',
      '(a) trois.',
    ]);
  });
});

describe('readBodyLines', () => {
  it('reads breaks, tabs, content controls and accepted changes, and drops deleted paragraphs', () => {
    const body = `<w:p><w:r><w:t>Article 1er :</w:t><w:tab/><w:t>Premier alinéa.</w:t><w:br/><w:t>Suite.</w:t></w:r></w:p>
      <w:sdt><w:sdtPr><w:alias w:val="Article"/></w:sdtPr><w:sdtContent>
        <w:p><w:ins w:id="1" w:author="a"><w:r><w:t>Article 2 : Ajouté.</w:t></w:r></w:ins></w:p>
      </w:sdtContent></w:sdt>
      <w:p><w:pPr><w:rPr><w:del w:id="2" w:author="a"/></w:rPr></w:pPr><w:del w:id="3" w:author="a"><w:r><w:delText>Article 3 : Supprimé.</w:delText></w:r></w:del></w:p>
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(lines(body, '')).toEqual([
      'Article 1er : Premier alinéa.\nSuite.',
      'Article 2 : Ajouté.',
      '4',
    ]);
  });
});

describe('formatLevelNumber', () => {
  it('writes Word number formats', () => {
    const formats = [
      'upperRoman',
      'lowerRoman',
      'upperLetter',
      'lowerLetter',
      'decimalZero',
      'none',
    ];
    expect(formats.map((format) => formatLevelNumber(14, format, 'fr'))).toEqual([
      'XIV',
      'xiv',
      'N',
      'n',
      '14',
      '',
    ]);
    expect(formatLevelNumber(28, 'lowerLetter', 'fr')).toBe('bb');
    expect(formatLevelNumber(3, 'decimalZero', 'fr')).toBe('03');
    expect([1, 2, 3, 11, 22].map((n) => formatLevelNumber(n, 'ordinal', 'en-GB'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '11th',
      '22nd',
    ]);
  });
});
