import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../services/catalogue-files.js';
import { repoPath } from '../../testing/shared-corpus.js';
import { analyse } from '../align/analyse.js';
import { assignEIds, listArticles, type LegalDocument } from '../model/index.js';
import { parseLaw } from '../parse/parse-law.js';
import type { DraftDocument } from './draft-document.js';
import { draftFromLaw } from './draft-from-law.js';
import { numberDraft } from './draft-numbering.js';
import { draftToLegalDocument } from './draft-to-legal-document.js';
import { listDraftArticles, makeDraftNode } from './draft-tree.js';
import {
  compareCoverage,
  coverageChange,
  type CoverageInput,
  type CoverageResult,
  type ObligationCoverage,
} from './draft-coverage.js';
import { applyEdits, article, draftWith } from './testing/draft-builder.js';

const catalogue = loadCatalogue();

function law(path: string): LegalDocument {
  return assignEIds(parseLaw(readFileSync(repoPath(path), 'utf8'), { language: 'fr' }).document);
}

const LAW_IN_FORCE = law('examples/laws/ml-loi-traite-2012.txt');

const FULL_DEFINITION = [
  'Au sens de la présente loi, on entend par :',
  '1° traite des personnes : le recrutement, le transport, le transfert, l’hébergement ou l’accueil de personnes, par la menace de recours ou le recours à la force ou à d’autres formes de contrainte, par enlèvement, fraude, tromperie, abus d’autorité ou abus d’une situation de vulnérabilité, ou par l’offre ou l’acceptation de paiements ou d’avantages pour obtenir le consentement d’une personne ayant autorité sur une autre aux fins d’exploitation ;',
  '2° exploitation : l’exploitation de la prostitution d’autrui ou d’autres formes d’exploitation sexuelle, le travail ou les services forcés, l’esclavage ou les pratiques analogues à l’esclavage, la servitude ou le prélèvement d’organes ;',
  '3° enfant : toute personne âgée de moins de dix-huit ans ;',
  '4° victime : toute personne qui a subi un préjudice du fait des infractions prévues par la présente loi.',
].join('\n');

/**
 * The law in force copied, then: the definition of trafficking completed (article 3, n6),
 * the liability of legal persons deleted (article 12, n38), a new article on migrants linked
 * to SOM.5 and to R1, article 1er linked to TIP.6.4 and R2, and an outline's placeholder
 * for R3 still to be written.
 */
function revisedDraft(): DraftDocument {
  const copied = draftFromLaw(LAW_IN_FORCE, { title: 'Projet de loi portant révision' });
  const edited = applyEdits(copied, [
    { op: 'update', key: 'n6', body: FULL_DEFINITION },
    { op: 'delete', key: 'n38' },
    {
      op: 'insert',
      parentKey: null,
      index: 10_000,
      kind: 'article',
      heading: 'Migrants',
      body: 'Les migrants ne deviennent pas passibles de poursuites pénales en vertu de la présente loi du fait qu’ils ont été l’objet du trafic illicite de migrants.',
    },
  ]);
  const added = listDraftArticles(edited).at(-1)?.key ?? '';
  const linked = applyEdits(
    edited,
    [
      { op: 'link', key: added, recommendationIds: ['R1'], obligationIds: ['SOM.5'] },
      { op: 'link', key: 'n6', recommendationIds: [], obligationIds: ['TIP.3.a'] },
      { op: 'link', key: 'n2', recommendationIds: ['R2'], obligationIds: ['TIP.6.4'] },
    ],
    4,
  );
  const placeholder = makeDraftNode({
    key: `n${linked.nextKey}`,
    kind: 'article',
    rev: 7,
    heading: 'Indemnisation des victimes',
    text: 'À rédiger : la victime peut obtenir réparation.',
    placeholder: true,
    recommendationIds: ['R3'],
    obligationIds: ['TIP.6.6'],
  });
  return { ...linked, body: [...linked.body, placeholder], nextKey: linked.nextKey + 1 };
}

const RECOMMENDATIONS = [
  {
    id: 'R1',
    label: 'R1',
    title: 'Ne pas punir les migrants objets du trafic',
    obligationIds: ['SOM.5'],
  },
  { id: 'R2', label: 'R2', title: 'Protéger les victimes', obligationIds: ['TIP.6.4'] },
  { id: 'R3', label: 'R3', title: 'Indemniser les victimes', obligationIds: ['TIP.6.6'] },
  { id: 'R4', label: 'R4', title: 'Former les juges', obligationIds: [] },
];

function coverageOf(draft: DraftDocument, others: readonly LegalDocument[] = []): CoverageResult {
  const converted = draftToLegalDocument(draft, { placeholders: 'omit' });
  const numbers = numberDraft(draft);
  const input: CoverageInput = {
    catalogue,
    obligations: catalogue.obligations,
    before: analyse(catalogue, [LAW_IN_FORCE]).findings,
    after: analyse(catalogue, [...others, converted.document]),
    draftDocument: others.length,
    keyOfEId: converted.keyOfEId,
    articles: listDraftArticles(draft).map((article) => ({
      key: article.key,
      label: numbers.get(article.key)?.label ?? article.key,
      placeholder: article.placeholder,
      recommendationIds: article.recommendationIds,
      obligationIds: article.obligationIds,
    })),
    recommendations: RECOMMENDATIONS,
  };
  return compareCoverage(input);
}

function obligation(result: CoverageResult, id: string): ObligationCoverage {
  const found = result.obligations.find((entry) => entry.obligationId === id);
  if (found === undefined) throw new Error(`no coverage for ${id}`);
  return found;
}

describe('compareCoverage on a revised copy of a law in force', () => {
  const draft = revisedDraft();
  const result = coverageOf(draft);

  it('finds the completed definition improved, by the engine and the drafter’s link', () => {
    const definition = obligation(result, 'TIP.3.a');
    expect([definition.before, definition.after, definition.change]).toEqual([
      'partial',
      'aligned',
      'improved',
    ]);
    expect(definition.articles).toContainEqual({ key: 'n6', label: 'Article 3', via: 'both' });
    expect(
      definition.articles.some((article) => article.via === 'engine' && article.key !== 'n6'),
    ).toBe(true);
    expect(definition.linkedButNotFound).toBe(false);
  });

  it('flags the liability of legal persons, deleted, as a regression', () => {
    const liability = obligation(result, 'UNTOC.10.1');
    expect([liability.before, liability.after, liability.change]).toEqual([
      'aligned',
      'missing',
      'regressed',
    ]);
    expect(result.regressions).toContain('UNTOC.10.1');
    expect(result.regressions).not.toContain('TIP.3.a');
    expect(result.regressions.every((id) => obligation(result, id).change === 'regressed')).toBe(
      true,
    );
  });

  it('flags an obligation a drafter linked where the engine finds nothing', () => {
    const victims = obligation(result, 'TIP.6.4');
    expect(victims.after).toBe('missing');
    expect(victims.articles).toEqual([{ key: 'n2', label: 'Article 1er', via: 'link' }]);
    expect(victims.linkedButNotFound).toBe(true);
    // A placeholder linked to an obligation covers nothing and is not listed.
    expect(obligation(result, 'TIP.6.6').articles.some((article) => article.via !== 'engine')).toBe(
      false,
    );
  });

  it('says which adopted recommendations a written article addresses', () => {
    expect(result.recommendations.map((entry) => [entry.id, entry.addressed])).toEqual([
      ['R1', true],
      ['R2', true],
      ['R3', false],
      ['R4', false],
    ]);
    expect(result.recommendations[2]?.articles).toEqual([
      { key: `n${draft.nextKey - 1}`, label: 'Article 42', placeholder: true },
    ]);
    expect(result.recommendations[3]?.articles).toEqual([]);
  });

  it('counts statuses per theme (in catalogue order) and in total, before and after', () => {
    const themes = [...new Set(catalogue.obligations.map((entry) => entry.theme))];
    expect(result.themes.map((theme) => theme.theme)).toEqual(themes);
    expect(result.obligations.map((entry) => entry.obligationId)).toEqual(
      catalogue.obligations.map((entry) => entry.id),
    );
    const sum = (side: 'before' | 'after') =>
      Object.values(result.totals[side]).reduce((total, count) => total + count, 0);
    expect(sum('before')).toBe(catalogue.obligations.length);
    expect(sum('after')).toBe(catalogue.obligations.length);
    const legalPersons = result.themes.find((theme) => theme.theme === 'legal_persons');
    expect(legalPersons?.after.missing).toBeGreaterThan(legalPersons?.before.missing ?? Infinity);
    const aligned = (side: 'before' | 'after') =>
      result.themes.reduce((total, theme) => total + theme[side].aligned, 0);
    expect(aligned('before')).toBe(result.totals.before.aligned);
    expect(aligned('after')).toBe(result.totals.after.aligned);
  });

  it('takes the draft’s articles only from the draft’s document, whatever the eIds of the others', () => {
    // Beside the law it copies, the draft shares most eIds with it (`title_1__art_3`…).
    const beside = coverageOf(draft, [LAW_IN_FORCE]);
    const liability = obligation(beside, 'UNTOC.10.1');
    expect(liability.after).toBe('aligned');
    expect(liability.articles).toEqual([]);
    const keys = new Set(listDraftArticles(draft).map((article) => article.key));
    expect(
      beside.obligations.every((entry) => entry.articles.every((article) => keys.has(article.key))),
    ).toBe(true);
    expect(obligation(beside, 'TIP.3.a').articles).toContainEqual({
      key: 'n6',
      label: 'Article 3',
      via: 'both',
    });
  });
});

describe('compareCoverage with other laws analysed beside the draft', () => {
  it('never credits the draft with another law’s article of the same eId', () => {
    const other = assignEIds(
      parseLaw(
        'LOI N° 2019-004\n\nArticle 1er : Les personnes morales peuvent être déclarées pénalement responsables des infractions prévues par la présente loi.\n',
        { language: 'fr' },
      ).document,
    );
    const draft = draftWith('fr', [
      article(
        null,
        'La présente loi a pour objet de prévenir et de réprimer la traite des personnes.',
      ),
    ]);
    const converted = draftToLegalDocument(draft, { placeholders: 'omit' });
    expect([...converted.keyOfEId.keys()]).toContain(listArticles(other)[0]?.eId);
    const obligations = catalogue.obligations.filter((entry) => entry.id === 'UNTOC.10.1');
    const result = compareCoverage({
      catalogue,
      obligations,
      before: null,
      after: analyse(catalogue, [other, converted.document], { obligations }),
      draftDocument: 1,
      keyOfEId: converted.keyOfEId,
      articles: [],
      recommendations: [],
    });
    expect(result.obligations[0]?.after).not.toBe('missing');
    expect(result.obligations[0]?.articles).toEqual([]);
  });
});

describe('compareCoverage without a law in force, and obligations of one instrument', () => {
  it('counts everything not assessed before, and anything covered after as improved', () => {
    const draft = revisedDraft();
    const converted = draftToLegalDocument(draft, { placeholders: 'omit' });
    const obligations = catalogue.obligations
      .filter((entry) => entry.instrument === 'SOM')
      .reverse();
    const result = compareCoverage({
      catalogue,
      obligations,
      before: null,
      after: analyse(catalogue, [converted.document], { obligations }),
      draftDocument: 0,
      keyOfEId: converted.keyOfEId,
      articles: [],
      recommendations: [],
    });
    expect(result.obligations.map((entry) => entry.obligationId)).toEqual(
      [...obligations].reverse().map((entry) => entry.id),
    );
    expect(result.totals.before.not_assessed).toBe(obligations.length);
    const covered = result.obligations.filter(
      (entry) => entry.after === 'aligned' || entry.after === 'partial',
    );
    expect(covered.length).toBeGreaterThan(0);
    expect(covered.every((entry) => entry.change === 'improved')).toBe(true);
    expect(result.regressions).toEqual([]);
  });

  it('ranks aligned over partial over missing; not applicable is never a change', () => {
    expect(coverageChange('partial', 'aligned')).toBe('improved');
    expect(coverageChange('aligned', 'partial')).toBe('regressed');
    expect(coverageChange('partial', 'missing')).toBe('regressed');
    expect(coverageChange('missing', 'missing')).toBe('same');
    expect(coverageChange('not_assessed', 'missing')).toBe('same');
    expect(coverageChange('not_applicable', 'missing')).toBe('same');
    expect(coverageChange('aligned', 'not_assessed')).toBe('same');
  });
});
