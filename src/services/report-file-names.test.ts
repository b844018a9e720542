import { describe, expect, it } from 'vitest';
import { asciiFileName } from './report-file-names.js';
import { reportFileName } from './report-files.js';

describe('report file names', () => {
  it('are ASCII, dashed, lower case but for codes', () => {
    expect(asciiFileName('Analyse législative ML 2026-11-29')).toBe(
      'analyse-legislative-ML-2026-11-29',
    );
    expect(asciiFileName('Récommandations « clés » : l’œuvre')).toBe(
      'recommandations-cles-l-oeuvre',
    );
  });

  it('name each report in its language', () => {
    const day = '2026-11-29';
    expect(
      reportFileName({ kind: 'analysis', language: 'fr', country: 'ml', day, format: 'pdf' }),
    ).toBe('analyse-legislative-ML-2026-11-29.pdf');
    expect(
      reportFileName({ kind: 'analysis', language: 'en', country: 'ML', day, format: 'docx' }),
    ).toBe('legislative-analysis-ML-2026-11-29.docx');
    expect(
      reportFileName({ kind: 'workshop', language: 'fr', country: 'ML', day, format: 'html' }),
    ).toBe('rapport-d-atelier-ML-2026-11-29.html');
    expect(
      reportFileName({ kind: 'draft', language: 'en', country: 'ML', day, format: 'pdf' }),
    ).toBe('comparative-table-ML-2026-11-29.pdf');
  });
});
