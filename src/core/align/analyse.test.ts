import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../services/catalogue-files.js';
import { parseLaw } from '../parse/parse-law.js';
import { analyse } from './analyse.js';
import type { Analysis, Candidate, Finding } from './finding.js';

const catalogue = loadCatalogue();

/** Analyses a law written in the test against the named obligations only (fast, focused). */
function analyseText(text: string, language: 'fr' | 'en', ids: readonly string[]): Analysis {
  const { document } = parseLaw(text, { language });
  const obligations = catalogue.obligations.filter((obligation) => ids.includes(obligation.id));
  expect(obligations.map((obligation) => obligation.id).sort()).toEqual([...ids].sort());
  return analyse(catalogue, [document], { obligations });
}

function findingOf(analysis: Analysis, id: string): Finding {
  const finding = analysis.findings.find((entry) => entry.obligationId === id);
  if (finding === undefined) throw new Error(`no finding for ${id}`);
  return finding;
}

function candidateOf(finding: Finding, num: string): Candidate | undefined {
  return finding.candidates.find((candidate) => candidate.provision.num === num);
}

/** A look-alike provision must never be proposed as implementing the obligation. */
function expectNotImplementedBy(finding: Finding, num: string): void {
  expect(candidateOf(finding, num)?.implements ?? false).toBe(false);
  const first = finding.candidates.find((candidate) => candidate.implements);
  expect(first?.provision.num).not.toBe(num);
}

const FRENCH_DEFINITION =
  'traite des personnes : le recrutement, le transport, le transfert, l’hébergement ou l’accueil de personnes, par la menace de recours ou le recours à la force ou à d’autres formes de contrainte, par enlèvement, fraude, tromperie, abus d’autorité ou abus d’une situation de vulnérabilité, ou par l’offre ou l’acceptation de paiements ou d’avantages pour obtenir le consentement d’une personne ayant autorité sur une autre aux fins d’exploitation ; l’exploitation comprend l’exploitation de la prostitution d’autrui ou d’autres formes d’exploitation sexuelle, le travail ou les services forcés, l’esclavage ou les pratiques analogues à l’esclavage, la servitude ou le prélèvement d’organes ;';

function frenchTraffickingLaw(definition: string): string {
  return [
    'LOI N° 2021-001 DU 5 MARS 2021 RELATIVE À LA LUTTE CONTRE LA TRAITE DES PERSONNES',
    '',
    'Article 1er : Au sens de la présente loi, on entend par :',
    `1° ${definition}`,
    '2° enfant : toute personne âgée de moins de dix-huit ans.',
    '',
    'Article 2 : La présente loi s’applique sur l’ensemble du territoire national.',
    '',
    'Article 3 : Quiconque commet l’infraction de traite des personnes est puni d’un emprisonnement de dix à vingt ans et d’une amende de 1 000 000 à 10 000 000 de francs.',
    '',
    'Article 4 : Le ministre chargé de la justice est chargé de l’exécution de la présente loi.',
    '',
  ].join('\n');
}

const ENGLISH_DEFINITION =
  '“trafficking in persons” means the recruitment, transportation, transfer, harbouring or receipt of persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation;';

function englishTraffickingAct(definition: string): string {
  return [
    'THE PREVENTION OF TRAFFICKING IN PERSONS ACT, 2021',
    '',
    'ENACTED by the Parliament as follows:',
    '',
    'PART I—PRELIMINARY',
    '',
    'Short title',
    '1. This Act may be cited as the Prevention of Trafficking in Persons Act, 2021.',
    '',
    'Interpretation',
    '2. In this Act—',
    '“child” means a person below the age of eighteen years;',
    definition,
    '“exploitation” includes the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs.',
    '',
    'PART II—OFFENCES',
    '',
    'Trafficking in persons',
    '3. A person who commits trafficking in persons commits an offence and is liable on conviction to imprisonment for life.',
    '',
  ].join('\n');
}

describe('analyse: definition of trafficking in persons (TIP.3.a)', () => {
  it('finds a complete French definition aligned, the definitions article first', () => {
    const finding = findingOf(
      analyseText(frenchTraffickingLaw(FRENCH_DEFINITION), 'fr', ['TIP.3.a']),
      'TIP.3.a',
    );
    expect(finding.status).toBe('aligned');
    expect(finding.candidates[0]?.provision.num).toBe('1er');
    expect(finding.candidates[0]?.implements).toBe(true);
    expect(finding.elements.filter((element) => element.required && !element.present)).toEqual([]);
  });

  it('finds a French definition without abuse of vulnerability partial, and says so in French', () => {
    const narrow = FRENCH_DEFINITION.replace(' ou abus d’une situation de vulnérabilité', '');
    const finding = findingOf(
      analyseText(frenchTraffickingLaw(narrow), 'fr', ['TIP.3.a']),
      'TIP.3.a',
    );
    expect(finding.status).toBe('partial');
    expect(finding.candidates[0]?.provision.num).toBe('1er');
    const absent = finding.elements.filter((element) => !element.present).map((e) => e.id);
    expect(absent).toContain('TIP.3.a#means.vulnerability');
    expect(absent).not.toContain('TIP.3.a#means.abuse_of_power');
    expect(finding.explanation).toMatch(
      /Il manque : [^.]*abus d['’]une situation de vulnérabilité/,
    );
  });

  it('finds an English definition without abuse of vulnerability partial, and says so in English', () => {
    const narrow = ENGLISH_DEFINITION.replace(' or of a position of vulnerability', '');
    const analysis = analyseText(englishTraffickingAct(narrow), 'en', ['TIP.3.a']);
    const finding = findingOf(analysis, 'TIP.3.a');
    expect(finding.status).toBe('partial');
    expect(finding.candidates[0]?.provision.num).toBe('2');
    const absent = finding.elements.filter((element) => !element.present).map((e) => e.id);
    expect(absent).toContain('TIP.3.a#means.vulnerability');
    expect(absent).not.toContain('TIP.3.a#means.payments');
    expect(finding.explanation).toMatch(/Missing: [^.]*abuse of a position of vulnerability/);
  });

  it('writes the analysis of an English law in English, naming the provisions', () => {
    const analysis = analyseText(englishTraffickingAct(ENGLISH_DEFINITION), 'en', ['TIP.3.a']);
    const finding = findingOf(analysis, 'TIP.3.a');
    expect(analysis.language).toBe('en');
    expect(finding.status).toBe('aligned');
    expect(finding.explanation).toMatch(/^Section 2 implements TIP\.3\.a \(use of terms\)/);
    expect(finding.explanation).not.toMatch(/met en œuvre|Il manque/);
  });
});

const FRENCH_SMUGGLING_LAW = [
  'LOI N° 2021-002 RELATIVE AU TRAFIC ILLICITE DE MIGRANTS',
  '',
  'Article 1er : Au sens de la présente loi, on entend par :',
  '1° trafic illicite de migrants : le fait d’assurer l’entrée illégale dans un État d’une personne qui n’est ni un ressortissant ni un résident permanent de cet État ;',
  '2° groupe criminel organisé : un groupe structuré de trois personnes ou plus agissant de concert afin de commettre une infraction pour en tirer, directement ou indirectement, un avantage financier ou un autre avantage matériel.',
  '',
  'Article 2 : Est puni d’un emprisonnement de cinq à dix ans quiconque se livre au trafic illicite de migrants.',
  '',
  'Article 3 : Est puni d’un emprisonnement de deux à cinq ans quiconque confisque, retient ou détruit le passeport ou la pièce d’identité authentique d’une victime.',
  '',
  'Article 4 : En cas de condamnation pour une infraction prévue à la présente loi, la juridiction peut ordonner la fermeture de l’établissement ou de l’agence ayant servi à commettre l’infraction et le retrait de la licence de transport.',
  '',
  'Article 5 : Le ministre chargé des affaires étrangères prend l’attache du consulat du pays d’origine du migrant afin d’établir son identité et d’organiser son rapatriement.',
  '',
].join('\n');

describe('analyse: look-alike provisions are not proposed as implementing', () => {
  const analysis = analyseText(FRENCH_SMUGGLING_LAW, 'fr', [
    'UNTOC.10.1',
    'SOM.6.1.a',
    'SOM.6.1.b.i',
    'SOM.16.5',
    'SOM.3.a',
  ]);

  it('does not take the closure of an establishment for liability of legal persons', () => {
    const finding = findingOf(analysis, 'UNTOC.10.1');
    expect(finding.status).toBe('missing');
    expectNotImplementedBy(finding, '4');
  });

  it('does not take the confiscation of a victim’s genuine passport for producing false documents', () => {
    const finding = findingOf(analysis, 'SOM.6.1.b.i');
    expect(findingOf(analysis, 'SOM.6.1.a').status).not.toBe('missing');
    expectNotImplementedBy(finding, '3');
    expect(finding.status).toBe('missing');
    expect(finding.explanation).toContain('Article 3 n’est qu’une ressemblance');
  });

  it('does not take contacting the consulate for repatriation for consular notification', () => {
    const finding = findingOf(analysis, 'SOM.16.5');
    expectNotImplementedBy(finding, '5');
    expect(finding.status).toBe('missing');
  });

  it('does not credit the benefit of the organised-group definition to the smuggling definition', () => {
    const finding = findingOf(analysis, 'SOM.3.a');
    expect(finding.candidates[0]?.provision.num).toBe('1er');
    expect(finding.status).toBe('partial');
    const benefit = finding.elements.find((element) => element.id === 'SOM.3.a#benefit');
    expect(benefit?.present).toBe(false);
  });

  it('does not credit the benefit across English definitions either', () => {
    const act = [
      'THE MIGRANT SMUGGLING ACT, 2021',
      '',
      'Interpretation',
      '2. In this Act—',
      '“organised criminal group” means a structured group of three or more persons acting in concert in order to obtain, directly or indirectly, a financial or other material benefit;',
      '“smuggling of migrants” means the procurement of the illegal entry of a person into Ruritania where that person is not a citizen or a permanent resident;',
      '“child” means a person below the age of eighteen years.',
      '',
    ].join('\n');
    const finding = findingOf(analyseText(act, 'en', ['SOM.3.a']), 'SOM.3.a');
    expect(finding.candidates[0]?.provision.num).toBe('2');
    const benefit = finding.elements.find((element) => element.id === 'SOM.3.a#benefit');
    expect(benefit?.present).toBe(false);
    expect(finding.explanation).toContain('Missing: financial or other material benefit');
  });
});

const MIGRANT_CLAUSE = 'Article 3 : ';

function frenchMigrantLaw(article3: string): string {
  return [
    'LOI N° 2021-004 RELATIVE AU TRAFIC ILLICITE DE MIGRANTS',
    '',
    'Article 1er : Au sens de la présente loi, on entend par :',
    '1° trafic illicite de migrants : le fait d’assurer, afin d’en tirer un avantage financier ou un autre avantage matériel, l’entrée illégale dans un État d’une personne qui n’en est ni ressortissante ni résidente permanente ;',
    '2° migrant : toute personne qui quitte son pays.',
    '',
    'Article 2 : Est puni d’un emprisonnement de cinq à dix ans quiconque se livre au trafic illicite de migrants.',
    '',
    `${MIGRANT_CLAUSE}${article3}`,
    '',
  ].join('\n');
}

describe('analyse: criminal liability of smuggled migrants (SOM.5)', () => {
  it('reports a provision punishing the smuggled migrant as a conflict, and SOM.5 not aligned', () => {
    const law = frenchMigrantLaw(
      'Le migrant qui entre irrégulièrement sur le territoire national est puni d’un emprisonnement d’un à six mois, y compris lorsqu’il a été l’objet d’un trafic illicite de migrants.',
    );
    const finding = findingOf(analyseText(law, 'fr', ['SOM.5']), 'SOM.5');
    expect(finding.status).not.toBe('aligned');
    expect(finding.conflicts.map((conflict) => conflict.provision.num)).toEqual(['3']);
    expect(finding.explanation).toContain('Article 3 va à l’encontre de l’obligation');
    expectNotImplementedBy(finding, '3');
  });

  it('finds a non-liability clause for smuggled migrants aligned', () => {
    const law = frenchMigrantLaw(
      'Le migrant ne peut être poursuivi pénalement du seul fait d’avoir été l’objet d’un trafic illicite de migrants.',
    );
    const finding = findingOf(analyseText(law, 'fr', ['SOM.5']), 'SOM.5');
    expect(finding.status).toBe('aligned');
    expect(finding.conflicts).toEqual([]);
    expect(finding.candidates[0]?.provision.num).toBe('3');
    expect(finding.explanation).toMatch(/^Article 3 met en œuvre SOM\.5/);
  });
});

describe('analyse: prerequisites between obligations', () => {
  it('finds the attempt of smuggling missing when the law has no smuggling offence', () => {
    const law = [
      'LOI N° 2021-003 RELATIVE À LA LUTTE CONTRE LA TRAITE DES PERSONNES',
      '',
      'Article 1er : Est puni d’un emprisonnement de dix à vingt ans quiconque se rend coupable de traite des personnes.',
      '',
      'Article 2 : La tentative des infractions prévues à la présente loi est punie des mêmes peines que l’infraction consommée.',
      '',
    ].join('\n');
    const analysis = analyseText(law, 'fr', ['SOM.6.2.a', 'SOM.6.1.a']);
    expect(findingOf(analysis, 'SOM.6.1.a').status).toBe('missing');
    const finding = findingOf(analysis, 'SOM.6.2.a');
    expect(finding.status).toBe('missing');
    expect(finding.candidates.some((candidate) => candidate.implements)).toBe(false);
    expect(finding.explanation).toContain('SOM.6.1.a');
  });
});

describe('analyse: English look-alikes and conflicts', () => {
  const act = (sections: readonly string[]): string =>
    ['THE MIGRANT SMUGGLING ACT, 2021', '', 'PART I—OFFENCES', '', ...sections].join('\n');

  it('does not take a directors-only clause for liability of the body corporate', () => {
    const law = act([
      'Smuggling of migrants',
      '3. A person who smuggles another person commits an offence and is liable on conviction to imprisonment for a term not exceeding fifteen years.',
      '',
      'Offences by bodies corporate',
      '4. Where an offence under this Act is committed by a body corporate, every director or officer of the body corporate who consented to or connived at the offence commits that offence.',
      '',
    ]);
    const finding = findingOf(analyseText(law, 'en', ['UNTOC.10.1']), 'UNTOC.10.1');
    expect(finding.status).toBe('missing');
    expectNotImplementedBy(finding, '4');
    expect(finding.lookAlikes.map((candidate) => candidate.provision.num)).toContain('4');
    expect(finding.explanation).toContain('Section 4 only looks similar');
  });

  it('takes a body corporate that commits the offence as liability of a legal person', () => {
    const law = act([
      'Offences by bodies corporate',
      '4. Where an offence under this Act is committed for the benefit of a body corporate, the body corporate commits that offence and is liable on conviction to a fine.',
      '',
    ]);
    const finding = findingOf(analyseText(law, 'en', ['UNTOC.10.1']), 'UNTOC.10.1');
    expect(finding.status).toBe('aligned');
    expect(finding.candidates[0]?.provision.num).toBe('4');
  });

  it('finds SOM.5 aligned beside a smuggling offence, with no conflict on the offence', () => {
    const law = act([
      'Smuggling of migrants',
      '3. A person who smuggles another person commits an offence and is liable on conviction to imprisonment for a term not exceeding fifteen years.',
      '',
      'Non-liability of smuggled migrants',
      '5. A migrant shall not be liable to prosecution for an offence under this Act by reason only of having been the object of smuggling of migrants.',
      '',
    ]);
    const finding = findingOf(analyseText(law, 'en', ['SOM.5']), 'SOM.5');
    expect(finding.conflicts).toEqual([]);
    expect(finding.status).toBe('aligned');
    expect(finding.candidates[0]?.provision.num).toBe('5');
  });

  it('flags a section punishing the migrant whatever the smuggling as a conflict', () => {
    const law = act([
      'Unlawful entry',
      '6. A person who enters the Republic otherwise than through a port of entry commits an offence, whether or not he or she was the object of smuggling, and is liable on conviction to a fine.',
      '',
    ]);
    const finding = findingOf(analyseText(law, 'en', ['SOM.5']), 'SOM.5');
    expect(finding.conflicts.map((conflict) => conflict.provision.num)).toEqual(['6']);
    expect(finding.status).toBe('missing');
    expect(finding.explanation).toContain('Section 6 goes against it');
  });
});

describe('analyse: checks that words alone cannot make', () => {
  it('finds an offence that protects children only partial', () => {
    const law = [
      'LOI N° 2005-015 RELATIVE À LA LUTTE CONTRE LA TRAITE DES ENFANTS',
      '',
      'Article 1er : Est punie d’un emprisonnement de dix à vingt ans toute personne qui se livre à la traite des enfants.',
      '',
    ].join('\n');
    const finding = findingOf(analyseText(law, 'fr', ['TIP.5.1']), 'TIP.5.1');
    expect(finding.status).toBe('partial');
    expect(finding.explanation).toContain('ne vise que les enfants');
  });

  it('finds a smuggling offence punished by three years at most short of a serious crime', () => {
    const law = [
      'THE MIGRANT SMUGGLING ACT, 2021',
      '',
      'Smuggling of migrants',
      '3. A person who smuggles another person commits an offence and is liable on conviction to imprisonment for a term not exceeding three years.',
      '',
    ].join('\n');
    const finding = findingOf(
      analyseText(law, 'en', ['UNTOC.11.1', 'TIP.5.1', 'SOM.6.1.a']),
      'UNTOC.11.1',
    );
    expect(finding.status).toBe('partial');
    expect(finding.explanation).toContain('3 year(s)');
  });
});

describe('analyse: an offence punished by another section', () => {
  const law = [
    'THE TRAFFICKING ACT, 2021',
    '',
    'Trafficking in persons',
    '3. A person traffics another person where he or she recruits, transports or harbours that person by threat or deception for the purpose of exploitation.',
    '',
    'Penalty',
    '4. A person who contravenes section 3 is liable on conviction to imprisonment for a term not exceeding two years.',
    '',
  ].join('\n');

  it('recognises the conduct section as the offence, its penalty read in the section that refers to it', () => {
    const analysis = analyseText(law, 'en', ['TIP.5.1', 'UNTOC.11.1', 'SOM.6.1.a']);
    const offence = findingOf(analysis, 'TIP.5.1');
    expect(offence.status).not.toBe('missing');
    expect(
      offence.candidates.filter((candidate) => candidate.implements).map((c) => c.provision.num),
    ).toContain('3');
    const sanctions = findingOf(analysis, 'UNTOC.11.1');
    expect(sanctions.status).toBe('partial');
    expect(sanctions.explanation).toContain('2 year(s)');
  });
});
