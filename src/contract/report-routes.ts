import { ProjectParams } from './projects.js';
import { ReportParams, ReportQuery, SpreadsheetQuery } from './reports.js';
import { route, type RouteSpec } from './route-spec.js';

/** What leaves LexAlign: the reports (HTML, PDF, DOCX in French or English) and spreadsheets. */
export const REPORT_ROUTES = {
  downloadReport: route({
    method: 'GET',
    path: '/api/projects/:projectId/reports/:kind',
    summary:
      'Download a report (`analysis`, `workshop`, `draft`) as `format=html|pdf|docx` in `language=fr|en` (the project’s by default); `draftId`/`workshopId` pick the draft or workshop (the latest otherwise); `includeParticipants=true` adds the list of participants only for organisers and owners; with `requestId` the steps are announced on the event stream as `report` changes',
    access: 'project.read',
    params: ReportParams,
    query: ReportQuery,
  }),
  exportConcordance: route({
    method: 'GET',
    path: '/api/projects/:projectId/exports/concordance',
    summary:
      'The concordance table as a spreadsheet: `format=xlsx` or `format=csv` (UTF-8 with BOM, formulas neutralised), in `language=fr|en`',
    access: 'project.read',
    params: ProjectParams,
    query: SpreadsheetQuery,
  }),
  exportRecommendations: route({
    method: 'GET',
    path: '/api/projects/:projectId/exports/recommendations',
    summary:
      'The recommendations as a spreadsheet: `format=xlsx` or `format=csv` (UTF-8 with BOM, formulas neutralised), in `language=fr|en`',
    access: 'project.read',
    params: ProjectParams,
    query: SpreadsheetQuery,
  }),
} as const satisfies Record<string, RouteSpec>;
