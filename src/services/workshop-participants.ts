import type { Kysely } from 'kysely';
import type {
  ImportParticipantsResult,
  Participant,
  ParticipantBody,
  ParticipantList,
} from '../contract/workshops.js';
import { can } from '../core/access/permissions.js';
import { readAttendanceSheet } from '../core/workshop/attendance-sheet.js';
import type { SheetParticipant } from '../core/workshop/attendance-sheet.js';
import { noOne, workshopDays } from '../core/workshop/statistics.js';
import { readSheetCells } from '../importers/attendance-sheet-file.js';
import { ImportError } from '../importers/import-result.js';
import { checkIn, listAttendance, type AttendanceRecord } from '../store/repos/attendance.js';
import { appendAudit } from '../store/repos/audit.js';
import {
  countParticipantRecords,
  deleteParticipant,
  findParticipant,
  setParticipantDevice,
  insertParticipant,
  listParticipants,
  updateParticipant,
  type ParticipantDetails,
  type ParticipantRecord,
} from '../store/repos/participants.js';
import type { WorkshopRecord } from '../store/repos/workshops.js';
import type { Database } from '../store/schema.js';
import { AppError } from './app-error.js';
import { requireWorkshop, type WorkshopRequest } from './workshops.js';
import { announce, type Workspace } from './workspace.js';

/** The largest attendance sheet accepted. */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;
/** The most rows a sheet may have: far above any workshop, low enough for one transaction. */
export const MAX_SHEET_ROWS = 5000;

/** A participant as a caller may see them: contacts only with `showContacts`. */
export function participantView(
  record: ParticipantRecord,
  context: { readonly showContacts: boolean; readonly days: readonly string[] },
): Participant {
  return {
    id: record.id,
    name: record.name,
    organisation: record.organisation,
    sector: record.sector,
    functionTitle: record.functionTitle,
    sex: record.sex,
    email: context.showContacts ? record.email : null,
    phone: context.showContacts ? record.phone : null,
    registeredBy: record.registeredBy,
    hasDevice: record.hasDevice,
    days: [...context.days],
    createdAt: record.createdAt,
  };
}

/** The days each participant was checked in, by participant ID. */
export function daysByParticipant(attendance: readonly AttendanceRecord[]): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const row of attendance) {
    const list = days.get(row.participantId) ?? [];
    list.push(row.day);
    days.set(row.participantId, list);
  }
  return days;
}

const auditOf = (details: ParticipantDetails) => ({
  name: details.name,
  organisation: details.organisation,
  sector: details.sector,
  functionTitle: details.functionTitle,
  sex: details.sex,
  // Contacts are personal data: the log says whether they changed, not what they are.
  hasEmail: details.email !== '',
  hasPhone: details.phone !== '',
});

export async function announceChange(
  workspace: Workspace,
  request: WorkshopRequest,
  kind: 'participant' | 'attendance',
): Promise<void> {
  await announce(workspace, {
    projectId: request.projectId,
    kind,
    objectId: request.workshopId,
    actor: request.actor,
  });
}

/** The list of participants; every member sees it, only organisers see e-mails and phones. */
export async function workshopParticipants(
  workspace: Workspace,
  request: WorkshopRequest,
): Promise<ParticipantList> {
  const db = workspace.store.db;
  const { workshop, role } = await requireWorkshop(db, { ...request, action: 'project.read' });
  const [participants, attendance] = await Promise.all([
    listParticipants(db, workshop.id),
    listAttendance(db, workshop.id),
  ]);
  const showContacts = can(role, 'workshop.manage');
  const days = daysByParticipant(attendance);
  const counts = noOne();
  for (const participant of participants) {
    counts[participant.sex] += 1;
    counts.total += 1;
  }
  return {
    participants: participants.map((participant) =>
      participantView(participant, { showContacts, days: days.get(participant.id) ?? [] }),
    ),
    counts,
    contactsVisible: showContacts,
  };
}

/** Adds a participant typed in by an organiser. */
export async function addParticipant(
  workspace: Workspace,
  request: WorkshopRequest & { readonly body: ParticipantBody },
): Promise<Participant> {
  const participant = await workspace.store.transaction(async (tx) => {
    const { workshop } = await requireWorkshop(tx, { ...request, action: 'workshop.manage' });
    const created = await insertParticipant(tx, {
      workshopId: workshop.id,
      ...request.body,
      registeredBy: 'organiser',
    });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'participant.created',
      objectType: 'participant',
      objectId: created.id,
      after: auditOf(created),
    });
    return created;
  });
  await announceChange(workspace, request, 'participant');
  return participantView(participant, { showContacts: true, days: [] });
}

export async function loadParticipant(
  db: Kysely<Database>,
  request: WorkshopRequest & { readonly participantId: string },
): Promise<{ workshop: WorkshopRecord; participant: ParticipantRecord }> {
  const { workshop } = await requireWorkshop(db, { ...request, action: 'workshop.manage' });
  const participant = await findParticipant(db, workshop.id, request.participantId);
  if (participant === undefined) throw new AppError('not_found', 'Participant not found');
  return { workshop, participant };
}

/** Rewrites what is known of a participant. */
export async function changeParticipant(
  workspace: Workspace,
  request: WorkshopRequest & { readonly participantId: string; readonly body: ParticipantBody },
): Promise<Participant> {
  const { updated, days } = await workspace.store.transaction(async (tx) => {
    const { workshop, participant } = await loadParticipant(tx, request);
    const saved = await updateParticipant(tx, {
      workshopId: workshop.id,
      participantId: participant.id,
      details: request.body,
    });
    if (saved === undefined) throw new AppError('not_found', 'Participant not found');
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'participant.updated',
      objectType: 'participant',
      objectId: participant.id,
      before: auditOf(participant),
      after: auditOf(saved),
    });
    const attendance = await listAttendance(tx, workshop.id);
    return { updated: saved, days: daysByParticipant(attendance).get(participant.id) ?? [] };
  });
  await announceChange(workspace, request, 'participant');
  return participantView(updated, { showContacts: true, days });
}

/** Removes a participant with their attendance, votes and contributions. */
export async function removeParticipant(
  workspace: Workspace,
  request: WorkshopRequest & { readonly participantId: string },
): Promise<void> {
  await workspace.store.transaction(async (tx) => {
    const { workshop, participant } = await loadParticipant(tx, request);
    const records = await countParticipantRecords(tx, participant.id);
    if (records.votes > 0 || records.contributions > 0) {
      throw new AppError(
        'conflict',
        `${participant.name} has ${String(records.votes)} vote(s) and ${String(records.contributions)} contribution(s) on record: a participant who took part in the live session is kept`,
      );
    }
    await deleteParticipant(tx, { workshopId: workshop.id, participantId: participant.id });
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'participant.deleted',
      objectType: 'participant',
      objectId: participant.id,
      before: auditOf(participant),
    });
  });
  await announceChange(workspace, request, 'participant');
}

/**
 * Forgets the phone a participant joined from (lost, flat, borrowed): that phone no longer
 * acts as them, and the next phone that joins with their name and organisation takes them
 * over, with their votes and contributions kept.
 */
export async function releaseParticipantPhone(
  workspace: Workspace,
  request: WorkshopRequest & { readonly participantId: string },
): Promise<Participant> {
  const { released, days } = await workspace.store.transaction(async (tx) => {
    const { workshop, participant } = await loadParticipant(tx, request);
    if (!participant.hasDevice) {
      throw new AppError('conflict', `${participant.name} has not joined from a phone`);
    }
    await setParticipantDevice(tx, participant.id, null);
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'participant.phone_released',
      objectType: 'participant',
      objectId: participant.id,
    });
    const attendance = await listAttendance(tx, workshop.id);
    return {
      released: { ...participant, hasDevice: false },
      days: daysByParticipant(attendance).get(participant.id) ?? [],
    };
  });
  await announceChange(workspace, request, 'participant');
  return participantView(released, { showContacts: true, days });
}

/** What an import row changes on an existing participant: only what the sheet says. */
function merged(existing: ParticipantRecord, sheet: SheetParticipant): ParticipantDetails {
  const pick = (value: string, fallback: string) => (value === '' ? fallback : value);
  return {
    name: existing.name,
    organisation: existing.organisation,
    sector: sheet.sector === 'other' ? existing.sector : sheet.sector,
    functionTitle: pick(sheet.functionTitle, existing.functionTitle),
    sex: sheet.sex === 'undisclosed' ? existing.sex : sheet.sex,
    email: pick(sheet.email, existing.email),
    phone: pick(sheet.phone, existing.phone),
  };
}

async function readCells(upload: { fileName: string; bytes: Uint8Array }): Promise<string[][]> {
  if (upload.bytes.byteLength > MAX_SHEET_BYTES) {
    throw new AppError('payload_too_large', `${upload.fileName}: the sheet is larger than 5 MB`);
  }
  let cells: string[][];
  try {
    cells = await readSheetCells(upload.bytes, upload.fileName);
  } catch (error) {
    if (error instanceof ImportError) {
      throw new AppError(
        error.code === 'unsupported-format' ? 'unsupported_media_type' : 'import_failed',
        error.message,
      );
    }
    throw error;
  }
  if (cells.length > MAX_SHEET_ROWS + 1) {
    throw new AppError(
      'import_failed',
      `${upload.fileName}: ${String(cells.length)} rows; an attendance sheet has at most ${String(MAX_SHEET_ROWS)}`,
    );
  }
  return cells;
}

/**
 * Imports an attendance sheet (CSV or XLSX). All or nothing: with a row in error nothing is
 * stored and the errors come back, unless `partial` asks to import the rows without errors.
 * A row naming someone already listed (same name and organisation) updates them; the days
 * marked present are checked in.
 */
export async function importParticipants(
  workspace: Workspace,
  request: WorkshopRequest & {
    readonly upload: { readonly fileName: string; readonly bytes: Uint8Array };
    readonly partial: boolean;
  },
): Promise<ImportParticipantsResult> {
  await requireWorkshop(workspace.store.db, { ...request, action: 'workshop.manage' });
  const cells = await readCells(request.upload);
  const result = await workspace.store.transaction(async (tx) => {
    const { workshop } = await requireWorkshop(tx, { ...request, action: 'workshop.manage' });
    const existing = await listParticipants(tx, workshop.id);
    const sheet = readAttendanceSheet(cells, {
      days: workshopDays(workshop.startsOn, workshop.endsOn),
      existing,
    });
    const base = {
      fileName: request.upload.fileName,
      rows: sheet.rows.length + sheet.rejectedRows.length,
      errors: sheet.errors,
    };
    if (sheet.errors.some((error) => error.code === 'no_header')) {
      return { ...base, imported: false, created: 0, updated: 0, skipped: 0, checkIns: 0 };
    }
    if (sheet.errors.length > 0 && !request.partial) {
      const skipped = sheet.rejectedRows.length;
      return { ...base, imported: false, created: 0, updated: 0, skipped, checkIns: 0 };
    }
    if (sheet.rows.length === 0 && sheet.errors.length === 0) {
      throw new AppError(
        'import_failed',
        `${request.upload.fileName}: no participant rows under the header`,
      );
    }
    const byId = new Map(existing.map((participant) => [participant.id, participant]));
    let created = 0;
    let updated = 0;
    let checkIns = 0;
    for (const row of sheet.rows) {
      const before = row.existingId === null ? undefined : byId.get(row.existingId);
      let participantId: string;
      if (before === undefined) {
        const record = await insertParticipant(tx, {
          workshopId: workshop.id,
          ...row.participant,
          registeredBy: 'import',
        });
        participantId = record.id;
        created += 1;
        await appendAudit(tx, {
          projectId: request.projectId,
          actorId: request.actor.id,
          action: 'participant.imported',
          objectType: 'participant',
          objectId: record.id,
          after: { ...auditOf(record), row: row.row },
        });
      } else {
        const details = merged(before, row.participant);
        await updateParticipant(tx, {
          workshopId: workshop.id,
          participantId: before.id,
          details,
        });
        participantId = before.id;
        updated += 1;
        await appendAudit(tx, {
          projectId: request.projectId,
          actorId: request.actor.id,
          action: 'participant.updated',
          objectType: 'participant',
          objectId: before.id,
          before: auditOf(before),
          after: { ...auditOf(details), row: row.row },
        });
      }
      for (const day of row.days) {
        const outcome = await checkIn(tx, {
          workshopId: workshop.id,
          participantId,
          day,
          method: 'organiser',
          byUserId: request.actor.id,
        });
        if (outcome === 'created') checkIns += 1;
      }
    }
    await appendAudit(tx, {
      projectId: request.projectId,
      actorId: request.actor.id,
      action: 'attendance.imported',
      objectType: 'attendance',
      objectId: workshop.id,
      after: {
        fileName: request.upload.fileName,
        created,
        updated,
        skipped: sheet.rejectedRows.length,
        checkIns,
      },
    });
    return {
      ...base,
      imported: true,
      created,
      updated,
      skipped: sheet.rejectedRows.length,
      checkIns,
    };
  });
  if (result.imported) {
    await announceChange(workspace, request, 'participant');
    await announceChange(workspace, request, 'attendance');
  }
  return result;
}
