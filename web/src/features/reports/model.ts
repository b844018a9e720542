import type { ReportFormat, ReportKind } from '../../../../src/core/reports/report-document.js';
import type { ReportProgress } from './report-progress.js';

export type ReportLanguage = 'fr' | 'en';
export const REPORT_KINDS: readonly ReportKind[] = ['analysis', 'workshop', 'draft'];
export const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'docx', 'html'];

/** What the reader chose on the reports page. */
export interface ReportChoice {
  readonly kind: ReportKind;
  readonly format: ReportFormat;
  readonly language: ReportLanguage;
  readonly workshopId: string | undefined;
  readonly draftId: string | undefined;
  readonly includeParticipants: boolean;
}

/** The query of the download: only what the chosen report uses. */
export function reportQuery(
  choice: ReportChoice,
  requestId: string,
): Record<string, string | undefined> {
  return {
    format: choice.format,
    language: choice.language,
    workshopId: choice.kind === 'workshop' ? choice.workshopId : undefined,
    draftId: choice.kind === 'draft' ? choice.draftId : undefined,
    includeParticipants:
      choice.kind === 'workshop' && choice.includeParticipants ? 'true' : undefined,
    requestId,
  };
}

/**
 * The step a progress names, as the server counts them: gathering, then writing, then (for
 * a PDF) printing; `done` once every step is over.
 */
export function stepOf(
  progress: ReportProgress | undefined,
): 'gathering' | 'rendering' | 'pdf' | 'done' {
  if (progress === undefined || progress.done === 0) return 'gathering';
  if (progress.done >= progress.total) return 'done';
  return progress.done === 1 ? 'rendering' : 'pdf';
}

/** The file name a `content-disposition` header gives (the UTF-8 one when there is one). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8?.[1] !== undefined) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain?.[1] ?? fallback;
}
