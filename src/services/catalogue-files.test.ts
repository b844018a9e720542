import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexCatalogue, isAssessable } from '../core/catalogue/index.js';
import { sharedPath } from '../testing/shared-corpus.js';
import { loadCatalogue } from './catalogue-files.js';

interface DraftObligation {
  readonly id: string;
  readonly elements: readonly { readonly id: string }[];
}

const draft = JSON.parse(
  readFileSync(sharedPath('reference/obligations.draft.json'), 'utf8'),
) as readonly DraftObligation[];

describe('loadCatalogue', () => {
  const catalogue = loadCatalogue();

  it('loads the 344 obligations of version 2026.1, four instruments and the rules', () => {
    expect(catalogue.version).toBe('2026.1');
    expect(catalogue.obligations).toHaveLength(344);
    expect(catalogue.instruments.map((i) => i.code)).toEqual(['TIP', 'SOM', 'UNTOC', 'GP']);
    expect(catalogue.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'mutatis_mutandis',
        'no_transnational_element',
        'serious_crime_threshold',
      ]),
    );
  });

  it('is read once and cached', () => {
    expect(loadCatalogue()).toBe(catalogue);
  });

  it('keeps every obligation and element ID of the research draft', () => {
    const index = indexCatalogue(catalogue);
    const missing = draft.filter((o) => !index.byId.has(o.id)).map((o) => o.id);
    const missingElements = draft
      .flatMap((o) => o.elements.map((e) => e.id))
      .filter((id) => !index.elementById.has(id));
    expect(missing).toEqual([]);
    expect(missingElements).toEqual([]);
    expect(index.elementById.size).toBe(240);
  });

  it('counts 69 TIP, 84 SOM, 166 UNTOC and 25 good-practice units', () => {
    const count = (code: string) =>
      catalogue.obligations.filter((o) => o.instrument === code).length;
    expect([count('TIP'), count('SOM'), count('UNTOC'), count('GP')]).toEqual([69, 84, 166, 25]);
  });

  it('orders each instrument by treaty numbering', () => {
    const untoc = catalogue.obligations.filter((o) => o.instrument === 'UNTOC').map((o) => o.id);
    expect(untoc.indexOf('UNTOC.2.j')).toBeLessThan(untoc.indexOf('UNTOC.3.1'));
    expect(untoc.indexOf('UNTOC.16.9')).toBeLessThan(untoc.indexOf('UNTOC.16.10'));
    expect(untoc.at(-1)).toBe('UNTOC.34.3');
  });

  it('attaches the mutatis mutandis duties of the Convention to both Protocol offences', () => {
    const index = indexCatalogue(catalogue);
    for (const id of ['UNTOC.10.1', 'UNTOC.12.1.a', 'UNTOC.15.1.a', 'UNTOC.18.1', 'UNTOC.24.1']) {
      expect(index.byId.get(id)?.appliesTo).toEqual(['trafficking', 'smuggling']);
    }
    expect(index.byId.get('UNTOC.5.1.b')?.appliesTo).toBeUndefined();
  });

  it('marks good-practice and illustrative elements as not required', () => {
    const index = indexCatalogue(catalogue);
    expect(index.elementById.get('TIP.6.6#state_fund')?.element.required).toBe(false);
    expect(index.elementById.get('TIP.6.3.a#ngo')?.element.required).toBe(false);
    expect(index.elementById.get('TIP.3.a#purpose.open_list')?.element.required).toBe(false);
    expect(index.elementById.get('TIP.3.a#means.vulnerability')?.element.required).toBe(true);
    const labelled = catalogue.obligations
      .flatMap((o) => o.elements)
      .filter((e) => e.label.en.includes('(good practice)'));
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.every((e) => !e.required)).toBe(true);
  });

  it('uses the official French article titles', () => {
    const index = indexCatalogue(catalogue);
    expect(index.byId.get('TIP.6.1')?.title.fr).toBe(
      'Assistance et protection accordées aux victimes de la traite des personnes',
    );
    expect(index.byId.get('UNTOC.2.a')?.title.fr).toBe('Terminologie');
    expect(
      catalogue.obligations.filter((o) => !isAssessable(o)).every((o) => !o.requiresLegislation),
    ).toBe(true);
  });

  it('gives every assessable obligation 3 to 12 terms in both languages', () => {
    const assessable = catalogue.obligations.filter(isAssessable);
    expect(assessable.length).toBeGreaterThan(250);
    const short = assessable
      .filter((o) => [o.terms.en, o.terms.fr].some((list) => list.length < 3 || list.length > 12))
      .map((o) => o.id);
    expect(short).toEqual([]);
  });

  it('never uses a bare generic word as a term', () => {
    const generic = new Set([
      'person',
      'personne',
      'law',
      'loi',
      'state',
      'état',
      'shall',
      'article',
    ]);
    const found = catalogue.obligations.flatMap((o) =>
      [...o.terms.en, ...o.terms.fr]
        .filter((t) => generic.has(t.toLowerCase()))
        .map((t) => `${o.id}: ${t}`),
    );
    expect(found).toEqual([]);
  });

  it('uses drafting vocabulary for the duties that attach to the Protocol offences', () => {
    const index = indexCatalogue(catalogue);
    expect(index.byId.get('UNTOC.10.1')?.terms.fr).toContain('personne morale');
    expect(index.byId.get('UNTOC.10.1')?.terms.en).toContain('body corporate');
    expect(index.byId.get('UNTOC.12.1.a')?.terms.en).toContain('forfeiture');
    expect(index.byId.get('UNTOC.18.1')?.terms.fr).toContain('entraide judiciaire');
    expect(index.byId.get('TIP.5.2.a')?.terms.fr).toContain('tentative');
  });
});
