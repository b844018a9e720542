import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-result.js';
import { readCorpus } from '../../testing/shared-corpus.js';
import { parseXml } from './parse-xml.js';
import { attributeValue, childElement, childElements, textOf } from './xml-element.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The ImportError a parse throws, to assert its code and message. */
function failure(bytes: Uint8Array, limits?: { maxDepth: number; maxNodes: number }): ImportError {
  try {
    parseXml(bytes, 'hostile.xml', limits);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('parseXml accepted the input');
}

describe('parseXml', () => {
  it('builds a tree with local names, namespaces, attributes and mixed text', () => {
    const root = parseXml(
      utf8(
        '<an:act xmlns:an="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" name="act">' +
          '<an:p eId="p_1">Vu la <an:i>Constitution</an:i> &amp; <![CDATA[<la loi>]]></an:p></an:act>',
      ),
      'law.xml',
    );
    expect(root).toMatchObject({
      name: 'act',
      prefix: 'an',
      namespace: 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0',
    });
    const paragraph = childElement(root, 'p');
    expect(paragraph === undefined ? '' : attributeValue(paragraph, 'eId')).toBe('p_1');
    expect(paragraph === undefined ? '' : textOf(paragraph)).toBe('Vu la Constitution & <la loi>');
  });

  it('refuses external entities (XXE) without reading the file they point to', () => {
    const error = failure(
      utf8(
        '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>',
      ),
    );
    expect(error.code).toBe('xml-unsafe');
    expect(error.message).toBe(
      'hostile.xml: XML declares entities in its DOCTYPE; refused for safety',
    );
  });

  it('refuses the billion laughs before expanding anything', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const bomb = `<!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]><lolz>&lol9;</lolz>`;
    expect(failure(utf8(bomb)).code).toBe('xml-unsafe');
  });

  it('tolerates a plain DOCTYPE and one naming an external DTD, which is never fetched', () => {
    expect(parseXml(utf8('<!DOCTYPE Statute><Statute/>'), 'a.xml').name).toBe('Statute');
    const external = '<!DOCTYPE Statute SYSTEM "http://example.invalid/lims.dtd"><Statute/>';
    expect(parseXml(utf8(external), 'b.xml').name).toBe('Statute');
    const reference = '<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><x>&defined-there;</x>';
    expect(failure(utf8(reference)).code).toBe('xml-malformed');
  });

  it('keeps an attribute named __proto__ as plain data', () => {
    const root = parseXml(utf8('<a __proto__="x" b="y"/>'), 'proto.xml');
    expect(Object.entries(root.attributes)).toEqual([
      ['__proto__', 'x'],
      ['b', 'y'],
    ]);
  });

  it('refuses nesting deeper than 200 levels with a clear message', () => {
    const deep = `${'<a>'.repeat(201)}${'</a>'.repeat(201)}`;
    const error = failure(utf8(deep));
    expect(error.code).toBe('xml-unsafe');
    expect(error.message).toContain('deeper than 200 levels');
    const fine = `${'<a>'.repeat(200)}x${'</a>'.repeat(200)}`;
    expect(textOf(parseXml(utf8(fine), 'ok.xml'))).toBe('x');
  });

  it('refuses documents with more nodes than the limit', () => {
    const wide = `<a>${'<b/>'.repeat(50)}</a>`;
    const error = failure(utf8(wide), { maxDepth: 200, maxNodes: 40 });
    expect(error.code).toBe('xml-unsafe');
    expect(error.message).toContain('more than 40 nodes');
  });

  it('reports malformed XML with its line and column', () => {
    const error = failure(utf8('<act>\n  <body>\n  </act>'));
    expect(error.code).toBe('xml-malformed');
    expect(error.message).toMatch(/^hostile\.xml: malformed XML at line 3, column \d+: /);
  });

  it('reports undefined entities, text outside the root and empty files as malformed', () => {
    expect(failure(utf8('<a>&nbsp;</a>')).code).toBe('xml-malformed');
    expect(failure(utf8('<a/>trailing')).code).toBe('xml-malformed');
    expect(failure(utf8('')).code).toBe('xml-malformed');
  });

  it('skips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('<?xml version="1.0"?><loi>été</loi>'),
    ]);
    expect(textOf(parseXml(bytes, 'bom.xml'))).toBe('été');
  });

  it('decodes UTF-16 behind its byte order mark', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><loi>traite</loi>';
    const units = Array.from(text, (character) => character.charCodeAt(0));
    const littleEndian = new Uint8Array([
      0xff,
      0xfe,
      ...units.flatMap((unit) => [unit & 0xff, unit >> 8]),
    ]);
    expect(textOf(parseXml(littleEndian, 'utf16.xml'))).toBe('traite');
  });

  it('decodes ISO-8859-1 and windows-1252 as declared', () => {
    const latin1 = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>'),
      0xe9,
      0x80,
      ...utf8('</t>'),
    ]);
    expect(textOf(parseXml(latin1, 'latin1.xml'))).toBe('é€');
    const cp1252 = new Uint8Array([
      ...utf8("<?xml version='1.0' encoding='windows-1252'?><t>"),
      0x93,
      0x61,
      0x94,
      ...utf8('</t>'),
    ]);
    expect(textOf(parseXml(cp1252, 'cp.xml'))).toBe('“a”');
  });

  it('refuses bytes that are not valid in the declared encoding', () => {
    const error = failure(new Uint8Array([...utf8('<t>'), 0xe9, ...utf8('</t>')]));
    expect(error.code).toBe('xml-malformed');
    expect(error.message).toContain('not valid utf-8');
    const unknown = failure(utf8('<?xml version="1.0" encoding="klingon"?><t/>'));
    expect(unknown.message).toBe('hostile.xml: XML declares an unknown encoding "klingon"');
  });

  it('reads the largest corpus law, keeping every section of its body', () => {
    const statute = parseXml(readCorpus('laws/ca/irpa-I-2.5_en.xml'), 'irpa-I-2.5_en.xml');
    const body = childElement(statute, 'Body');
    const sections =
      body === undefined ? [] : childElements(body).filter((e) => e.name === 'Section');
    expect(sections).toHaveLength(324);
    expect(attributeValue(statute, 'xml:lang')).toBe('en');
    expect(attributeValue(statute, 'pit-date')).toBe('2026-03-26');
  });
});
