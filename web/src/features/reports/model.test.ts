import { describe, expect, it } from 'vitest';
import type { LiveChange } from '../../../../src/contract/live.js';
import { fileNameOf, reportQuery, stepOf } from './model.js';
import { nextReportProgress } from './report-progress.js';

const change = (objectId: string, done: number, total: number): LiveChange => ({
  projectId: 'p1',
  kind: 'report',
  objectId,
  actor: null,
  progress: { done, total },
});

describe('the reports page model', () => {
  it('asks only for what the chosen report uses', () => {
    const choice = {
      kind: 'analysis',
      format: 'pdf',
      language: 'en',
      workshopId: 'w1',
      draftId: 'd1',
      includeParticipants: true,
    } as const;
    expect(reportQuery(choice, 'r1')).toEqual({
      format: 'pdf',
      language: 'en',
      workshopId: undefined,
      draftId: undefined,
      includeParticipants: undefined,
      requestId: 'r1',
    });
    expect(reportQuery({ ...choice, kind: 'workshop' }, 'r1')).toMatchObject({
      workshopId: 'w1',
      includeParticipants: 'true',
    });
    expect(reportQuery({ ...choice, kind: 'draft' }, 'r1')).toMatchObject({ draftId: 'd1' });
  });

  it('follows its own request only, never going back', () => {
    const first = nextReportProgress(undefined, change('r1', 1, 3), 'r1');
    expect(first).toEqual({ done: 1, total: 3 });
    expect(nextReportProgress(first, change('r2', 2, 3), 'r1')).toBe(first);
    expect(nextReportProgress(first, change('r1', 0, 3), 'r1')).toBe(first);
    expect(nextReportProgress(first, { ...change('r1', 2, 3), kind: 'import' }, 'r1')).toBe(first);
    expect(stepOf(undefined)).toBe('gathering');
    expect(stepOf({ done: 1, total: 3 })).toBe('rendering');
    expect(stepOf({ done: 2, total: 3 })).toBe('pdf');
    expect(stepOf({ done: 2, total: 2 })).toBe('done');
  });

  it('reads the file name from the download header', () => {
    expect(
      fileNameOf(
        `attachment; filename="rapport-d_atelier.pdf"; filename*=UTF-8''rapport-d%E2%80%99atelier.pdf`,
        'x',
      ),
    ).toBe('rapport-d’atelier.pdf');
    expect(fileNameOf('attachment; filename="a.docx"', 'x')).toBe('a.docx');
    expect(fileNameOf(null, 'x')).toBe('x');
  });
});
