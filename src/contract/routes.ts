import { z } from 'zod';
import { AuditLog, AuditParams, AuditQuery } from './audit.js';
import {
  ChangePasswordBody,
  CreateUserBody,
  CurrentUser,
  LoginBody,
  ResetPasswordBody,
  Session,
  UserParams,
  UserSummary,
} from './auth.js';
import { CatalogueView } from './catalogue.js';
import { Ok } from './common.js';
import { Dashboard } from './dashboard.js';
import {
  AnalysisRun,
  Comment,
  CommentBody,
  ConfirmBody,
  DecideMappingBody,
  FindingDetail,
  FindingParams,
  FindingRow,
  FindingTable,
  FindingsQuery,
  SetStatusBody,
} from './findings.js';
import { ImportResult, LawDetail, LawParams, LawSummary } from './laws.js';
import {
  AddMemberBody,
  ChangeRoleBody,
  CreateProjectBody,
  Member,
  MemberParams,
  Project,
  ProjectParams,
} from './projects.js';
import { DRAFT_ROUTES } from './draft-routes.js';
import { LIVE_SESSION_ROUTES } from './live-session-routes.js';
import { RECOMMENDATION_ROUTES } from './recommendation-routes.js';
import { REPORT_ROUTES } from './report-routes.js';
import { REGIONAL_ROUTES } from './regional-routes.js';
import { route, type RouteSpec } from './route-spec.js';
import { WORKSHOP_ROUTES } from './workshop-routes.js';

export type { RouteAccess, RouteSpec } from './route-spec.js';

/** Every JSON route of the API, keyed by a stable name; each feature's routes in a file of its own. */
export const ROUTES = {
  login: route({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Log in with email and password; sets the session cookie',
    access: 'public',
    body: LoginBody,
    response: Session,
  }),
  logout: route({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'End the session',
    access: 'user',
    response: Ok,
  }),
  me: route({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'The logged-in user and the CSRF token to send with changes',
    access: 'user',
    response: Session,
  }),
  changePassword: route({
    method: 'POST',
    path: '/api/auth/password',
    summary: 'Change one’s own password (required after the first login)',
    access: 'user',
    body: ChangePasswordBody,
    response: CurrentUser,
  }),
  listUsers: route({
    method: 'GET',
    path: '/api/users',
    summary: 'All accounts (site admins)',
    access: 'admin',
    response: z.object({ users: z.array(UserSummary) }),
  }),
  createUser: route({
    method: 'POST',
    path: '/api/users',
    summary: 'Create an account (site admins)',
    access: 'admin',
    body: CreateUserBody,
    response: UserSummary,
    status: 201,
  }),
  resetPassword: route({
    method: 'POST',
    path: '/api/users/:userId/password',
    summary:
      'Give an account a new one-time password (site admins); its sessions end and the person chooses a new password at the next login',
    access: 'admin',
    params: UserParams,
    body: ResetPasswordBody,
    response: UserSummary,
  }),
  catalogue: route({
    method: 'GET',
    path: '/api/catalogue',
    summary: 'The obligations catalogue: IDs, themes, kinds and titles',
    access: 'user',
    response: CatalogueView,
  }),
  listProjects: route({
    method: 'GET',
    path: '/api/projects',
    summary: 'The projects the caller is a member of (all of them for a site admin)',
    access: 'user',
    response: z.object({ projects: z.array(Project) }),
  }),
  createProject: route({
    method: 'POST',
    path: '/api/projects',
    summary: 'Create a project; the caller becomes its owner',
    access: 'user',
    body: CreateProjectBody,
    response: Project,
    status: 201,
  }),
  getProject: route({
    method: 'GET',
    path: '/api/projects/:projectId',
    summary: 'One project and what the caller may do in it',
    access: 'project.read',
    params: ProjectParams,
    response: Project,
  }),
  listMembers: route({
    method: 'GET',
    path: '/api/projects/:projectId/members',
    summary: 'Members and their roles',
    access: 'project.read',
    params: ProjectParams,
    response: z.object({ members: z.array(Member) }),
  }),
  addMember: route({
    method: 'POST',
    path: '/api/projects/:projectId/members',
    summary: 'Add an existing account to the project with a role',
    access: 'members.manage',
    params: ProjectParams,
    body: AddMemberBody,
    response: Member,
    status: 201,
  }),
  changeRole: route({
    method: 'PATCH',
    path: '/api/projects/:projectId/members/:userId',
    summary: 'Change a member’s role',
    access: 'members.manage',
    params: MemberParams,
    body: ChangeRoleBody,
    response: Member,
  }),
  removeMember: route({
    method: 'DELETE',
    path: '/api/projects/:projectId/members/:userId',
    summary: 'Remove a member',
    access: 'members.manage',
    params: MemberParams,
    response: Ok,
  }),
  listLaws: route({
    method: 'GET',
    path: '/api/projects/:projectId/laws',
    summary: 'The texts imported into the project',
    access: 'project.read',
    params: ProjectParams,
    response: z.object({ laws: z.array(LawSummary) }),
  }),
  importLaw: route({
    method: 'POST',
    path: '/api/projects/:projectId/laws',
    summary:
      'Upload a law (multipart field `file`: txt, md, docx, pdf, html, Akoma Ntoso…); it is parsed, stored and the analysis re-run',
    access: 'law.import',
    params: ProjectParams,
    /** `upload`: an ID the browser chose, to follow the OCR of a scan on the project's events. */
    query: z.object({ upload: z.string().uuid().optional() }),
    response: ImportResult,
    status: 201,
  }),
  getLaw: route({
    method: 'GET',
    path: '/api/projects/:projectId/laws/:lawId',
    summary: 'A law’s structured text, article by article, with the obligations each implements',
    access: 'project.read',
    params: LawParams,
    response: LawDetail,
  }),
  deleteLaw: route({
    method: 'DELETE',
    path: '/api/projects/:projectId/laws/:lawId',
    summary: 'Remove a law; the analysis is re-run on the others',
    access: 'law.delete',
    params: LawParams,
    response: Ok,
  }),
  runAnalysis: route({
    method: 'POST',
    path: '/api/projects/:projectId/analysis',
    summary: 'Re-run the engine over the project’s laws, keeping analysts’ decisions',
    access: 'analysis.run',
    params: ProjectParams,
    response: AnalysisRun,
  }),
  listFindings: route({
    method: 'GET',
    path: '/api/projects/:projectId/findings',
    summary: 'The concordance table, filtered',
    access: 'project.read',
    params: ProjectParams,
    query: FindingsQuery,
    response: FindingTable,
  }),
  getFinding: route({
    method: 'GET',
    path: '/api/projects/:projectId/findings/:obligationId',
    summary: 'One obligation’s finding: candidates with evidence, elements, comments',
    access: 'project.read',
    params: FindingParams,
    response: FindingDetail,
  }),
  setStatus: route({
    method: 'PATCH',
    path: '/api/projects/:projectId/findings/:obligationId',
    summary: 'Set a finding’s status, with the reason',
    access: 'finding.edit',
    params: FindingParams,
    body: SetStatusBody,
    response: FindingRow,
  }),
  confirmFinding: route({
    method: 'POST',
    path: '/api/projects/:projectId/findings/:obligationId/confirm',
    summary: 'Confirm a finding as reviewed',
    access: 'finding.confirm',
    params: FindingParams,
    body: ConfirmBody,
    response: FindingRow,
  }),
  decideMapping: route({
    method: 'PUT',
    path: '/api/projects/:projectId/findings/:obligationId/mappings',
    summary: 'Accept or reject a provision as implementing the obligation',
    access: 'finding.edit',
    params: FindingParams,
    body: DecideMappingBody,
    response: FindingRow,
  }),
  addComment: route({
    method: 'POST',
    path: '/api/projects/:projectId/findings/:obligationId/comments',
    summary: 'Comment on a finding',
    access: 'comment.write',
    params: FindingParams,
    body: CommentBody,
    response: Comment,
    status: 201,
  }),
  dashboard: route({
    method: 'GET',
    path: '/api/projects/:projectId/dashboard',
    summary: 'Coverage by theme and instrument, counts per status, review progress',
    access: 'project.read',
    params: ProjectParams,
    response: Dashboard,
  }),
  audit: route({
    method: 'GET',
    path: '/api/projects/:projectId/audit',
    summary: 'The audit log, for the project or one object',
    access: 'project.read',
    params: AuditParams,
    query: AuditQuery,
    response: AuditLog,
  }),
  events: route({
    method: 'GET',
    path: '/api/projects/:projectId/events',
    summary:
      'Server-sent events: a `change` event (LiveChange) whenever someone changes the project',
    access: 'project.read',
    params: ProjectParams,
  }),
  ...RECOMMENDATION_ROUTES,
  ...WORKSHOP_ROUTES,
  ...LIVE_SESSION_ROUTES,
  ...DRAFT_ROUTES,
  ...REPORT_ROUTES,
  ...REGIONAL_ROUTES,
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;
