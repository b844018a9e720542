import { readFile } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingDetail, FindingTable } from '../contract/findings.js';
import type { DraftComment, DraftDetail, EditDraftResult } from '../contract/drafts.js';
import type { ImportResult, LawDetail } from '../contract/laws.js';
import type { JoinResult } from '../contract/live-session.js';
import type { RecommendationDetail } from '../contract/recommendations.js';
import type { AgendaSession, Participant, WorkshopDetail } from '../contract/workshops.js';
import { ROUTES, type RouteAccess, type RouteName, type RouteSpec } from '../contract/routes.js';
import { can, PROJECT_ROLES, type ProjectRole } from '../core/access/permissions.js';
import { actorOf, type Actor } from '../services/accounts.js';
import { DEMO_LAW } from '../services/demo-workspace.js';
import { localDay } from '../services/local-day.js';
import { closeVote, openVote, showRecommendation } from '../services/live-session.js';
import { FindingTableCache } from '../services/finding-table-cache.js';
import { hashPassword } from '../services/passwords.js';
import { createProject, setMember } from '../services/projects.js';
import { startSession } from '../services/sessions.js';
import { insertContribution, listOpenQuestions } from '../store/repos/live-session.js';
import { setParticipantDevice } from '../store/repos/participants.js';
import { findUserById } from '../store/repos/users.js';
import { findWorkshop } from '../store/repos/workshops.js';
import { buildUser } from '../store/testing/factories.js';
import { buildParticipant, buildWorkshop } from '../store/testing/workshop-factories.js';
import { TEST_DIALECTS } from '../store/testing/test-stores.js';
import { buildApp } from './app.js';
import { createLiveHub } from './live-hub.js';
import { PARTICIPANT_COOKIE } from './participant-cookie.js';
import { CSRF_HEADER, SESSION_COOKIE } from './session-cookie.js';
import {
  multipartUpload,
  startTestServer,
  TEST_PASSWORD,
  testConfig,
  type TestServer,
} from './testing/test-server.js';

/**
 * Everyone who may knock: a member of each role, a user of another project, a site admin,
 * nobody, and a workshop participant's phone (no account).
 */
type CallerName = ProjectRole | 'outsider' | 'admin' | 'anonymous' | 'participant';
const CALLERS: readonly CallerName[] = [
  ...PROJECT_ROLES,
  'outsider',
  'admin',
  'anonymous',
  'participant',
];

type Outcome = 'allowed' | 'unauthenticated' | 'forbidden' | 'not_found';

/**
 * What a caller must get from a route, from its access rule and core/access alone. A site
 * admin who is not a member acts as an owner; someone outside a project is told it does not
 * exist.
 */
function expectedOutcome(access: RouteAccess, caller: CallerName): Outcome {
  if (access === 'public') return 'allowed';
  // A participant's cookie opens the live routes of its workshop only; a user session never does.
  if (access === 'participant') return caller === 'participant' ? 'allowed' : 'unauthenticated';
  if (caller === 'anonymous' || caller === 'participant') return 'unauthenticated';
  if (access === 'user') return 'allowed';
  if (access === 'admin') return caller === 'admin' ? 'allowed' : 'forbidden';
  if (caller === 'outsider') return 'not_found';
  return can(caller === 'admin' ? 'owner' : caller, access) ? 'allowed' : 'forbidden';
}

/** A caller as the HTTP layer sees it: a user (absent for anonymous) and a session. */
interface Caller {
  readonly name: string;
  readonly user?: { readonly id: string; readonly email: string };
  readonly session?: { readonly cookie: string; readonly csrfToken: string };
  /** A phone that joined the fixture's live workshop. */
  readonly participant?: { readonly cookie: string; readonly csrfToken: string };
}

/** The input of one call; method and path come from the route table. */
interface Call {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: string;
  readonly body?: Readonly<Record<string, unknown>>;
  readonly upload?: { readonly name: string; readonly content: string };
  /** Send it on a throw-away session of the same user (the call ends its session). */
  readonly freshSession?: boolean;
  /** The input is deliberately minimal: an allowed caller gets a 4xx other than 401/403/404. */
  readonly minimal?: boolean;
}

interface Fixture {
  readonly server: TestServer;
  readonly baseUrl: string;
  readonly projectId: string;
  readonly lawId: string;
  readonly firstArticle: string;
  readonly owner: Caller;
  readonly observer: Caller;
  /** One obligation per caller, so review calls never race for a version. */
  readonly obligations: ReadonlyMap<string, string>;
  /** Laws imported by allowed calls, for allowed deletions to consume. */
  readonly throwAwayLaws: string[];
  /** The live session's workshops, set up once the project has its law. */
  readonly live?: LiveFixture;
}

/**
 * Two workshops of the project for the live routes: one the participant caller joined, with
 * a recommendation on screen and a vote open; one the chair calls act on.
 */
interface LiveFixture {
  readonly chairActor: Actor;
  readonly phones: { readonly id: string; readonly joinCode: string };
  readonly chair: { readonly id: string; readonly joinCode: string };
  /** A participant of the chair's workshop, author of throw-away contributions. */
  readonly chairParticipantId: string;
}

type CallBuilder = (fixture: Fixture, caller: Caller, outcome: Outcome) => Promise<Call> | Call;

const TINY_LAW = [
  'LOI N° 2024-001 PORTANT DISPOSITIONS DIVERSES',
  '',
  'Article 1 : La présente loi fixe des règles de procédure.',
  '',
  'Article 2 : Elle entre en vigueur à sa publication.',
  '',
].join('\n');

let serial = 0;
const unique = (): string => `${Date.now().toString(36)}${(serial++).toString(36)}`;

const project = (fixture: Fixture): Call => ({ params: { projectId: fixture.projectId } });

function obligationOf(fixture: Fixture, caller: Caller): string {
  const obligationId = fixture.obligations.get(caller.name);
  if (obligationId === undefined) throw new Error(`no obligation set aside for ${caller.name}`);
  return obligationId;
}

/** The finding's parameters and its current version, read just before the call. */
async function findingCall(fixture: Fixture, caller: Caller): Promise<Call & { version: number }> {
  const obligationId = obligationOf(fixture, caller);
  const params = { projectId: fixture.projectId, obligationId };
  const response = await send(fixture, {
    spec: ROUTES.getFinding,
    call: { params },
    caller: fixture.owner,
  });
  return { params, version: response.json<FindingDetail>().version };
}

/** A member added for the occasion, so an allowed change or removal touches nobody real. */
async function throwAwayMember(fixture: Fixture, role: ProjectRole): Promise<string> {
  const { workspace } = fixture.server;
  const user = await buildUser(workspace.store.db);
  const owner = fixture.owner.user ?? fail('the owner has no account');
  await setMember(workspace, {
    actor: { id: owner.id, name: 'Owner', isAdmin: false },
    projectId: fixture.projectId,
    email: user.email,
    role,
  });
  return user.id;
}

async function throwAwayLaw(fixture: Fixture): Promise<string> {
  const reused = fixture.throwAwayLaws.pop();
  if (reused !== undefined) return reused;
  const response = await send(fixture, {
    spec: ROUTES.importLaw,
    call: { ...project(fixture), upload: { name: 'jetable.txt', content: TINY_LAW } },
    caller: fixture.owner,
  });
  return response.json<ImportResult>().law.id;
}

/** A recommendation made for one call, moved to `status`; every call gets its own. */
async function throwAwayRecommendation(
  fixture: Fixture,
  status: 'draft' | 'proposed' = 'draft',
): Promise<{ params: Record<string, string>; version: number }> {
  const created = await send(fixture, {
    spec: ROUTES.createRecommendation,
    call: {
      ...project(fixture),
      body: {
        title: `Recommendation ${unique()}`,
        type: 'amend',
        priority: 'medium',
        targetLawId: null,
        targetText: 'Loi 2012-023',
        targetArticle: 'Article 1',
        wording: 'Le texte est complété.',
        rationale: '',
        findingIds: [],
        obligationIds: ['TIP.3.a'],
      },
    },
    caller: fixture.owner,
  });
  const detail = created.json<RecommendationDetail>();
  const params = { projectId: fixture.projectId, recommendationId: detail.id };
  if (status === 'draft') return { params, version: detail.version };
  const proposed = await send(fixture, {
    spec: ROUTES.proposeRecommendation,
    call: { params, body: { status: 'proposed', reason: '', version: detail.version } },
    caller: fixture.owner,
  });
  return { params, version: proposed.json<RecommendationDetail>().version };
}

/** A workshop planned for one call, so allowed changes and deletions touch nobody's. */
async function throwAwayWorkshop(
  fixture: Fixture,
): Promise<{ params: Record<string, string>; version: number }> {
  const created = await send(fixture, {
    spec: ROUTES.createWorkshop,
    call: {
      ...project(fixture),
      body: {
        title: `Atelier ${unique()}`,
        startsOn: '2026-12-07',
        endsOn: '2026-12-08',
        place: 'Bamako',
        organisers: '',
        partners: '',
        description: '',
      },
    },
    caller: fixture.owner,
  });
  const detail = created.json<WorkshopDetail>();
  return {
    params: { projectId: fixture.projectId, workshopId: detail.id },
    version: detail.version,
  };
}

/** A participant of a throw-away workshop. */
async function throwAwayParticipant(fixture: Fixture): Promise<Record<string, string>> {
  const { params } = await throwAwayWorkshop(fixture);
  const added = await send(fixture, {
    spec: ROUTES.addParticipant,
    call: { params, body: WORKSHOP_PARTICIPANT },
    caller: fixture.owner,
  });
  return { ...params, participantId: added.json<Participant>().id };
}

/**
 * A blank draft made for one call, with one article (and a saved version or a comment when
 * asked), so allowed changes and deletions touch nobody's.
 */
async function throwAwayDraft(
  fixture: Fixture,
  extra: { version?: boolean; comment?: boolean } = {},
): Promise<{ params: Record<string, string>; revision: number; key: string; commentId: string }> {
  const created = await send(fixture, {
    spec: ROUTES.createDraft,
    call: { ...project(fixture), body: { title: `Projet de loi ${unique()}`, origin: 'blank' } },
    caller: fixture.owner,
  });
  const draft = created.json<DraftDetail>();
  const params = { projectId: fixture.projectId, draftId: draft.id };
  const edited = await send(fixture, {
    spec: ROUTES.editDraft,
    call: {
      params,
      body: {
        baseRevision: draft.revision,
        edit: {
          op: 'insert',
          parentKey: null,
          index: 0,
          kind: 'article',
          heading: 'Objet',
          body: 'La présente loi a pour objet de prévenir la traite des personnes.',
        },
      },
    },
    caller: fixture.owner,
  });
  const result = edited.json<EditDraftResult>();
  const key = result.draft.body.find((node) => node.kind === 'article')?.key ?? fail('no article');
  if (extra.version === true) {
    await send(fixture, {
      spec: ROUTES.saveDraftVersion,
      call: { params, body: { name: 'Première lecture' } },
      caller: fixture.owner,
    });
  }
  let commentId = '';
  if (extra.comment === true) {
    const comment = await send(fixture, {
      spec: ROUTES.addDraftComment,
      call: { params: { ...params, key }, body: { body: 'À préciser' } },
      caller: fixture.owner,
    });
    commentId = comment.json<DraftComment>().id;
  }
  return { params, revision: result.revision, key, commentId };
}

const WORKSHOP_PARTICIPANT = {
  name: 'Awa Traoré',
  organisation: 'ONG Espoir',
  sector: 'civil_society',
  functionTitle: '',
  sex: 'female',
  email: '',
  phone: '',
};

const WORKSHOP_SESSION = {
  day: '2026-12-07',
  startsAt: '09:00',
  endsAt: '10:00',
  title: 'Ouverture',
  description: '',
  recommendationIds: [],
  obligationIds: ['TIP.3.a'],
};

/** A session of a throw-away workshop. */
async function throwAwaySession(fixture: Fixture): Promise<Record<string, string>> {
  const { params } = await throwAwayWorkshop(fixture);
  const added = await send(fixture, {
    spec: ROUTES.createSession,
    call: { params, body: WORKSHOP_SESSION },
    caller: fixture.owner,
  });
  return { ...params, sessionId: added.json<AgendaSession>().id };
}

/**
 * How to call each route with real inputs. Typed by the route names, so a new route does not
 * compile until it is listed here; allowed calls touch throw-away objects, denied ones aim at
 * real ones (which must survive).
 */
const CALLS: { readonly [TName in RouteName]: CallBuilder } = {
  // Anonymous logs in for real; members send a minimal body (each real login costs a hash).
  login: (fixture, caller) =>
    caller.user === undefined
      ? { body: { email: fixture.owner.user?.email, password: TEST_PASSWORD } }
      : { body: { email: 'not an email', password: 'x' }, freshSession: true, minimal: true },
  logout: () => ({ freshSession: true }),
  me: () => ({}),
  changePassword: () => ({ body: { current: 'x', next: 'short' }, minimal: true }),
  listUsers: () => ({}),
  createUser: (_fixture, caller) => ({
    body: {
      email: `new-${unique()}@example.org`,
      name: `Created by ${caller.name}`,
      password: 'a long enough password',
      locale: 'en',
    },
  }),
  // Allowed resets touch a throw-away account; denied ones aim at the observer, who must keep theirs.
  resetPassword: async (fixture, _caller, outcome) => {
    const observer = fixture.observer.user ?? fail('the observer has no account');
    const userId =
      outcome === 'allowed' ? (await buildUser(fixture.server.workspace.store.db)).id : observer.id;
    return { params: { userId }, body: { password: 'a long enough password' } };
  },
  catalogue: () => ({}),
  listProjects: () => ({}),
  regionalMatrix: () => ({ query: 'level=theme' }),
  exportRegional: () => ({ query: 'format=csv' }),
  createProject: (_fixture, caller) => ({
    body: { name: `Project of ${caller.name}`, country: 'ml', language: 'fr' },
  }),
  getProject: project,
  listMembers: project,
  addMember: async (fixture) => {
    const user = await buildUser(fixture.server.workspace.store.db);
    return { ...project(fixture), body: { email: user.email, role: 'observer' } };
  },
  changeRole: async (fixture, _caller, outcome) => {
    const observer = fixture.observer.user ?? fail('the observer has no account');
    const userId = outcome === 'allowed' ? await throwAwayMember(fixture, 'drafter') : observer.id;
    return { params: { projectId: fixture.projectId, userId }, body: { role: 'owner' } };
  },
  removeMember: async (fixture, _caller, outcome) => {
    const owner = fixture.owner.user ?? fail('the owner has no account');
    const userId = outcome === 'allowed' ? await throwAwayMember(fixture, 'observer') : owner.id;
    return { params: { projectId: fixture.projectId, userId } };
  },
  listLaws: project,
  importLaw: (fixture, caller) => ({
    ...project(fixture),
    upload: { name: `loi-${caller.name}.txt`, content: TINY_LAW },
  }),
  getLaw: (fixture) => ({ params: { projectId: fixture.projectId, lawId: fixture.lawId } }),
  deleteLaw: async (fixture, _caller, outcome) => ({
    params: {
      projectId: fixture.projectId,
      lawId: outcome === 'allowed' ? await throwAwayLaw(fixture) : fixture.lawId,
    },
  }),
  runAnalysis: project,
  listFindings: (fixture) => ({ ...project(fixture), query: 'instrument=TIP' }),
  getFinding: (fixture) => ({
    params: { projectId: fixture.projectId, obligationId: 'TIP.3.a' },
  }),
  setStatus: async (fixture, caller) => {
    const { params, version } = await findingCall(fixture, caller);
    return { params, body: { status: 'partial', reason: `Set by ${caller.name}`, version } };
  },
  confirmFinding: async (fixture, caller) => {
    const { params, version } = await findingCall(fixture, caller);
    return { params, body: { version } };
  },
  decideMapping: async (fixture, caller) => {
    const { params, version } = await findingCall(fixture, caller);
    return {
      params,
      body: { lawId: fixture.lawId, eId: fixture.firstArticle, decision: 'accepted', version },
    };
  },
  addComment: (fixture, caller) => ({
    params: { projectId: fixture.projectId, obligationId: 'TIP.3.a' },
    body: { body: `Comment by ${caller.name}` },
  }),
  dashboard: project,
  listRecommendations: (fixture) => ({ ...project(fixture), query: 'status=proposed' }),
  createRecommendation: (fixture, caller) => ({
    ...project(fixture),
    body: {
      title: `Written by ${caller.name}`,
      type: 'add',
      priority: 'high',
      targetLawId: fixture.lawId,
      targetText: 'Loi 2012-023',
      targetArticle: 'Article 2',
      wording: 'Ajouter un article.',
      rationale: 'Lacune.',
      findingIds: [],
      obligationIds: ['TIP.3.a'],
    },
  }),
  getRecommendation: async (fixture) => ({
    params: (await throwAwayRecommendation(fixture)).params,
  }),
  updateRecommendation: async (fixture, caller) => {
    const { params, version } = await throwAwayRecommendation(fixture);
    return { params, body: { title: `Retitled by ${caller.name}`, version } };
  },
  deleteRecommendation: async (fixture) => ({
    params: (await throwAwayRecommendation(fixture)).params,
  }),
  amendRecommendation: async (fixture, caller) => {
    const { params, version } = await throwAwayRecommendation(fixture);
    return { params, body: { wording: `Amended by ${caller.name}`, note: '', version } };
  },
  proposeRecommendation: async (fixture) => {
    const { params, version } = await throwAwayRecommendation(fixture);
    return { params, body: { status: 'proposed', reason: '', version } };
  },
  decideRecommendation: async (fixture) => {
    const { params, version } = await throwAwayRecommendation(fixture, 'proposed');
    return { params, body: { status: 'under_discussion', reason: '', version } };
  },
  commentOnRecommendation: async (fixture, caller) => ({
    params: (await throwAwayRecommendation(fixture)).params,
    body: { body: `Comment by ${caller.name}` },
  }),
  recommendationDiff: async (fixture) => ({
    params: (await throwAwayRecommendation(fixture)).params,
    query: 'from=1&to=1',
  }),
  listWorkshops: project,
  createWorkshop: (fixture, caller) => ({
    ...project(fixture),
    body: {
      title: `Atelier de ${caller.name}`,
      startsOn: '2026-12-07',
      endsOn: '2026-12-09',
      place: 'Bamako',
      organisers: '',
      partners: '',
      description: '',
    },
  }),
  getWorkshop: async (fixture) => ({ params: (await throwAwayWorkshop(fixture)).params }),
  updateWorkshop: async (fixture, caller) => {
    const { params, version } = await throwAwayWorkshop(fixture);
    return {
      params,
      body: {
        title: `Renamed by ${caller.name}`,
        startsOn: '2026-12-07',
        endsOn: '2026-12-08',
        place: 'Kayes',
        organisers: '',
        partners: '',
        description: '',
        version,
      },
    };
  },
  deleteWorkshop: async (fixture) => ({ params: (await throwAwayWorkshop(fixture)).params }),
  createSession: async (fixture) => ({
    params: (await throwAwayWorkshop(fixture)).params,
    body: WORKSHOP_SESSION,
  }),
  reorderSessions: async (fixture) => {
    const params = await throwAwaySession(fixture);
    return { params, body: { day: '2026-12-07', sessionIds: [params.sessionId] } };
  },
  updateSession: async (fixture, caller) => ({
    params: await throwAwaySession(fixture),
    body: { ...WORKSHOP_SESSION, title: `Retitled by ${caller.name}` },
  }),
  deleteSession: async (fixture) => ({ params: await throwAwaySession(fixture) }),
  listParticipants: async (fixture) => ({ params: (await throwAwayWorkshop(fixture)).params }),
  addParticipant: async (fixture) => ({
    params: (await throwAwayWorkshop(fixture)).params,
    body: WORKSHOP_PARTICIPANT,
  }),
  importParticipants: async (fixture) => ({
    params: (await throwAwayWorkshop(fixture)).params,
    upload: {
      name: 'presence.csv',
      content: 'Nom;Structure;Sexe;Jour 1\nAwa Traoré;ONG Espoir;F;x\n',
    },
  }),
  updateParticipant: async (fixture, caller) => ({
    params: await throwAwayParticipant(fixture),
    body: { ...WORKSHOP_PARTICIPANT, functionTitle: `Set by ${caller.name}` },
  }),
  deleteParticipant: async (fixture) => ({ params: await throwAwayParticipant(fixture) }),
  releaseParticipantPhone: async (fixture) => {
    const params = await throwAwayParticipant(fixture);
    // As if they had joined from a phone.
    await setParticipantDevice(
      fixture.server.workspace.store.db,
      params.participantId ?? '',
      `phone-${params.participantId ?? ''}`,
    );
    return { params };
  },
  listAttendance: async (fixture) => ({ params: (await throwAwayWorkshop(fixture)).params }),
  checkInParticipant: async (fixture) => {
    const { participantId, ...params } = await throwAwayParticipant(fixture);
    return { params, body: { participantId, day: '2026-12-07' } };
  },
  undoCheckIn: async (fixture) => {
    const params = await throwAwayParticipant(fixture);
    await send(fixture, {
      spec: ROUTES.checkInParticipant,
      call: {
        params: { projectId: fixture.projectId, workshopId: params.workshopId ?? '' },
        body: { participantId: params.participantId, day: '2026-12-07' },
      },
      caller: fixture.owner,
    });
    return { params: { ...params, day: '2026-12-07' } };
  },
  workshopStatistics: async (fixture) => ({ params: (await throwAwayWorkshop(fixture)).params }),
  exportWorkshop: async (fixture) => ({
    params: (await throwAwayWorkshop(fixture)).params,
    query: 'format=csv&part=statistics',
  }),
  listDrafts: project,
  createDraft: (fixture, caller) => ({
    ...project(fixture),
    body: { title: `Projet de loi de ${caller.name}`, origin: 'blank' },
  }),
  getDraft: async (fixture) => ({ params: (await throwAwayDraft(fixture)).params }),
  updateDraft: async (fixture, caller) => {
    const { params, revision } = await throwAwayDraft(fixture);
    return { params, body: { title: `Renommé par ${caller.name}`, baseRevision: revision } };
  },
  deleteDraft: async (fixture) => ({ params: (await throwAwayDraft(fixture)).params }),
  editDraft: async (fixture, caller) => {
    const { params, revision, key } = await throwAwayDraft(fixture);
    return {
      params,
      body: {
        baseRevision: revision,
        edit: { op: 'update', key, body: `Texte écrit par ${caller.name}.` },
      },
    };
  },
  saveDraftVersion: async (fixture, caller) => ({
    params: (await throwAwayDraft(fixture)).params,
    body: { name: `Version de ${caller.name}`, note: '' },
  }),
  restoreDraftVersion: async (fixture) => ({
    params: { ...(await throwAwayDraft(fixture, { version: true })).params, number: '1' },
  }),
  compareDraft: async (fixture) => ({
    params: (await throwAwayDraft(fixture)).params,
    query: `left=law:${fixture.lawId}&right=current`,
  }),
  draftCoverage: async (fixture) => ({ params: (await throwAwayDraft(fixture)).params }),
  listDraftComments: async (fixture) => {
    const { params, key } = await throwAwayDraft(fixture);
    return { params: { ...params, key } };
  },
  addDraftComment: async (fixture, caller) => {
    const { params, key } = await throwAwayDraft(fixture);
    return { params: { ...params, key }, body: { body: `Remarque de ${caller.name}` } };
  },
  resolveDraftComment: async (fixture) => {
    const { params, commentId } = await throwAwayDraft(fixture, { comment: true });
    return { params: { ...params, commentId }, body: { resolved: true } };
  },
  exportDraft: async (fixture) => ({
    params: (await throwAwayDraft(fixture)).params,
    query: 'format=akn',
  }),
  downloadReport: (fixture) => ({
    params: { projectId: fixture.projectId, kind: 'analysis' },
    query: 'format=html&language=en',
  }),
  exportConcordance: (fixture) => ({ ...project(fixture), query: 'format=csv' }),
  exportRecommendations: (fixture) => ({ ...project(fixture), query: 'format=xlsx' }),
  audit: (fixture) => ({ ...project(fixture), query: 'limit=5' }),
  events: project,
  liveWorkshop: (fixture) => phones(fixture),
  // Every user joins as a new participant; the participant caller gets its identity back.
  joinWorkshop: (fixture, caller) => ({
    ...phones(fixture),
    body: { name: `Phone of ${caller.name} ${unique()}`, organisation: 'ONG Espoir', sex: 'male' },
  }),
  liveState: (fixture) => phones(fixture),
  castVote: async (fixture) => ({
    ...phones(fixture),
    body: { questionId: await openQuestionOf(fixture), choice: 'for' },
  }),
  contribute: async (fixture, caller) => ({
    ...phones(fixture),
    body: {
      recommendationId: await shownOn(fixture),
      kind: 'comment',
      body: `Comment from the phone of ${caller.name}`,
    },
  }),
  selfCheckIn: (fixture) => phones(fixture),
  liveEvents: (fixture) => phones(fixture),
  getLiveSession: (fixture) => chairOf(fixture),
  showRecommendation: async (fixture) => ({
    ...chairOf(fixture),
    body: {
      recommendationId: (await throwAwayRecommendation(fixture, 'proposed')).params
        .recommendationId,
    },
  }),
  openVote: async (fixture, _caller, outcome) => {
    if (outcome === 'allowed') await closeChairVote(fixture);
    const { params } = await throwAwayRecommendation(fixture, 'proposed');
    return { ...chairOf(fixture), body: { recommendationId: params.recommendationId } };
  },
  closeVote: async (fixture, _caller, outcome) => {
    if (outcome === 'allowed') await openChairVote(fixture);
    return chairOf(fixture);
  },
  recordDecision: async (fixture, _caller, outcome) => {
    if (outcome === 'allowed') await showOnChair(fixture);
    return {
      ...chairOf(fixture),
      body: { status: 'deferred', method: 'consensus', reason: 'Plus de consultations' },
    };
  },
  acceptAmendment: async (fixture) => ({
    params: { ...chairOf(fixture).params, contributionId: await throwAwayContribution(fixture) },
    body: {},
  }),
  dismissContribution: async (fixture) => ({
    params: { ...chairOf(fixture).params, contributionId: await throwAwayContribution(fixture) },
  }),
  liveQr: (fixture) => chairOf(fixture),
};

function liveOf(fixture: Fixture): LiveFixture {
  return fixture.live ?? fail('the live workshops are not set up');
}

const phones = (fixture: Fixture): Call => ({
  params: { joinCode: liveOf(fixture).phones.joinCode },
});
const chairOf = (fixture: Fixture): Call & { params: Record<string, string> } => ({
  params: { projectId: fixture.projectId, workshopId: liveOf(fixture).chair.id },
});

/** The recommendation on the phones' screen. */
async function shownOn(fixture: Fixture): Promise<string> {
  const live = liveOf(fixture);
  const workshop = await findWorkshop(
    fixture.server.workspace.store.db,
    fixture.projectId,
    live.phones.id,
  );
  return workshop?.currentRecommendationId ?? fail('nothing on the phones’ screen');
}

/** The phones' workshop's open question (one is opened when none is). */
async function openQuestionOf(fixture: Fixture): Promise<string> {
  const live = liveOf(fixture);
  const db = fixture.server.workspace.store.db;
  const [open] = await listOpenQuestions(db, live.phones.id);
  if (open !== undefined) return open.id;
  await openVote(fixture.server.workspace, {
    actor: live.chairActor,
    projectId: fixture.projectId,
    workshopId: live.phones.id,
    recommendationId: await shownOn(fixture),
  });
  const [opened] = await listOpenQuestions(db, live.phones.id);
  return opened?.id ?? fail('no question opened');
}

const chairRequest = (fixture: Fixture) => ({
  actor: liveOf(fixture).chairActor,
  projectId: fixture.projectId,
  workshopId: liveOf(fixture).chair.id,
});

async function closeChairVote(fixture: Fixture): Promise<void> {
  const open = await listOpenQuestions(fixture.server.workspace.store.db, liveOf(fixture).chair.id);
  if (open.length > 0) await closeVote(fixture.server.workspace, chairRequest(fixture));
}

/** A fresh proposed recommendation on the chair's screen (under discussion), no vote open. */
async function showOnChair(fixture: Fixture): Promise<string> {
  await closeChairVote(fixture);
  const { params } = await throwAwayRecommendation(fixture, 'proposed');
  const recommendationId = params.recommendationId ?? fail('no recommendation');
  await showRecommendation(fixture.server.workspace, {
    ...chairRequest(fixture),
    recommendationId,
  });
  return recommendationId;
}

async function openChairVote(fixture: Fixture): Promise<void> {
  const recommendationId = await showOnChair(fixture);
  await openVote(fixture.server.workspace, { ...chairRequest(fixture), recommendationId });
}

/** An amendment on a throw-away recommendation of the chair's workshop. */
async function throwAwayContribution(fixture: Fixture): Promise<string> {
  const { params } = await throwAwayRecommendation(fixture, 'proposed');
  const contribution = await insertContribution(fixture.server.workspace.store.db, {
    workshopId: liveOf(fixture).chair.id,
    recommendationId: params.recommendationId ?? fail('no recommendation'),
    participantId: liveOf(fixture).chairParticipantId,
    kind: 'amendment',
    body: 'Plus précis',
    proposedWording: `Le texte est complété et précisé (${unique()}).`,
  });
  return contribution.id;
}

/** The live workshops, and the participant caller's phone joined to the first. */
async function setUpLive(fixture: Fixture, owner: Actor): Promise<LiveFixture> {
  const db = fixture.server.workspace.store.db;
  const today = localDay();
  const dates = { startsOn: today, endsOn: today };
  const phonesWorkshop = await buildWorkshop(db, {
    projectId: fixture.projectId,
    createdBy: owner.id,
    ...dates,
  });
  const chair = await buildWorkshop(db, {
    projectId: fixture.projectId,
    createdBy: owner.id,
    ...dates,
  });
  const { params } = await throwAwayRecommendation(fixture, 'proposed');
  await showRecommendation(fixture.server.workspace, {
    actor: owner,
    projectId: fixture.projectId,
    workshopId: phonesWorkshop.id,
    recommendationId: params.recommendationId ?? fail('no recommendation'),
  });
  const participant = await buildParticipant(db, chair.id);
  return { chairActor: owner, phones: phonesWorkshop, chair, chairParticipantId: participant.id };
}

/** A phone joins the workshop of `joinCode`: its cookie and CSRF token. */
async function joinFromPhone(
  fixture: Fixture,
  joinCode: string,
  name: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fixture.server.app.inject({
    method: 'POST',
    url: `/api/live/${joinCode}/join`,
    payload: { name, organisation: 'Association des juristes', sex: 'female' },
  });
  const cookie =
    response.cookies.find((item) => item.name === PARTICIPANT_COOKIE)?.value ?? fail('no cookie');
  return { cookie, csrfToken: response.json<JoinResult>().csrfToken };
}

/** Calls that end something shared go last. */
const LAST: readonly RouteName[] = ['deleteLaw', 'removeMember', 'logout'];
const ROUTE_ORDER: readonly RouteName[] = [
  ...(Object.keys(ROUTES) as RouteName[]).filter((name) => !LAST.includes(name)),
  ...LAST,
];

function fail(message: string): never {
  throw new Error(message);
}

function urlOf(spec: RouteSpec, call: Call): string {
  const path = spec.path.replace(
    /:(\w+)/g,
    (_match, name: string) => call.params?.[name] ?? fail(`${spec.path}: no ${name}`),
  );
  return call.query === undefined ? path : `${path}?${call.query}`;
}

/** What came back: the status and the error code, whatever the transport. */
interface Answer {
  readonly status: number;
  readonly error: string | undefined;
  readonly contentType: string;
  /** The session cookie the answer sets, if any. */
  readonly sessionCookie?: string;
  json<T>(): T;
}

const fromInject = (response: LightMyRequestResponse): Answer => ({
  status: response.statusCode,
  error: errorOf(response.headers['content-type'], () => response.json()),
  contentType: String(response.headers['content-type'] ?? ''),
  sessionCookie: response.cookies.find((item) => item.name === SESSION_COOKIE)?.value,
  json: <T>() => response.json<T>(),
});

function errorOf(contentType: unknown, read: () => unknown): string | undefined {
  if (!String(contentType).includes('json')) return undefined;
  const body = read() as { error?: unknown };
  return typeof body.error === 'string' ? body.error : undefined;
}

/** A server-sent event stream never ends: read its head over a real socket, then hang up. */
async function openStream(url: string, caller: Caller): Promise<Answer> {
  const controller = new AbortController();
  const cookies = Object.entries(cookiesOf(caller)).map(([name, value]) => `${name}=${value}`);
  const headers: Record<string, string> =
    cookies.length === 0 ? {} : { cookie: cookies.join('; ') };
  const response = await fetch(url, { headers, signal: controller.signal });
  const contentType = response.headers.get('content-type') ?? '';
  const text = contentType.includes('json') ? await response.text() : '';
  controller.abort();
  const parse = (): unknown => JSON.parse(text);
  return {
    status: response.status,
    error: errorOf(contentType, parse),
    contentType,
    json: <T>() => parse() as T,
  };
}

/** The cookies a caller's browser or phone sends. */
function cookiesOf(caller: Caller): Record<string, string> {
  return {
    ...(caller.session === undefined ? {} : { [SESSION_COOKIE]: caller.session.cookie }),
    ...(caller.participant === undefined
      ? {}
      : { [PARTICIPANT_COOKIE]: caller.participant.cookie }),
  };
}

async function sessionFor(fixture: Fixture, caller: Caller, fresh: boolean): Promise<Caller> {
  if (!fresh || caller.user === undefined) return caller;
  const issued = await startSession(fixture.server.workspace.store, {
    userId: caller.user.id,
    ttlMs: 60_000,
  });
  return { ...caller, session: { cookie: issued.token, csrfToken: issued.csrfToken } };
}

async function send(
  fixture: Fixture,
  request: { readonly spec: RouteSpec; readonly call: Call; readonly caller: Caller },
): Promise<Answer> {
  const { spec, call } = request;
  const caller = await sessionFor(fixture, request.caller, call.freshSession === true);
  const url = urlOf(spec, call);
  if (spec === ROUTES.events || spec === ROUTES.liveEvents) {
    return openStream(`${fixture.baseUrl}${url}`, caller);
  }
  const form = call.upload && multipartUpload(call.upload.name, call.upload.content);
  const csrfToken = caller.session?.csrfToken ?? caller.participant?.csrfToken;
  return fromInject(
    await fixture.server.app.inject({
      method: spec.method,
      url,
      cookies: cookiesOf(caller),
      headers: {
        ...form?.headers,
        ...(csrfToken === undefined || spec.method === 'GET' ? {} : { [CSRF_HEADER]: csrfToken }),
      },
      ...(form !== undefined
        ? { payload: form.payload }
        : call.body === undefined
          ? {}
          : { payload: call.body }),
    }),
  );
}

/** The answer in the vocabulary of outcomes, or its raw status and code when it fits none. */
function outcomeOf(answer: Answer, request: { spec: RouteSpec; call: Call }): string {
  const { status, error } = answer;
  if (status === (request.spec.status ?? 200) && request.call.minimal !== true) return 'allowed';
  if (request.call.minimal === true && status >= 400 && status < 500) {
    if (![401, 403, 404].includes(status)) return 'allowed';
  }
  if (status === 401 && error === 'unauthenticated') return 'unauthenticated';
  if (status === 403 && error === 'forbidden') return 'forbidden';
  if (status === 404 && error === 'not_found') return 'not_found';
  return `${status} ${error ?? answer.contentType}`;
}

/** An account with a session opened directly: no password hashing per caller. */
async function newCaller(
  server: TestServer,
  name: string,
  account: { readonly passwordHash: string; readonly isAdmin?: boolean },
): Promise<Caller & { readonly actor: Actor }> {
  const user = await buildUser(server.workspace.store.db, {
    name,
    passwordHash: account.passwordHash,
    isAdmin: account.isAdmin ?? false,
  });
  const session = await startSession(server.workspace.store, {
    userId: user.id,
    ttlMs: 3_600_000,
  });
  return {
    name,
    actor: actorOf(user),
    user: { id: user.id, email: user.email },
    session: { cookie: session.token, csrfToken: session.csrfToken },
  };
}

describe.each(TEST_DIALECTS)('who may call what, on %s', (dialect) => {
  let server: TestServer;
  let fixture: Fixture;
  const callers = new Map<CallerName, Caller>();
  const exercised = new Set<RouteName>();

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const baseUrl = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const owner = await newCaller(server, 'owner', { passwordHash });
    callers.set('owner', owner);
    const team = await createProject(server.workspace, {
      actor: owner.actor,
      input: { name: 'Committee', country: 'ML', language: 'fr', description: '' },
    });
    for (const role of PROJECT_ROLES.filter((each) => each !== 'owner')) {
      const member = await newCaller(server, role, { passwordHash });
      await setMember(server.workspace, {
        actor: owner.actor,
        projectId: team.id,
        email: member.user?.email ?? '',
        role,
      });
      callers.set(role, member);
    }
    const outsider = await newCaller(server, 'outsider', { passwordHash });
    await createProject(server.workspace, {
      actor: outsider.actor,
      input: { name: 'Another committee', country: 'NE', language: 'fr', description: '' },
    });
    callers.set('outsider', outsider);
    callers.set('admin', await newCaller(server, 'admin', { passwordHash, isAdmin: true }));
    callers.set('anonymous', { name: 'anonymous' });

    const setUp: Omit<Fixture, 'lawId' | 'firstArticle' | 'obligations'> = {
      server,
      baseUrl,
      projectId: team.id,
      owner,
      observer: callers.get('observer') ?? fail('no observer'),
      throwAwayLaws: [],
    };
    const asOwner = { ...setUp, lawId: '', firstArticle: '', obligations: new Map() };
    const imported = await send(asOwner, {
      spec: ROUTES.importLaw,
      call: {
        ...project(asOwner),
        upload: { name: 'loi.txt', content: await readFile(DEMO_LAW, 'utf8') },
      },
      caller: owner,
    });
    const lawId = imported.json<ImportResult>().law.id;
    const law = (
      await send(asOwner, {
        spec: ROUTES.getLaw,
        call: { params: { projectId: team.id, lawId } },
        caller: owner,
      })
    ).json<LawDetail>();
    const table = (
      await send(asOwner, { spec: ROUTES.listFindings, call: project(asOwner), caller: owner })
    ).json<FindingTable>();
    const spare = table.findings.slice(10).map((row) => row.obligationId);
    fixture = {
      ...setUp,
      lawId,
      firstArticle: law.articles[0]?.eId ?? fail('the demo law has no article'),
      obligations: new Map(
        [...CALLERS, 'newcomer', 'instances', 'silent'].map((name, index) => [
          name,
          spare[index] ?? fail('few rows'),
        ]),
      ),
    };
    const live = await setUpLive(fixture, owner.actor);
    const phone = await joinFromPhone(fixture, live.phones.joinCode, 'Awa Participante');
    callers.set('participant', { name: 'participant', participant: phone });
    fixture = { ...fixture, live };
  }, 120_000);
  afterAll(() => server.close());

  it.each(ROUTE_ORDER)('%s answers each caller as its access rule says', async (name) => {
    const spec: RouteSpec = ROUTES[name];
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const callerName of CALLERS) {
      const caller = callers.get(callerName) ?? fail(`no ${callerName}`);
      const outcome = expectedOutcome(spec.access, callerName);
      const call = await CALLS[name](fixture, caller, outcome);
      const answer = await send(fixture, { spec, call, caller });
      expected[callerName] = outcome;
      actual[callerName] = outcomeOf(answer, { spec, call });
      if (name === 'importLaw' && answer.status === 201) {
        fixture.throwAwayLaws.push(answer.json<ImportResult>().law.id);
      }
      if ((name === 'events' || name === 'liveEvents') && outcome === 'allowed') {
        expect(answer.contentType).toContain('text/event-stream');
      }
    }
    exercised.add(name);
    expect({ route: name, access: spec.access, ...actual }).toEqual({
      route: name,
      access: spec.access,
      ...expected,
    });
  });

  it('refuses a participant’s phone at another workshop, and a participant change without its CSRF token', async () => {
    const live = liveOf(fixture);
    const phone = callers.get('participant')?.participant ?? fail('no participant');
    const elsewhere = await server.app.inject({
      method: 'GET',
      url: `/api/live/${live.chair.joinCode}/state`,
      cookies: { [PARTICIPANT_COOKIE]: phone.cookie },
    });
    expect(elsewhere.statusCode).toBe(401);
    const unsigned = await server.app.inject({
      method: 'POST',
      url: `/api/live/${live.phones.joinCode}/check-in`,
      cookies: { [PARTICIPANT_COOKIE]: phone.cookie },
    });
    expect(unsigned.json()).toMatchObject({ error: 'csrf_failed' });
  });

  it('has driven every route of the table', () => {
    const missed = (Object.keys(ROUTES) as RouteName[]).filter((name) => !exercised.has(name));
    expect(missed).toEqual([]);
  });

  it('left the real objects that denied callers aimed at in place', async () => {
    const owner = fixture.owner;
    const laws = await send(fixture, {
      spec: ROUTES.listLaws,
      call: project(fixture),
      caller: owner,
    });
    expect(laws.json<{ laws: { id: string }[] }>().laws.map((law) => law.id)).toContain(
      fixture.lawId,
    );
    const members = await send(fixture, {
      spec: ROUTES.listMembers,
      call: project(fixture),
      caller: owner,
    });
    const roles = new Map(
      members
        .json<{ members: { user: { id: string }; role: string }[] }>()
        .members.map((member) => [member.user.id, member.role]),
    );
    expect(roles.get(owner.user?.id ?? '')).toBe('owner');
    expect(roles.get(fixture.observer.user?.id ?? '')).toBe('observer');
  });

  it('lets a user who must change the password only see who they are, log out or change it; the change ends the old sessions', async () => {
    const db = server.workspace.store.db;
    const owner = await findUserById(db, fixture.owner.user?.id ?? '');
    // A site admin acts as an owner everywhere: only the password rule can refuse them.
    const user = await buildUser(db, {
      passwordHash: owner?.passwordHash ?? fail('no owner'),
      isAdmin: true,
      mustChangePassword: true,
    });
    const open = () => startSession(server.workspace.store, { userId: user.id, ttlMs: 60_000 });
    const [first, second] = [await open(), await open()];
    const newcomer: Caller = {
      name: 'newcomer',
      user: { id: user.id, email: user.email },
      session: { cookie: first.token, csrfToken: first.csrfToken },
    };
    const stillOpen = new Set<RouteName>(['me', 'logout', 'changePassword']);
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const name of ROUTE_ORDER) {
      const spec: RouteSpec = ROUTES[name];
      if (spec.access === 'public' || spec.access === 'participant' || name === 'changePassword') {
        continue;
      }
      const call = await CALLS[name](fixture, newcomer, 'forbidden');
      const answer = await send(fixture, { spec, call, caller: newcomer });
      expected[name] = stillOpen.has(name) ? 'allowed' : 'forbidden';
      actual[name] = outcomeOf(answer, { spec, call });
    }
    expect(actual).toEqual(expected);

    const changed = await send(fixture, {
      spec: ROUTES.changePassword,
      call: { body: { current: TEST_PASSWORD, next: 'a brand new passphrase' } },
      caller: newcomer,
    });
    expect(changed.json()).toMatchObject({ id: user.id, mustChangePassword: false });
    const me = (cookie: string) =>
      server.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        cookies: { [SESSION_COOKIE]: cookie },
      });
    expect((await me(first.token)).statusCode).toBe(401);
    expect((await me(second.token)).statusCode).toBe(401);
    const renewed = changed.sessionCookie ?? fail('no new session cookie');
    expect((await me(renewed)).json()).toMatchObject({ user: { mustChangePassword: false } });
    const projects = await server.app.inject({
      method: 'GET',
      url: '/api/projects',
      cookies: { [SESSION_COOKIE]: renewed },
    });
    expect(projects.statusCode).toBe(200);
  });

  it.skipIf(dialect !== 'postgres')(
    'carries a change made through a second instance to this one’s table and live streams (PostgreSQL only: SQLite’s channel serves one process)',
    async () => {
      const obligationId = obligationOf(fixture, { name: 'instances' });
      const silent = obligationOf(fixture, { name: 'silent' });
      const storeB = await server.store.openSibling();
      const tablesB = new FindingTableCache(storeB.live);
      const hubB = createLiveHub(storeB.live);
      const appB = await buildApp({
        workspace: { store: storeB, catalogue: server.workspace.catalogue, tables: tablesB },
        config: testConfig(),
        hub: hubB,
      });
      const stream = new AbortController();
      try {
        const readTable = async () =>
          new Map(
            (
              await send(fixture, {
                spec: ROUTES.listFindings,
                call: project(fixture),
                caller: fixture.observer,
              })
            )
              .json<FindingTable>()
              .findings.map((row) => [row.obligationId, row]),
          );
        const before = await readTable();
        const row = before.get(obligationId) ?? fail(`no row ${obligationId}`);
        // Changed behind the server's back: instance A keeps serving its cached table.
        await storeB.db
          .updateTable('findings')
          .set({ status: 'not_applicable' })
          .where('project_id', '=', fixture.projectId)
          .where('obligation_id', '=', silent)
          .execute();
        expect((await readTable()).get(silent)?.status).toBe(before.get(silent)?.status);

        const events = await openEventStream(fixture, stream.signal);
        const status = row.status === 'aligned' ? 'missing' : 'aligned';
        const analyst = callers.get('analyst')?.session ?? fail('no analyst');
        const saved = await appB.inject({
          method: 'PATCH',
          url: `/api/projects/${fixture.projectId}/findings/${obligationId}`,
          cookies: { [SESSION_COOKIE]: analyst.cookie },
          headers: { [CSRF_HEADER]: analyst.csrfToken },
          payload: { status, reason: 'Changed through instance B', version: row.version },
        });
        expect(saved.statusCode).toBe(200);

        const change = await events.next(
          (event) => event.event === 'change' && event.data.includes(obligationId),
        );
        expect(JSON.parse(change.data)).toMatchObject({
          projectId: fixture.projectId,
          kind: 'finding',
          objectId: obligationId,
        });
        const after = await readTable();
        expect(after.get(obligationId)).toMatchObject({ status, version: row.version + 1 });
        expect(after.get(silent)?.status).toBe('not_applicable');
      } finally {
        stream.abort();
        hubB.close();
        tablesB.close();
        await appB.close();
      }
    },
  );
});

interface StreamEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * Opens the project's event stream on the listening server as the observer's browser would,
 * and returns a reader that waits for the first event matching a test.
 */
async function openEventStream(
  fixture: Fixture,
  signal: AbortSignal,
): Promise<{ next(test: (event: StreamEvent) => boolean): Promise<StreamEvent> }> {
  const cookie = fixture.observer.session?.cookie ?? fail('no observer session');
  const response = await fetch(`${fixture.baseUrl}/api/projects/${fixture.projectId}/events`, {
    headers: { cookie: `${SESSION_COOKIE}=${cookie}`, accept: 'text/event-stream' },
    signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  // fetch types its body loosely; an event stream is bytes.
  const body = (response.body ?? fail('no stream body')) as ReadableStream<Uint8Array>;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let timedOut = false;
  const read = async (): Promise<string> => {
    const chunk = await reader.read();
    if (chunk.done) throw new Error(timedOut ? 'no such event in 10 s' : 'the stream ended');
    return decoder.decode(chunk.value, { stream: true });
  };
  // The stream's first frame (its retry delay) means the server has attached it.
  while (!buffered.includes('\n\n')) buffered += await read();
  buffered = buffered.slice(buffered.indexOf('\n\n') + 2);
  return {
    async next(test) {
      const deadline = setTimeout(() => {
        timedOut = true;
        void reader.cancel();
      }, 10_000);
      try {
        for (;;) {
          const end = buffered.indexOf('\n\n');
          if (end === -1) {
            buffered += await read();
            continue;
          }
          const frame = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const event = parseFrame(frame);
          if (event !== undefined && test(event)) return event;
        }
      } finally {
        clearTimeout(deadline);
      }
    },
  };
}

function parseFrame(frame: string): StreamEvent | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  return data.length === 0 ? undefined : { event, data: data.join('\n') };
}
