import { describe, expect, it } from 'vitest';
import { findByEId, listArticles, provisionText } from '../core/model/legal-document.js';
import type { Article } from '../core/model/provision.js';
import { readCorpus } from '../testing/shared-corpus.js';
import { ImportError } from './import-result.js';
import { importJusticeCanadaXml } from './justice-canada-xml.js';

const english = importJusticeCanadaXml(readCorpus('laws/ca/irpa-I-2.5_en.xml'), {
  fileName: 'irpa-I-2.5_en.xml',
});
const french = importJusticeCanadaXml(readCorpus('laws/ca/irpa-I-2.5_fr.xml'), {
  fileName: 'irpa-I-2.5_fr.xml',
});
const englishSections = listArticles(english.document);
const frenchSections = listArticles(french.document);
const section = (sections: Article[], num: string): Article | undefined =>
  sections.find((candidate) => candidate.num === num);
const wording = (sections: Article[], num: string): string => {
  const found = section(sections, num);
  return found === undefined ? '' : provisionText(found);
};

describe('importJusticeCanadaXml on the Immigration and Refugee Protection Act', () => {
  it('finds the 324 sections of the body in each language, as counted in the XML', () => {
    // grep: 324 <Section> elements inside <Body> in both files (74 more sit in schedules).
    expect(englishSections).toHaveLength(324);
    expect(frenchSections).toHaveLength(324);
    expect(english.document.numbering).toBe('section');
  });

  it('gives both languages the same section numbers, only the words of ranges translated', () => {
    const translated = englishSections.map((s) =>
      s.num.replace(' and ', ' et ').replace(' to ', ' à '),
    );
    expect(frenchSections.map((s) => s.num)).toEqual(translated);
    expect(englishSections.slice(0, 4).map((s) => s.num)).toEqual(['1', '2', '3', '4']);
    expect(englishSections.at(-1)?.num).toBe('275');
    const rangesInWords = englishSections.filter((s, i) => s.num !== frenchSections[i]?.num);
    expect(rangesInWords.map((s) => s.num).slice(0, 2)).toEqual(['204 and 205', '211 to 214']);
    expect(rangesInWords).toHaveLength(13);
  });

  it('reads the metadata of both expressions of the same work', () => {
    expect(english.document.meta).toEqual({
      country: 'ca',
      docType: 'act',
      year: '2001',
      number: '27',
      language: 'en',
      date: '2026-03-26',
      title:
        'An Act respecting immigration to Canada and the granting of refugee protection to persons who are displaced, persecuted or in danger',
      shortTitle: 'Immigration and Refugee Protection Act',
    });
    expect(french.document.meta).toMatchObject({
      year: '2001',
      number: '27',
      language: 'fr',
      shortTitle: 'Loi sur l’immigration et la protection des réfugiés',
    });
  });

  it('keeps the smuggling offence of section 117 with its subsections, paragraphs and subparagraphs', () => {
    const smuggling = section(englishSections, '117');
    expect(smuggling).toMatchObject({
      heading: 'Organizing entry into Canada',
      eId: 'part_3__subdvs_1__sec_117',
    });
    expect(smuggling?.children.map((s) => s.num)).toEqual([
      '(1)',
      '(2)',
      '(3)',
      '(3.1)',
      '(3.2)',
      '(4)',
    ]);
    const penalties = findByEId(
      english.document,
      'part_3__subdvs_1__sec_117__subsec_2__para_a__subpara_ii',
    );
    expect(penalties?.text).toMatch(
      /^for a subsequent offence, to a fine of not more than \$1,000,000/,
    );
    expect(findByEId(english.document, 'part_3__subdvs_1__sec_117__subsec_2')?.heading).toBe(
      'Penalties — fewer than 10 persons',
    );
  });

  it('keeps the trafficking offence of section 118 in both languages', () => {
    expect(section(englishSections, '118')?.heading).toBe('Offence — trafficking in persons');
    expect(section(frenchSections, '118')?.heading).toBe('Trafic de personnes');
    const text = wording(englishSections, '118');
    expect(text).toContain(
      'by means of abduction, fraud, deception or use or threat of force or coercion',
    );
  });

  it('turns labelled headings into parts and divisions and cross-headings into unnumbered groups', () => {
    const top = english.document.body.map((node) => [node.kind, node.num, node.heading]);
    expect(top.slice(0, 2)).toEqual([
      ['subsection', '', 'Short Title'],
      ['subsection', '', 'Interpretation'],
    ]);
    expect(top.filter(([kind]) => kind === 'part').map(([, num]) => num)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '4.1',
      '5',
    ]);
    const partOne = english.document.body.find((node) => node.eId === 'part_1');
    expect(
      partOne?.children.slice(0, 3).map((node) => [node.kind, node.num, node.heading]),
    ).toEqual([
      ['division', '0.01', 'Biometric Information'],
      ['division', '0.1', 'Invitation to Make an Application'],
      ['division', '1', 'Requirements and Selection'],
    ]);
    const frenchPartOne = french.document.body.find((node) => node.eId === 'part_1');
    expect(frenchPartOne?.children[0]).toMatchObject({ kind: 'division', num: '0.01' });
  });

  it('keeps repealed sections as sections whose text says so', () => {
    expect(section(englishSections, '11.1')?.text).toBe('[Repealed, 2015, c. 36, s. 170]');
    expect(section(frenchSections, '11.1')?.text).toBe('[Abrogé, 2015, ch. 36, art. 170]');
    expect(englishSections.filter((s) => s.text.startsWith('[Repealed'))).toHaveLength(4);
  });

  it('reads definitions as points and leaves amendment history and footnote markers out', () => {
    const definitions = findByEId(english.document, 'subdvs_2__sec_2__subsec_1');
    expect(definitions?.children).toHaveLength(7);
    expect(definitions?.children[0]?.text).toMatch(
      /^Board means the Immigration and Refugee Board/,
    );
    expect(section(englishSections, '189')?.num).toBe('189');
    expect(wording(englishSections, '4')).not.toMatch(/\d{4}, c\. \d+, s\. \d+$/m);
    expect(english.diagnostics).toEqual([
      {
        code: 'content-dropped',
        severity: 'info',
        message:
          'Left out as editorial, not legal text: 184 historical notes, 8 footnotes, 2 schedules of related provisions or amendments not in force.',
      },
    ]);
  });

  it('reads the enacting formula as preamble and the schedule as an annex', () => {
    expect(english.document.preamble).toEqual([
      'Her Majesty, by and with the advice and consent of the Senate and House of Commons of Canada, enacts as follows:',
    ]);
    expect(english.document.annexes).toHaveLength(1);
    const schedule = english.document.annexes[0];
    expect(schedule).toMatchObject({
      kind: 'annex',
      heading: 'SCHEDULE',
      text: '(Subsection 2(1))',
    });
    expect(schedule?.children.map((group) => group.heading)).toEqual([
      'Sections E and F of Article 1 of the United Nations Convention Relating to the Status of Refugees',
      'Article 1 of the Convention Against Torture and Other Cruel, Inhuman and Degrading Treatment or Punishment',
    ]);
  });
});

describe('importJusticeCanadaXml on small statutes', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('nests headings by level and keeps continued text as the wrap-up', () => {
    const xml = `<Statute xmlns:lims="http://justice.gc.ca/lims" xml:lang="en"><Identification>
      <LongTitle>An Act</LongTitle><Chapter><ConsolidatedNumber>C-0</ConsolidatedNumber></Chapter></Identification>
      <Body><Heading level="1"><Label>PART 1</Label><TitleText>General</TitleText></Heading>
        <Heading level="2"><Label>DIVISION 1</Label><TitleText>First</TitleText></Heading>
        <Section><Label>1</Label><Subsection><Label>(1)</Label><Text>Every person who</Text>
          <Paragraph><Label>(a)</Label><Text>does this, or</Text></Paragraph>
          <Paragraph><Label>(b)</Label><Text>does that,</Text></Paragraph>
          <ContinuedSubsection><Text>is guilty of an offence.</Text></ContinuedSubsection></Subsection></Section>
        <Heading level="1"><Label>PART 2</Label><TitleText>Other</TitleText></Heading>
        <Section><Label>2</Label><Text>Text.</Text></Section></Body></Statute>`;
    const { document } = importJusticeCanadaXml(utf8(xml), { fileName: 'small.xml' });
    expect(document.meta).toMatchObject({ number: 'C-0', title: 'An Act', country: 'ca' });
    expect(listArticles(document).map((s) => s.eId)).toEqual([
      'part_1__dvs_1__sec_1',
      'part_2__sec_2',
    ]);
    expect(findByEId(document, 'part_1__dvs_1__sec_1__subsec_1')).toMatchObject({
      text: 'Every person who',
      wrapUp: 'is guilty of an offence.',
    });
  });

  it('reads a regulation: instrument number, registration year, sections', () => {
    const xml = `<Regulation xmlns:lims="http://justice.gc.ca/lims" xml:lang="fr" lims:pit-date="2025-01-15">
      <Identification><InstrumentNumber>DORS/2002-227</InstrumentNumber>
        <RegistrationDate><Date><YYYY>2002</YYYY><MM>6</MM><DD>11</DD></Date></RegistrationDate>
        <LongTitle>Règlement sur l’immigration et la protection des réfugiés</LongTitle></Identification>
      <Body><Section><Label>1</Label><Text>Définitions.</Text></Section></Body></Regulation>`;
    const { document } = importJusticeCanadaXml(utf8(xml), { fileName: 'DORS-2002-227.xml' });
    expect(document.meta).toMatchObject({
      number: 'DORS/2002-227',
      year: '2002',
      language: 'fr',
      date: '2025-01-15',
      title: 'Règlement sur l’immigration et la protection des réfugiés',
    });
    expect(listArticles(document).map((s) => [s.eId, s.text])).toEqual([['sec_1', 'Définitions.']]);
  });

  it('passes on the refusal of hostile XML, naming the file', () => {
    const xxe =
      '<!DOCTYPE Statute [<!ENTITY x SYSTEM "file:///etc/passwd">]><Statute>&x;</Statute>';
    expect(() => importJusticeCanadaXml(utf8(xxe), { fileName: 'evil.xml' })).toThrow(
      'evil.xml: XML declares entities in its DOCTYPE; refused for safety',
    );
  });

  it('refuses XML of another kind and a statute without a body, naming the file', () => {
    expect(() => importJusticeCanadaXml(utf8('<akomaNtoso/>'), { fileName: 'a.xml' })).toThrow(
      'a.xml: the root element is <akomaNtoso>, not a Justice Canada <Statute> or <Regulation>',
    );
    const attempt = (): unknown =>
      importJusticeCanadaXml(utf8('<Statute/>'), { fileName: 'b.xml' });
    expect(attempt).toThrow(ImportError);
    expect(attempt).toThrow('b.xml: the statute has no <Body>');
  });
});
