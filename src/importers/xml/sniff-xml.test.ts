import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../testing/shared-corpus.js';
import { sniffXmlFormat } from './sniff-xml.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffXmlFormat', () => {
  it('recognises the real Akoma Ntoso file with its an: prefix', () => {
    expect(
      sniffXmlFormat(readCorpus('akn/bj/akn_bj_act_1965-06-23_loi_no65-20_fra_main.xml')),
    ).toBe('akn');
  });

  it('recognises both Justice Canada files behind their BOM and XML declaration', () => {
    expect(sniffXmlFormat(readCorpus('laws/ca/irpa-I-2.5_en.xml'))).toBe('justice-canada-xml');
    expect(sniffXmlFormat(readCorpus('laws/ca/irpa-I-2.5_fr.xml'))).toBe('justice-canada-xml');
  });

  it('looks past comments, processing instructions and a DOCTYPE to the root', () => {
    const text =
      '<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="a.xsl"?>\n' +
      '<!DOCTYPE akomaNtoso [<!ELEMENT akomaNtoso ANY>]>\n<akomaNtoso xmlns="x"><act/></akomaNtoso>';
    expect(sniffXmlFormat(bytes(text))).toBe('akn');
  });

  it('reads the root of a UTF-16 file behind its byte order mark', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><akomaNtoso/>';
    const units = Array.from(text, (character) => character.charCodeAt(0));
    const bigEndian = new Uint8Array([
      0xfe,
      0xff,
      ...units.flatMap((unit) => [unit >> 8, unit & 0xff]),
    ]);
    expect(sniffXmlFormat(bigEndian)).toBe('akn');
  });

  it('leaves other XML, a Statute outside the Justice Canada namespace, and plain text alone', () => {
    expect(sniffXmlFormat(bytes('<html><body/></html>'))).toBeUndefined();
    expect(sniffXmlFormat(bytes('<Statute><Body/></Statute>'))).toBeUndefined();
    expect(sniffXmlFormat(bytes('Article premier. La présente loi…'))).toBeUndefined();
  });
});
