import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { ROUTES } from '../../contract/routes.js';
import {
  castVote,
  contribute,
  joinWorkshop,
  liveWorkshop,
  participantState,
  selfCheckIn,
} from '../../services/live-participants.js';
import {
  acceptAmendment,
  closeVote,
  dismissContribution,
  openVote,
  recordDecision,
  showRecommendation,
} from '../../services/live-session.js';
import { getLiveSession } from '../../services/live-screen.js';
import { joinUrlOf } from '../../services/live-views.js';
import { requireProject } from '../../services/project-access.js';
import { findWorkshop } from '../../store/repos/workshops.js';
import type { Actor } from '../../services/accounts.js';
import { AppError } from '../../services/app-error.js';
import type { AddRoute } from '../add-route.js';
import { openEventStream } from '../event-stream.js';
import { phoneBaseUrl } from '../lan.js';
import { participantToken, setParticipantCookie } from '../participant-cookie.js';
import type { ServerDeps } from '../server-deps.js';

/** Kinds of change a phone hears of: the live session of its workshop, and recommendations. */
const PHONE_KINDS: ReadonlySet<string> = new Set(['live', 'recommendation']);

/**
 * The live session: participants' phones under /api/live/:joinCode (no account, the
 * participant cookie), and the chair's screen under the workshop (`workshop.manage`).
 */
export function liveSessionRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;

  add(ROUTES.liveWorkshop, ({ params, request }) =>
    liveWorkshop(workspace, { ...params, token: participantToken(request) }),
  );
  add(ROUTES.joinWorkshop, async ({ params, body, request, reply }) => {
    const joined = await joinWorkshop(workspace, {
      ...params,
      token: participantToken(request),
      body,
    });
    setParticipantCookie(reply, joined.token, deps.config);
    return joined.result;
  });
  add(ROUTES.liveState, ({ participant }) => participantState(workspace, participant));
  add(ROUTES.castVote, ({ participant, body }) => castVote(workspace, participant, body));
  add(ROUTES.contribute, ({ participant, body }) => contribute(workspace, participant, body));
  add(ROUTES.selfCheckIn, ({ participant }) => selfCheckIn(workspace, participant));
  add(ROUTES.liveEvents, ({ participant, reply }) => {
    const { workshop } = participant;
    const response = openEventStream(reply);
    // Phones hear that something moved, never who did it nor each vote.
    deps.hub.attach(workshop.projectId, response, (change) =>
      PHONE_KINDS.has(change.kind) && (change.kind !== 'live' || change.objectId === workshop.id)
        ? `event: change\ndata: ${JSON.stringify({ kind: change.kind })}\n\n`
        : undefined,
    );
    return Promise.resolve(undefined);
  });

  /** The chair's screen as it stands, with the join address this request came through. */
  const chairView = (
    actor: Actor,
    params: { readonly projectId: string; readonly workshopId: string },
    request: FastifyRequest,
  ) =>
    getLiveSession(workspace, {
      actor,
      projectId: params.projectId,
      workshopId: params.workshopId,
      baseUrl: phoneBaseUrl(deps.config, request),
    });

  add(ROUTES.getLiveSession, ({ actor, params, request }) => chairView(actor, params, request));
  // Each action of the chair answers with the screen after it.
  add(ROUTES.showRecommendation, async ({ actor, params, body, request }) => {
    await showRecommendation(workspace, { actor, ...params, ...body });
    return chairView(actor, params, request);
  });
  add(ROUTES.openVote, async ({ actor, params, body, request }) => {
    await openVote(workspace, { actor, ...params, ...body });
    return chairView(actor, params, request);
  });
  add(ROUTES.closeVote, async ({ actor, params, request }) => {
    await closeVote(workspace, { actor, ...params });
    return chairView(actor, params, request);
  });
  add(ROUTES.recordDecision, async ({ actor, params, body, request }) => {
    await recordDecision(workspace, { actor, ...params, ...body });
    return chairView(actor, params, request);
  });
  add(ROUTES.acceptAmendment, async ({ actor, params, body, request }) => {
    await acceptAmendment(workspace, { actor, ...params, ...body });
    return chairView(actor, params, request);
  });
  add(ROUTES.dismissContribution, async ({ actor, params, request }) => {
    await dismissContribution(workspace, { actor, ...params });
    return chairView(actor, params, request);
  });
  add(ROUTES.liveQr, async ({ actor, params, request, reply }) => {
    const db = workspace.store.db;
    await requireProject(db, { actor, projectId: params.projectId, action: 'workshop.manage' });
    const workshop = await findWorkshop(db, params.projectId, params.workshopId);
    if (workshop === undefined) throw new AppError('not_found', 'Workshop not found');
    const url = joinUrlOf(phoneBaseUrl(deps.config, request), workshop.joinCode);
    const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    await reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'no-store').send(svg);
    return undefined;
  });
}
