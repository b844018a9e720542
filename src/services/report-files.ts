import type {
  ReportDocument,
  ReportFormat,
  ReportKind,
  ReportLanguage,
} from '../core/reports/report-document.js';
import { can } from '../core/access/permissions.js';
import { renderReportDocx } from '../reporters/report-docx.js';
import { renderReportHtml } from '../reporters/report-html.js';
import { renderReportPdf } from '../reporters/report-pdf.js';
import type { Actor } from './accounts.js';
import { requireProject } from './project-access.js';
import { reportDocument } from './report-data.js';
import { asciiFileName } from './report-file-names.js';
import type { Workspace } from './workspace.js';

/** A step of a report's making, as announced to the person waiting for it. */
export type ReportStep = 'gathering' | 'rendering' | 'pdf' | 'done';

export interface ReportFileRequest {
  readonly actor: Actor;
  readonly projectId: string;
  readonly kind: ReportKind;
  readonly format: ReportFormat;
  /** The project's language when left out. */
  readonly language?: ReportLanguage | undefined;
  readonly draftId?: string | undefined;
  readonly workshopId?: string | undefined;
  /** The workshop report's list of participants; ignored unless the caller organises workshops. */
  readonly includeParticipants?: boolean | undefined;
  /** The report's date (YYYY-MM-DD); today when left out. */
  readonly today?: string | undefined;
  /** Called before each step and once at the end: `done` of `total` steps. */
  readonly onProgress?: (done: number, total: number, step: ReportStep) => void;
}

export interface ReportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const NAMES: Readonly<Record<ReportLanguage, Readonly<Record<ReportKind, string>>>> = {
  fr: {
    analysis: 'analyse législative',
    workshop: 'rapport d’atelier',
    draft: 'tableau comparatif',
  },
  en: {
    analysis: 'legislative analysis',
    workshop: 'workshop report',
    draft: 'comparative table',
  },
};

/** `analyse-legislative-ML-2026-11-29.pdf`, `legislative-analysis-ML-2026-11-29.pdf`. */
export function reportFileName(options: {
  readonly kind: ReportKind;
  readonly language: ReportLanguage;
  readonly country: string;
  readonly day: string;
  readonly format: ReportFormat;
}): string {
  const name = NAMES[options.language][options.kind];
  return `${asciiFileName(`${name} ${options.country.toUpperCase()} ${options.day}`)}.${options.format}`;
}

/**
 * One report as a file to download: the report gathered with the caller's rights, rendered in
 * the format asked (PDF printed from the HTML), in the language asked whatever the reader's
 * interface, with each step announced through `onProgress`.
 */
export async function reportFile(
  workspace: Workspace,
  request: ReportFileRequest,
): Promise<ReportFile> {
  const total = request.format === 'pdf' ? 3 : 2;
  const progress = (done: number, step: ReportStep) => request.onProgress?.(done, total, step);
  const { project, role } = await requireProject(workspace.store.db, {
    ...request,
    action: 'project.read',
  });
  const language = request.language ?? project.language;
  const today = request.today ?? new Date().toISOString().slice(0, 10);
  progress(0, 'gathering');
  const report = await reportDocument(workspace, {
    actor: request.actor,
    projectId: project.id,
    kind: request.kind,
    language,
    today,
    ...(request.draftId === undefined ? {} : { draftId: request.draftId }),
    ...(request.workshopId === undefined ? {} : { workshopId: request.workshopId }),
    ...(request.includeParticipants === true && can(role, 'workshop.manage')
      ? { includeParticipants: true }
      : {}),
  });
  progress(1, 'rendering');
  const bytes = await render(report, request.format, () => progress(2, 'pdf'));
  progress(total, 'done');
  return {
    fileName: reportFileName({
      kind: request.kind,
      language,
      country: project.country,
      day: today,
      format: request.format,
    }),
    contentType: CONTENT_TYPES[request.format],
    bytes,
  };
}

async function render(
  report: ReportDocument,
  format: ReportFormat,
  printing: () => void,
): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return renderReportDocx(report);
    case 'html':
      return new TextEncoder().encode(renderReportHtml(report));
    case 'pdf': {
      const html = renderReportHtml(report, { forPrint: true });
      printing();
      return renderReportPdf(html, {
        title: report.title,
        footer: report.footer,
        language: report.language,
      });
    }
  }
}
