import { z } from 'zod';
import { REPORT_FORMATS, REPORT_KINDS } from '../core/reports/report-document.js';
import { Id, Language } from './common.js';

export const ReportKind = z.enum(REPORT_KINDS as ['analysis', 'workshop', 'draft']);
export const ReportFormat = z.enum(REPORT_FORMATS as ['html', 'pdf', 'docx']);
export const SPREADSHEET_FORMATS = ['xlsx', 'csv'] as const;
export const SpreadsheetFormat = z.enum(SPREADSHEET_FORMATS);
export type SpreadsheetFormat = z.infer<typeof SpreadsheetFormat>;

export const ReportParams = z.object({ projectId: Id, kind: ReportKind });

export const ReportQuery = z.object({
  format: ReportFormat.default('pdf'),
  /** The report's language, whatever the reader's interface; the project's language by default. */
  language: Language.optional(),
  /** The draft report: which draft (the project's latest when left out). */
  draftId: Id.optional(),
  /** The workshop report: which workshop (the project's latest when left out). */
  workshopId: Id.optional(),
  /** The workshop report's list of participants; only honoured for organisers (`workshop.manage`). */
  includeParticipants: z.enum(['true', 'false']).optional(),
  /**
   * An ID the browser chose (a UUID): the steps of the generation are announced under it on
   * the project's event stream as `report` changes with `progress`.
   */
  requestId: z.string().uuid().optional(),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

export const SpreadsheetQuery = z.object({
  format: SpreadsheetFormat.default('xlsx'),
  /** The headers' and statuses' language; the project's language by default. */
  language: Language.optional(),
});
export type SpreadsheetQuery = z.infer<typeof SpreadsheetQuery>;
