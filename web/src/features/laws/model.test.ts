import { describe, expect, it } from 'vitest';
import type { ImportWarning, LawArticle } from '../../../../src/contract/laws.js';
import { MAX_UPLOAD_BYTES } from '../../../../src/contract/laws.js';
import {
  lawShortName,
  openedDivisions,
  sortCoverage,
  sortWarnings,
  uploadProblem,
} from './model.js';

describe('uploadProblem', () => {
  it('accepts the import formats, in any case', () => {
    for (const name of ['loi.txt', 'LOI.PDF', 'act.docx', 'law.md', 'page.html', 'akn.xml']) {
      expect(uploadProblem({ name, size: 10 }, MAX_UPLOAD_BYTES), name).toBeUndefined();
    }
  });

  it('refuses other formats, files over the limit and empty files', () => {
    expect(uploadProblem({ name: 'photo.exe', size: 10 }, MAX_UPLOAD_BYTES)).toBe('badFormat');
    expect(uploadProblem({ name: 'noextension', size: 10 }, MAX_UPLOAD_BYTES)).toBe('badFormat');
    expect(uploadProblem({ name: 'big.pdf', size: MAX_UPLOAD_BYTES + 1 }, MAX_UPLOAD_BYTES)).toBe(
      'tooBig',
    );
    expect(uploadProblem({ name: 'big.pdf', size: MAX_UPLOAD_BYTES }, MAX_UPLOAD_BYTES)).toBe(
      undefined,
    );
    expect(uploadProblem({ name: 'empty.txt', size: 0 }, MAX_UPLOAD_BYTES)).toBe('empty');
  });
});

const article = (num: string, path: string[]): LawArticle => ({
  eId: `art_${num}`,
  num,
  label: `Article ${num}`,
  heading: '',
  text: '',
  path,
  coverage: [],
});

describe('openedDivisions', () => {
  it('prints each division once, where it starts', () => {
    const opened = openedDivisions([
      article('1', ['TITRE I', 'Chapitre 1']),
      article('2', ['TITRE I', 'Chapitre 1']),
      article('3', ['TITRE I', 'Chapitre 2']),
      article('4', ['TITRE II']),
      article('5', []),
    ]);
    expect(opened).toEqual([
      [
        { title: 'TITRE I', depth: 0 },
        { title: 'Chapitre 1', depth: 1 },
      ],
      [],
      [{ title: 'Chapitre 2', depth: 1 }],
      [{ title: 'TITRE II', depth: 0 }],
      [],
    ]);
  });
});

describe('sortCoverage and sortWarnings', () => {
  it('puts accepted links first, IDs in numeric order', () => {
    const sorted = sortCoverage([
      { obligationId: 'TIP.10.1', state: 'proposed' },
      { obligationId: 'TIP.9.1', state: 'proposed' },
      { obligationId: 'TIP.5.1', state: 'accepted' },
    ]);
    expect(sorted.map((item) => item.obligationId)).toEqual(['TIP.5.1', 'TIP.9.1', 'TIP.10.1']);
  });

  it('puts errors first, then follows the text', () => {
    const warning = (severity: ImportWarning['severity'], line?: number): ImportWarning => ({
      code: 'x',
      severity,
      message: '',
      line,
    });
    const sorted = sortWarnings([
      warning('info', 1),
      warning('warning', 9),
      warning('warning', 3),
      warning('error'),
    ]);
    expect(sorted.map((item) => `${item.severity}${item.line ?? ''}`)).toEqual([
      'error',
      'warning3',
      'warning9',
      'info1',
    ]);
  });
});

describe('lawShortName', () => {
  it('takes the number from the title, else the file name', () => {
    expect(lawShortName({ title: 'LOI N° 2019-017 DU 3 JUIN 2019', fileName: 'a.txt' })).toBe(
      '2019-017',
    );
    expect(lawShortName({ title: 'LOI N°2012-023 DU 12 JUILLET 2012', fileName: 'a.txt' })).toBe(
      '2012-023',
    );
    expect(lawShortName({ title: 'Trafficking Act No. 5 of 2019', fileName: 'a.txt' })).toBe(
      '5 of 2019',
    );
    expect(lawShortName({ title: 'Penal Code', fileName: 'penal-code.docx' })).toBe('penal-code');
  });
});
