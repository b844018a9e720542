import { describe, expect, it } from 'vitest';
import type { EngineRecord } from '../core/review/engine-record.js';
import type { FindingRecord } from '../store/repos/findings.js';
import { loadCatalogueIndex } from './catalogue-files.js';
import { findingRow } from './finding-views.js';

const label = { en: 'Means: abuse of power', fr: 'Moyen : abus d’autorité' };
const engine: EngineRecord = {
  candidates: [],
  lookAlikes: [],
  elements: [{ id: 'TIP.3.a#means.abuse', label, required: true, present: false }],
  conflicts: [],
  explanation: 'Article 3 met en œuvre TIP.3.a…',
  texts: [],
};

const record = (summary: unknown): FindingRecord => ({
  projectId: 'p',
  obligationId: 'TIP.3.a',
  status: 'partial',
  engineStatus: 'partial',
  engine,
  summary,
  mappings: [],
  reason: '',
  statusSetByAnalyst: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
  confirmedAt: null,
  confirmedBy: null,
  version: 1,
});

describe('a row of the concordance table', () => {
  const obligation = loadCatalogueIndex().byId.get('TIP.3.a');
  if (obligation === undefined) throw new Error('TIP.3.a is not in the catalogue');

  it('shows the stored summary', () => {
    const row = findingRow(record({ missingElements: [], explanation: 'stored' }), obligation);
    expect(row).toMatchObject({ explanation: 'stored', missingElements: [] });
  });

  it('falls back to the engine record for rows stored before summaries existed', () => {
    const row = findingRow(record({}), obligation);
    expect(row).toMatchObject({ explanation: engine.explanation, missingElements: [label] });
  });
});
