import { describe, expect, it } from 'vitest';
import { CatalogueError, parseCatalogue } from './parse-catalogue.js';

const bi = (en: string, fr: string) => ({ en, fr });

const meta = {
  version: '2026.1',
  instruments: [
    {
      code: 'TIP',
      title: bi('Trafficking in Persons Protocol', 'Protocole relatif à la traite des personnes'),
      shortTitle: bi('TIP Protocol', 'Protocole traite'),
      citation: 'GA res. 55/25, annex II',
    },
  ],
  rules: [
    {
      id: 'attempt',
      title: bi('Attempt', 'Tentative'),
      text: bi('Attempt of a délit needs a text.', 'La tentative de délit suppose un texte.'),
      obligations: ['TIP.5.2.a'],
      basis: ['TIP.5.2.a'],
    },
  ],
};

function obligation(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    instrument: 'TIP',
    article: 5,
    paragraph: '2(a)',
    title: bi('Criminalization', 'Incrimination'),
    summary: bi('Attempt must be punishable.', 'La tentative doit être punissable.'),
    kind: 'mandatory',
    requiresLegislation: true,
    theme: 'criminalization',
    elements: [
      {
        id: `${id}#attempt`,
        label: bi('Attempt punishable', 'Tentative punissable'),
        keywords: { en: ['attempt'], fr: ['tentative'] },
        required: true,
      },
    ],
    terms: { en: ['attempt*'], fr: ['tentative'] },
    source: 'TIP Protocol, art. 5(2)(a)',
    ...overrides,
  };
}

const match = { all: [{ en: ['attempt*'], fr: ['tentative'] }] };

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
  throw new Error('expected a CatalogueError');
}

describe('parseCatalogue', () => {
  it('assembles obligations from several files and merges their match rules', () => {
    const catalogue = parseCatalogue({
      catalogue: meta,
      obligations: [[obligation('TIP.5.2.a')], [obligation('TIP.5.2.b')]],
      matchRules: { 'TIP.5.2.b': match },
    });
    expect(catalogue.version).toBe('2026.1');
    expect(catalogue.obligations.map((o) => o.id)).toEqual(['TIP.5.2.a', 'TIP.5.2.b']);
    expect(catalogue.obligations[0]?.match).toBeUndefined();
    expect(catalogue.obligations[1]?.match).toEqual(match);
    expect(catalogue.rules[0]?.title.fr).toBe('Tentative');
  });

  it('returns deeply frozen data', () => {
    const catalogue = parseCatalogue({ catalogue: meta, obligations: [[obligation('TIP.5.2.a')]] });
    expect(Object.isFrozen(catalogue.obligations)).toBe(true);
    expect(Object.isFrozen(catalogue.obligations[0]?.elements[0]?.keywords.fr)).toBe(true);
  });

  it('accepts a missing or empty match-rules file', () => {
    const input = { catalogue: meta, obligations: [[obligation('TIP.5.2.a')]] };
    expect(parseCatalogue({ ...input, matchRules: {} }).obligations).toHaveLength(1);
    expect(parseCatalogue({ ...input, matchRules: undefined }).obligations).toHaveLength(1);
  });

  it('names the file and ID of a duplicate obligation', () => {
    const problems = problemsOf(() =>
      parseCatalogue({
        catalogue: meta,
        obligations: [[obligation('TIP.5.2.a')], [obligation('TIP.5.2.a')]],
        obligationFiles: ['obligations/a.json', 'obligations/b.json'],
      }),
    );
    expect(problems).toContain(
      'obligations/b.json: TIP.5.2.a: duplicate ID (also in obligations/a.json)',
    );
  });

  it('refuses an element ID not prefixed by its obligation', () => {
    const bad = obligation('TIP.5.2.a');
    const elements = [{ ...bad.elements[0], id: 'TIP.5.2.b#attempt' }];
    const problems = problemsOf(() =>
      parseCatalogue({ catalogue: meta, obligations: [[{ ...bad, elements }]] }),
    );
    expect(problems.join('\n')).toMatch(
      /TIP\.5\.2\.a: elements\[0\]\.id: "TIP\.5\.2\.b#attempt" must start with "TIP\.5\.2\.a#"/,
    );
  });

  it('names the field of an invalid kind, an invalid theme and an empty French title', () => {
    const problems = problemsOf(() =>
      parseCatalogue({
        catalogue: meta,
        obligations: [
          [
            obligation('TIP.5.2.a', { kind: 'compulsory' }),
            obligation('TIP.5.2.b', { theme: 'penalties' }),
            obligation('TIP.5.2.c', { title: bi('Criminalization', '  ') }),
          ],
        ],
        obligationFiles: ['obligations/tip.json'],
      }),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^obligations\/tip\.json: TIP\.5\.2\.a: kind: /);
    expect(problems[1]).toMatch(/^obligations\/tip\.json: TIP\.5\.2\.b: theme: /);
    expect(problems[2]).toBe('obligations/tip.json: TIP.5.2.c: title.fr: must not be empty');
  });

  it('refuses unknown fields, such as the draft spelling summary_en', () => {
    const problems = problemsOf(() =>
      parseCatalogue({
        catalogue: meta,
        obligations: [[obligation('TIP.5.2.a', { summary_en: 'old field' })]],
      }),
    );
    expect(problems.join('\n')).toMatch(/TIP\.5\.2\.a: .*summary_en/);
  });

  it('refuses a match rule for an unknown obligation', () => {
    const problems = problemsOf(() =>
      parseCatalogue({
        catalogue: meta,
        obligations: [[obligation('TIP.5.2.a')]],
        matchRules: { 'TIP.99.1': match },
      }),
    );
    expect(problems).toEqual(['match-rules.json: TIP.99.1: unknown obligation ID']);
  });

  it('refuses a cross-instrument rule naming an unknown obligation', () => {
    const rules = [{ ...meta.rules[0], basis: ['UNTOC.34.2'] }];
    const problems = problemsOf(() =>
      parseCatalogue({ catalogue: { ...meta, rules }, obligations: [[obligation('TIP.5.2.a')]] }),
    );
    expect(problems).toEqual(['catalogue.json: rule attempt: unknown obligation UNTOC.34.2']);
  });

  it('refuses an obligation whose instrument is not described', () => {
    const som = obligation('SOM.6.2.a', { instrument: 'SOM' });
    const problems = problemsOf(() =>
      parseCatalogue({ catalogue: { ...meta, rules: [] }, obligations: [[som]] }),
    );
    expect(problems).toEqual(['catalogue.json: instruments: SOM is not described']);
  });

  it('refuses a term with a gap at its end or a star inside a word', () => {
    const problems = problemsOf(() =>
      parseCatalogue({
        catalogue: meta,
        obligations: [
          [obligation('TIP.5.2.a', { terms: { en: ['attempt ...'], fr: ['tent*ative'] } })],
        ],
      }),
    );
    expect(problems).toEqual([
      'obligations[0]: TIP.5.2.a: terms.en[0]: "..." must sit between two words',
      'obligations[0]: TIP.5.2.a: terms.fr[0]: "*" may only end a word',
    ]);
  });
});
