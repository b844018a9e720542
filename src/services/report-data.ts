import {
  buildAnalysisReport,
  type AnalysisReportData,
  type ReportRecommendation,
} from '../core/reports/analysis-report.js';
import type {
  ReportDocument,
  ReportKind,
  ReportLanguage,
} from '../core/reports/report-document.js';
import { buildDraftReport, type DraftReportData } from '../core/reports/draft-report.js';
import { buildWorkshopReport, type WorkshopReportData } from '../core/reports/workshop-report.js';
import { DECISION_STATUSES, isOneOf } from '../core/workshop/vocabulary.js';
import { listFindingSummaries } from '../store/repos/findings.js';
import type { Actor } from './accounts.js';
import { AppError } from './app-error.js';
import { projectDashboard } from './project-dashboard.js';
import { findingTable } from './project-findings.js';
import { projectLaws } from './project-laws.js';
import { getProject, projectMembers } from './projects.js';
import { getRecommendation, listRecommendations } from './recommendations.js';
import type { Workspace } from './workspace.js';
import { compareDraft, draftCoverage, listDrafts } from './drafts.js';
import { workshopParticipants } from './workshop-participants.js';
import { workshopStatistics } from './workshop-records.js';
import { projectWorkshops, workshopDetail } from './workshops.js';

export interface ReportRequest {
  readonly actor: Actor;
  readonly projectId: string;
  readonly kind: ReportKind;
  readonly language: ReportLanguage;
  readonly draftId?: string;
  readonly workshopId?: string;
  readonly includeParticipants?: boolean;
  /** The report's date (ISO); today by default. */
  readonly today?: string;
}

const todayOf = (request: ReportRequest): string =>
  request.today ?? new Date().toISOString().slice(0, 10);

/**
 * A project's report, gathered with the caller's rights (reading the project is enough) from
 * the same views the web app shows, so the report says what the screens say.
 */
export async function reportDocument(
  workspace: Workspace,
  request: ReportRequest,
): Promise<ReportDocument> {
  switch (request.kind) {
    case 'analysis':
      return buildAnalysisReport(await analysisReportData(workspace, request));
    case 'workshop':
      return buildWorkshopReport(await workshopReportData(workspace, request));
    case 'draft':
      return buildDraftReport(await draftReportData(workspace, request));
  }
}

/** The project's recommendations, with the decision taken on each decided one. */
export async function reportRecommendations(
  workspace: Workspace,
  request: { readonly actor: Actor; readonly projectId: string },
): Promise<ReportRecommendation[]> {
  const { recommendations } = await listRecommendations(workspace, request);
  return Promise.all(
    recommendations.map(async (item): Promise<ReportRecommendation> => {
      const base = {
        label: item.label,
        title: item.title,
        type: item.type,
        priority: item.priority,
        status: item.status,
        method: null,
        tally: null,
        decidedAt: null,
      };
      if (!isOneOf(DECISION_STATUSES, item.status)) return base;
      const detail = await getRecommendation(workspace, { ...request, recommendationId: item.id });
      const decision = [...detail.transitions].reverse().find((step) => step.to === item.status);
      return {
        ...base,
        method: detail.decisionMethod ?? decision?.method ?? null,
        tally: decision?.tally ?? null,
        decidedAt: detail.decidedAt ?? decision?.at ?? null,
      };
    }),
  );
}

async function analysisReportData(
  workspace: Workspace,
  request: ReportRequest,
): Promise<AnalysisReportData> {
  const access = { actor: request.actor, projectId: request.projectId };
  const project = await getProject(workspace, access);
  const [table, dashboard, laws, members, recommendations, summaries] = await Promise.all([
    findingTable(workspace, { ...access, filter: {} }),
    projectDashboard(workspace, access),
    projectLaws(workspace, access),
    projectMembers(workspace, access),
    reportRecommendations(workspace, access),
    listFindingSummaries(workspace.store.db, request.projectId),
  ]);
  const records = new Map(summaries.map((record) => [record.obligationId, record]));
  const contributors = new Set(
    summaries.flatMap((record) =>
      [record.updatedBy?.id, record.confirmedBy?.id].filter((id) => id !== undefined),
    ),
  );
  const analysts = members.filter(
    (member) =>
      (member.role === 'analyst' || member.role === 'reviewer' || member.role === 'owner') &&
      contributors.has(member.user.id),
  );
  const authors = (
    analysts.length > 0 ? analysts : members.filter((member) => member.role === 'owner')
  ).map((member) => member.user.name);
  return {
    language: request.language,
    date: todayOf(request),
    project: { name: project.name, country: project.country },
    laws: laws.map((law) => law.title),
    authors,
    catalogueVersion: workspace.catalogue.catalogue.version,
    findings: table.findings.map((row) => ({
      obligationId: row.obligationId,
      title: row.title,
      instrument: row.instrument,
      theme: row.theme,
      kind: row.kind,
      status: row.status,
      provisions: row.provisions,
      missingElements: row.missingElements,
      explanation: row.explanation,
      reason: records.get(row.obligationId)?.reason ?? '',
      confirmed: row.confirmedAt !== null,
    })),
    coverage: {
      counts: dashboard.counts,
      total: dashboard.total,
      confirmed: dashboard.confirmed,
      byTheme: dashboard.byTheme,
      byInstrument: dashboard.byInstrument,
    },
    recommendations,
    // The obligations the texts were analysed against, in the catalogue's order.
    catalogue: workspace.catalogue.catalogue.obligations
      .filter((item) => records.has(item.id))
      .map((item) => ({
        id: item.id,
        title: item.title,
        kind: item.kind,
        theme: item.theme,
        instrument: item.instrument,
      })),
  };
}

async function workshopReportData(
  workspace: Workspace,
  request: ReportRequest,
): Promise<WorkshopReportData> {
  const access = { actor: request.actor, projectId: request.projectId };
  const project = await getProject(workspace, access);
  const workshopId = request.workshopId ?? (await projectWorkshops(workspace, access))[0]?.id;
  if (workshopId === undefined) {
    throw new AppError(
      'not_found',
      'This project has no workshop yet: create one before its report can be written',
    );
  }
  const target = { ...access, workshopId };
  const [detail, statistics, participants, recommendations] = await Promise.all([
    workshopDetail(workspace, target),
    workshopStatistics(workspace, target),
    request.includeParticipants === true ? workshopParticipants(workspace, target) : null,
    listRecommendations(workspace, access),
  ]);
  const labels = new Map(
    recommendations.recommendations.map((item) => [item.id, item.label] as const),
  );
  return {
    language: request.language,
    date: todayOf(request),
    project: { name: project.name, country: project.country },
    workshop: {
      title: detail.title,
      startsOn: detail.startsOn,
      endsOn: detail.endsOn,
      place: detail.place,
      organisers: detail.organisers,
      partners: detail.partners,
      description: detail.description,
    },
    agenda: detail.agenda.map((day) => ({
      day: day.day,
      sessions: day.sessions.map((session) => ({
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        title: session.title,
        description: session.description,
        recommendations: session.recommendationIds.flatMap((id) => {
          const found = labels.get(id);
          return found === undefined ? [] : [found];
        }),
      })),
    })),
    statistics: {
      participants: statistics.participants,
      bySector: statistics.bySector,
      attendanceByDay: statistics.attendanceByDay,
      attendees: statistics.attendees,
    },
    decisions: statistics.decisions.map((item) => ({
      label: item.label,
      title: item.title,
      status: item.status,
      method: item.method,
      tally: item.tally,
    })),
    participants:
      participants === null
        ? null
        : participants.participants.map((person) => ({
            name: person.name,
            organisation: person.organisation,
            sector: person.sector,
            sex: person.sex,
          })),
  };
}

async function draftReportData(
  workspace: Workspace,
  request: ReportRequest,
): Promise<DraftReportData> {
  const access = { actor: request.actor, projectId: request.projectId };
  const [project, { drafts }] = await Promise.all([
    getProject(workspace, access),
    listDrafts(workspace, access),
  ]);
  const draft =
    request.draftId === undefined
      ? [...drafts].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
      : drafts.find((item) => item.id === request.draftId);
  if (draft === undefined) {
    throw new AppError(
      'not_found',
      request.draftId === undefined
        ? 'This project has no draft yet: start one before its comparative table can be written'
        : 'No such draft in this project',
    );
  }
  const target = { ...access, draftId: draft.id };
  const [comparison, coverage] = await Promise.all([
    compareDraft(workspace, { ...target, query: { right: 'current' }, language: request.language }),
    draftCoverage(workspace, { ...target, side: 'current' }),
  ]);
  const articleText = (article: { label: string; heading: string; text: string }) => ({
    label: article.label,
    heading: article.heading,
    text: article.text,
  });
  return {
    language: request.language,
    date: todayOf(request),
    project: { name: project.name, country: project.country },
    draft: { title: draft.title, replacesLawTitle: draft.replacesLawTitle },
    comparison: {
      left: comparison.left.title,
      right: comparison.right.title,
      rows: comparison.rows.map((row) => ({
        change: row.change,
        old: row.old.map(articleText),
        new: row.new.map(articleText),
        diff: row.diff,
        comment: row.comment,
        recommendations: row.recommendations,
      })),
      counts: comparison.counts,
    },
    coverage: {
      totals: coverage.totals,
      themes: coverage.themes,
      obligations: coverage.obligations.map((item) => ({
        obligationId: item.obligationId,
        title: item.title,
        before: item.before,
        after: item.after,
        change: item.change,
        articles: item.articles.map((article) => article.label),
      })),
      recommendations: coverage.recommendations.map((item) => ({
        label: item.label,
        title: item.title,
        addressed: item.addressed,
        articles: item.articles.map((article) =>
          article.placeholder
            ? `${article.label} (${request.language === 'fr' ? 'à rédiger' : 'to draft'})`
            : article.label,
        ),
      })),
    },
  };
}
