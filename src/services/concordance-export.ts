import type { SpreadsheetFormat } from '../contract/reports.js';
import type { Actor } from './accounts.js';
import {
  concordanceTable,
  recommendationsTable,
  sheetCsv,
  sheetNames,
  sheetWorkbook,
  type ConcordanceLine,
  type RecommendationLine,
  type SheetLanguage,
} from '../reporters/concordance-sheet.js';
import { label } from '../core/reports/report-texts.js';
import { listLaws } from '../store/repos/laws.js';
import { listRecommendations } from '../store/repos/recommendations.js';
import { requireProject } from './project-access.js';
import { findingTable } from './project-findings.js';
import { asciiFileName } from './report-file-names.js';
import type { Workspace } from './workspace.js';

export interface SpreadsheetRequest {
  readonly actor: Actor;
  readonly projectId: string;
  readonly format: SpreadsheetFormat;
  /** The project's language when left out. */
  readonly language?: SheetLanguage | undefined;
  /** The day in the file name (YYYY-MM-DD); today when left out. */
  readonly day?: string;
}

export interface DownloadFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** The concordance table as the analysts see it, as XLSX or CSV. */
export async function exportConcordance(
  workspace: Workspace,
  request: SpreadsheetRequest,
): Promise<DownloadFile> {
  const { project } = await requireProject(workspace.store.db, {
    ...request,
    action: 'project.read',
  });
  const language = request.language ?? project.language;
  const [table, laws] = await Promise.all([
    findingTable(workspace, { ...request, filter: {} }),
    listLaws(workspace.store.db, project.id),
  ]);
  const lawTitles = new Map(laws.map((law) => [law.id, law.title]));
  const lines: ConcordanceLine[] = table.findings.map((row) => ({
    obligationId: row.obligationId,
    title: row.title[language],
    theme: label('theme', row.theme, language),
    instrument: row.instrument,
    status: row.status,
    engineStatus: row.engineStatus,
    provisions: row.provisions
      .filter((provision) => provision.decision !== 'rejected')
      .map((provision) => {
        const law = lawTitles.get(provision.lawId);
        return law === undefined ? provision.label : `${provision.label} (${law})`;
      }),
    missingElements: row.missingElements.map((element) => element[language]),
    reasoning: row.explanation,
    confirmed:
      row.confirmedAt === null
        ? null
        : { by: row.confirmedBy?.name ?? '', at: row.confirmedAt.slice(0, 10) },
  }));
  const names = sheetNames(language);
  return spreadsheet(concordanceTable(lines, language), request, {
    sheetName: names.concordance,
    baseName: `${names.concordance}-${project.country}`,
    language,
  });
}

/** The project's recommendations with their wording and decision, as XLSX or CSV. */
export async function exportRecommendations(
  workspace: Workspace,
  request: SpreadsheetRequest,
): Promise<DownloadFile> {
  const { project } = await requireProject(workspace.store.db, {
    ...request,
    action: 'project.read',
  });
  const language = request.language ?? project.language;
  const records = await listRecommendations(workspace.store.db, project.id);
  const lines: RecommendationLine[] = records.map((record) => ({
    label: `R${record.number}`,
    title: record.title,
    type: record.type,
    priority: record.priority,
    status: record.status,
    theme: label('theme', record.theme, language),
    obligationIds: record.obligationIds,
    wording: record.wording,
    decision: {
      method: record.decisionMethod,
      note: record.decisionNote,
      decidedAt: record.decidedAt,
    },
  }));
  const names = sheetNames(language);
  return spreadsheet(recommendationsTable(lines, language), request, {
    sheetName: names.recommendations,
    baseName: `${names.recommendations}-${project.country}`,
    language,
  });
}

async function spreadsheet(
  table: readonly (readonly string[])[],
  request: SpreadsheetRequest,
  {
    sheetName,
    baseName,
    language,
  }: { sheetName: string; baseName: string; language: SheetLanguage },
): Promise<DownloadFile> {
  const day = request.day ?? new Date().toISOString().slice(0, 10);
  const name = asciiFileName(`${baseName}-${day}`);
  if (request.format === 'xlsx') {
    return {
      fileName: `${name}.xlsx`,
      contentType: XLSX_TYPE,
      bytes: await sheetWorkbook(sheetName, table),
    };
  }
  return {
    fileName: `${name}.csv`,
    contentType: CSV_TYPE,
    bytes: new TextEncoder().encode(sheetCsv(table, language)),
  };
}
