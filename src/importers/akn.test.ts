import { describe, expect, it } from 'vitest';
import { findByEId, listArticles, provisionText } from '../core/model/legal-document.js';
import { readCorpus } from '../testing/shared-corpus.js';
import { importAkomaNtoso } from './akn.js';
import { ImportError } from './import-result.js';

const BENIN = 'akn/bj/akn_bj_act_1965-06-23_loi_no65-20_fra_main.xml';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A Laws.Africa-style Commonwealth act: default namespace, sections, a list, a schedule. */
const zambianAct = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act contains="singleVersion" name="act">
    <meta>
      <identification source="#cobalt">
        <FRBRWork>
          <FRBRthis value="/akn/zm/act/2008/11/!main"/>
          <FRBRuri value="/akn/zm/act/2008/11"/>
          <FRBRdate date="2008-09-26" name="Generation"/>
          <FRBRauthor href=""/>
          <FRBRcountry value="zm"/>
          <FRBRnumber value="11"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/zm/act/2008/11/eng@2022-11-16/!main"/>
          <FRBRuri value="/akn/zm/act/2008/11/eng@2022-11-16"/>
          <FRBRdate date="2022-11-16" name="Generation"/>
          <FRBRauthor href=""/>
          <FRBRlanguage language="eng"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="/akn/zm/act/2008/11/eng@2022-11-16/!main"/>
          <FRBRuri value="/akn/zm/act/2008/11/eng@2022-11-16"/>
          <FRBRdate date="2023-01-01" name="Generation"/>
          <FRBRauthor href=""/>
        </FRBRManifestation>
      </identification>
    </meta>
    <preface>
      <p class="title"><docTitle>Anti-Human Trafficking Act, 2008</docTitle></p>
      <longTitle><p>An Act to provide for the <i>prohibition</i> of trafficking in persons</p></longTitle>
    </preface>
    <preamble><p>ENACTED by the Parliament of Zambia.</p></preamble>
    <body>
      <part eId="part_I">
        <num>I</num>
        <heading>PRELIMINARY PROVISIONS</heading>
        <hcontainer eId="part_I__hcontainer_1" name="crossheading"><heading>General</heading></hcontainer>
        <section eId="sec_1">
          <num>1.</num>
          <heading>Short title</heading>
          <content><p>This Act may be cited as the Anti-Human Trafficking Act, 2008.</p></content>
        </section>
        <crossHeading eId="part_I__crossHeading_1">Definitions</crossHeading>
        <section eId="sec_2">
          <num>2.</num>
          <heading>Interpretation</heading>
          <subsection eId="sec_2__subsec_1">
            <num>(1)</num>
            <list eId="sec_2__subsec_1__list_1">
              <intro><p>In this Act, unless the context otherwise requires—</p></intro>
              <paragraph eId="sec_2__subsec_1__list_1__para_a">
                <num>(a)</num>
                <content><p>"child" means a person below the age of eighteen<authorialNote eId="n1"><p>note</p></authorialNote>;</p></content>
              </paragraph>
              <paragraph eId="sec_2__subsec_1__list_1__para_b">
                <num>(b)</num>
                <list eId="sec_2__subsec_1__list_1__para_b__list_1">
                  <intro><p>"exploitation" includes—</p></intro>
                  <subparagraph eId="sec_2__subsec_1__list_1__para_b__list_1__subpara_i">
                    <num>(i)</num>
                    <content><p>forced labour;</p></content>
                  </subparagraph>
                </list>
              </paragraph>
            </list>
          </subsection>
        </section>
      </part>
    </body>
    <attachments>
      <attachment eId="att_1">
        <doc name="schedule">
          <meta>
            <identification source="#cobalt">
              <FRBRWork><FRBRthis value="/akn/zm/act/2008/11/!schedule"/><FRBRuri value="/akn/zm/act/2008/11"/><FRBRdate date="2008-09-26" name="Generation"/><FRBRauthor href=""/><FRBRcountry value="zm"/></FRBRWork>
              <FRBRExpression><FRBRthis value="/akn/zm/act/2008/11/eng@2022-11-16/!schedule"/><FRBRuri value="/akn/zm/act/2008/11/eng@2022-11-16"/><FRBRdate date="2022-11-16" name="Generation"/><FRBRauthor href=""/><FRBRlanguage language="eng"/></FRBRExpression>
              <FRBRManifestation><FRBRthis value="/akn/zm/act/2008/11/eng@2022-11-16/!schedule"/><FRBRuri value="/akn/zm/act/2008/11/eng@2022-11-16"/><FRBRdate date="2023-01-01" name="Generation"/><FRBRauthor href=""/></FRBRManifestation>
            </identification>
          </meta>
          <mainBody>
            <p>Form of warrant</p>
          </mainBody>
        </doc>
      </attachment>
    </attachments>
  </act>
</akomaNtoso>`;

describe('importAkomaNtoso', () => {
  it('reads the FRBR metadata of the real Benin metadata shell, an: prefix and all', () => {
    const { document } = importAkomaNtoso(readCorpus(BENIN), { fileName: 'loi-65-20.xml' });
    expect(document.meta).toEqual({
      country: 'bj',
      docType: 'act',
      year: '1965',
      number: 'LOI NO.65-20',
      language: 'fr',
      date: '1965-06-23',
      title:
        "LOI NO.65-20 Fixant les regles relatives a l'organisation generale de l'Administration Publique.",
      shortTitle: '',
    });
  });

  it('says clearly that the Benin file has no legal text and where the text is', () => {
    const { document, diagnostics } = importAkomaNtoso(readCorpus(BENIN), { fileName: 'x.xml' });
    expect(listArticles(document)).toHaveLength(0);
    expect(diagnostics).toEqual([
      {
        code: 'empty-document',
        severity: 'error',
        message:
          'The document has no legal text: its body only points to /akn/bj/act/1965-06-23/loi_no65-20/fra@/!main.pdf; import that file instead.',
      },
    ]);
  });

  it('lets the options the caller gives win over the file', () => {
    const { document } = importAkomaNtoso(readCorpus(BENIN), {
      fileName: 'x.xml',
      country: 'TG',
      language: 'en',
      number: '65-20',
    });
    expect(document.meta).toMatchObject({ country: 'tg', language: 'en', number: '65-20' });
  });

  it('reads a Commonwealth act: section numbering, source eIds, lists flattened, labels dropped', () => {
    const { document, diagnostics } = importAkomaNtoso(utf8(zambianAct), { fileName: 'zm.xml' });
    expect(document.numbering).toBe('section');
    expect(document.meta).toMatchObject({
      country: 'zm',
      year: '2008',
      number: '11',
      language: 'en',
      date: '2022-11-16',
      title: 'An Act to provide for the prohibition of trafficking in persons',
      shortTitle: 'Anti-Human Trafficking Act, 2008',
    });
    expect(document.preamble).toEqual(['ENACTED by the Parliament of Zambia.']);
    expect(listArticles(document).map((a) => [a.num, a.heading, a.eId])).toEqual([
      ['1', 'Short title', 'sec_1'],
      ['2', 'Interpretation', 'sec_2'],
    ]);
    const subsection = findByEId(document, 'sec_2__subsec_1');
    expect(subsection).toMatchObject({ kind: 'paragraph', num: '(1)' });
    expect(subsection?.text).toBe('In this Act, unless the context otherwise requires—');
    expect(subsection?.children.map((c) => [c.kind, c.num])).toEqual([
      ['point', '(a)'],
      ['point', '(b)'],
    ]);
    const child = findByEId(document, 'sec_2__subsec_1__list_1__para_a');
    expect(child?.text).toBe('"child" means a person below the age of eighteen;');
    const exploitation = findByEId(document, 'sec_2__subsec_1__list_1__para_b__list_1__subpara_i');
    expect(exploitation).toMatchObject({ kind: 'subpoint', num: '(i)', text: 'forced labour;' });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'unsupported-content',
        'Generic container "crossheading" kept out of the structure: General',
      ],
      ['unsupported-content', '<crossHeading> kept out of the structure: Definitions'],
    ]);
  });

  it('reads attachments as annexes with their text', () => {
    const { document } = importAkomaNtoso(utf8(zambianAct), { fileName: 'zm.xml' });
    expect(document.annexes).toHaveLength(1);
    expect(document.annexes[0]).toMatchObject({
      kind: 'annex',
      eId: 'att_1',
      text: 'Form of warrant',
    });
  });

  it('reads a civil-law act with an: prefixes and gives eIds when the source has none', () => {
    const xml = `<an:akomaNtoso xmlns:an="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
      <an:bill name="bill"><an:meta><an:identification source="#x"><an:FRBRWork>
        <an:FRBRthis value="/akn/ml/bill/2024/5/!main"/><an:FRBRuri value="/akn/ml/bill/2024/5"/>
        <an:FRBRdate date="2024-03-01" name="x"/><an:FRBRauthor href="#x"/><an:FRBRcountry value="ml"/>
      </an:FRBRWork><an:FRBRExpression><an:FRBRthis value="/akn/ml/bill/2024/5/fra@/!main"/>
        <an:FRBRuri value="/akn/ml/bill/2024/5/fra@"/><an:FRBRdate date="2024-03-01" name="x"/>
        <an:FRBRauthor href="#x"/><an:FRBRlanguage language="fra"/></an:FRBRExpression></an:identification></an:meta>
      <an:body><an:chapter><an:num>CHAPITRE PREMIER</an:num><an:heading>Objet</an:heading>
        <an:article><an:num>Article 1er</an:num><an:content><an:p>La présente loi a pour objet…</an:p></an:content></an:article>
        <an:article><an:num>Article 2</an:num><an:paragraph><an:content><an:p>Alinéa.</an:p></an:content></an:paragraph>
          <an:paragraph><an:intro><an:p>Sont punis :</an:p></an:intro><an:point><an:num>1°</an:num><an:content><an:p>x ;</an:p></an:content></an:point></an:paragraph></an:article>
      </an:chapter></an:body></an:bill></an:akomaNtoso>`;
    const { document } = importAkomaNtoso(utf8(xml), { fileName: 'ml.xml' });
    expect(document.numbering).toBe('article');
    expect(document.meta).toMatchObject({
      docType: 'bill',
      country: 'ml',
      number: '5',
      year: '2024',
    });
    expect(listArticles(document).map((a) => a.num)).toEqual(['1er', '2']);
    expect(document.body[0]).toMatchObject({ kind: 'chapter', num: 'PREMIER', eId: 'chp_1' });
    const second = findByEId(document, 'chp_1__art_2');
    expect(second === undefined ? '' : provisionText(second)).toBe(
      '2\nAlinéa.\nSont punis :\n1° x ;',
    );
  });

  it('reads a generic container of articles as a division and a stray paragraph as an article', () => {
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act">
      <meta/><body>
        <hcontainer eId="hcontainer_1" name="dispositions"><heading>Dispositions</heading>
          <article eId="art_1"><num>1</num><content><p>Un.</p></content></article></hcontainer>
        <paragraph eId="para_1"><content><p>Texte sans article.</p></content></paragraph>
      </body></act></akomaNtoso>`;
    const { document, diagnostics } = importAkomaNtoso(utf8(xml), { fileName: 'odd.xml' });
    expect(document.body.map((node) => [node.kind, node.heading, node.eId])).toEqual([
      ['division', 'Dispositions', 'hcontainer_1'],
      ['article', '', 'para_1'],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The document has no FRBR identification.',
      '<paragraph> outside any article: read as one.',
    ]);
  });

  it('refuses hostile nesting before building anything, naming the file', () => {
    const deep = `<akomaNtoso><act><body>${'<list>'.repeat(300)}${'</list>'.repeat(300)}</body></act></akomaNtoso>`;
    const attempt = (): unknown => importAkomaNtoso(utf8(deep), { fileName: 'deep.xml' });
    expect(attempt).toThrow(ImportError);
    expect(attempt).toThrow('deep.xml: XML nests elements deeper than 200 levels');
  });

  it('refuses XML that is not Akoma Ntoso, naming the file and the root found', () => {
    const attempt = (): unknown =>
      importAkomaNtoso(utf8('<html><body/></html>'), { fileName: 'page.xml' });
    expect(attempt).toThrow(ImportError);
    expect(attempt).toThrow('page.xml: the root element is <html>, not <akomaNtoso>');
  });
});
