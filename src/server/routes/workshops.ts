import { basename } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { ROUTES } from '../../contract/routes.js';
import { AppError } from '../../services/app-error.js';
import {
  MAX_SHEET_BYTES,
  addParticipant,
  changeParticipant,
  importParticipants,
  releaseParticipantPhone,
  removeParticipant,
  workshopParticipants,
} from '../../services/workshop-participants.js';
import {
  checkInParticipant,
  undoParticipantCheckIn,
  workshopAttendance,
} from '../../services/workshop-attendance.js';
import {
  addSession,
  changeSession,
  removeSession,
  reorderSessions,
} from '../../services/workshop-agenda.js';
import { exportWorkshop, workshopStatistics } from '../../services/workshop-records.js';
import {
  createWorkshop,
  projectWorkshops,
  removeWorkshop,
  updateWorkshop,
  workshopDetail,
} from '../../services/workshops.js';
import type { AddRoute } from '../add-route.js';
import type { ServerDeps } from '../server-deps.js';
import { sendDownload } from './download.js';

/** The attendance sheet of a multipart upload, refused past 5 MB before it is all read. */
async function readSheetUpload(
  request: FastifyRequest,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!request.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      'Send the attendance sheet as multipart/form-data, field "file"',
    );
  }
  const file = await request.file({ limits: { fileSize: MAX_SHEET_BYTES, files: 1 } });
  if (file === undefined) throw new AppError('bad_request', 'No file in the upload (field "file")');
  const fileName = basename(file.filename.replace(/\\/g, '/')).slice(0, 200) || 'sheet';
  let bytes: Buffer;
  try {
    bytes = await file.toBuffer();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) {
      throw new AppError('payload_too_large', `${fileName}: the sheet is larger than 5 MB`);
    }
    throw error;
  }
  if (bytes.byteLength === 0) throw new AppError('import_failed', `${fileName}: the file is empty`);
  return { fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Workshops: the event, agenda, participants, attendance, statistics and exports. */
export function workshopRoutes(add: AddRoute, deps: ServerDeps): void {
  const workspace = deps.workspace;
  const ok = { ok: true as const };
  add(ROUTES.listWorkshops, async ({ actor, params }) => ({
    workshops: await projectWorkshops(workspace, { actor, ...params }),
  }));
  add(ROUTES.createWorkshop, ({ actor, params, body }) =>
    createWorkshop(workspace, { actor, ...params, details: body }),
  );
  add(ROUTES.getWorkshop, ({ actor, params }) => workshopDetail(workspace, { actor, ...params }));
  add(ROUTES.updateWorkshop, ({ actor, params, body }) => {
    const { version, ...details } = body;
    return updateWorkshop(workspace, { actor, ...params, details, version });
  });
  add(ROUTES.deleteWorkshop, async ({ actor, params }) => {
    await removeWorkshop(workspace, { actor, ...params });
    return ok;
  });
  add(ROUTES.createSession, ({ actor, params, body }) =>
    addSession(workspace, { actor, ...params, body }),
  );
  add(ROUTES.reorderSessions, ({ actor, params, body }) =>
    reorderSessions(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.updateSession, ({ actor, params, body }) =>
    changeSession(workspace, { actor, ...params, body }),
  );
  add(ROUTES.deleteSession, async ({ actor, params }) => {
    await removeSession(workspace, { actor, ...params });
    return ok;
  });
  add(ROUTES.listParticipants, ({ actor, params }) =>
    workshopParticipants(workspace, { actor, ...params }),
  );
  add(ROUTES.addParticipant, ({ actor, params, body }) =>
    addParticipant(workspace, { actor, ...params, body }),
  );
  add(ROUTES.importParticipants, async ({ actor, params, query, request }) => {
    const upload = await readSheetUpload(request);
    return importParticipants(workspace, {
      actor,
      ...params,
      upload,
      partial: query.partial === 'true',
    });
  });
  add(ROUTES.updateParticipant, ({ actor, params, body }) =>
    changeParticipant(workspace, { actor, ...params, body }),
  );
  add(ROUTES.deleteParticipant, async ({ actor, params }) => {
    await removeParticipant(workspace, { actor, ...params });
    return ok;
  });
  add(ROUTES.releaseParticipantPhone, ({ actor, params }) =>
    releaseParticipantPhone(workspace, { actor, ...params }),
  );
  add(ROUTES.listAttendance, ({ actor, params }) =>
    workshopAttendance(workspace, { actor, ...params }),
  );
  add(ROUTES.checkInParticipant, ({ actor, params, body }) =>
    checkInParticipant(workspace, { actor, ...params, ...body }),
  );
  add(ROUTES.undoCheckIn, async ({ actor, params }) => {
    await undoParticipantCheckIn(workspace, { actor, ...params });
    return ok;
  });
  add(ROUTES.workshopStatistics, ({ actor, params }) =>
    workshopStatistics(workspace, { actor, ...params }),
  );
  add(ROUTES.exportWorkshop, async ({ actor, params, query, reply }) => {
    const file = await exportWorkshop(workspace, { actor, ...params, ...query });
    return sendDownload(reply, file);
  });
}
