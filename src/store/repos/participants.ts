import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { REGISTRATION_SOURCES, SECTORS, SEXES, isOneOf } from '../../core/workshop/vocabulary.js';
import type { RegistrationSource, Sector, Sex } from '../../core/workshop/vocabulary.js';
import type { Database, ParticipantsTable } from '../schema.js';
import { nowIso } from './now-iso.js';

/** Someone on a workshop's list of participants (no account: at most a phone's token hash). */
export interface ParticipantRecord {
  id: string;
  workshopId: string;
  name: string;
  organisation: string;
  sector: Sector;
  functionTitle: string;
  sex: Sex;
  email: string;
  phone: string;
  registeredBy: RegistrationSource;
  /** True once a phone has joined as this participant. */
  hasDevice: boolean;
  createdAt: string;
}

/** What an organiser (or the sheet) says about a participant. */
export type ParticipantDetails = Pick<
  ParticipantRecord,
  'name' | 'organisation' | 'sector' | 'functionTitle' | 'sex' | 'email' | 'phone'
>;

function known<const T extends string>(list: readonly T[], value: string, column: string): T {
  if (!isOneOf(list, value)) throw new Error(`Unknown ${column} in the database: ${value}`);
  return value;
}

function toParticipantRecord(row: Selectable<ParticipantsTable>): ParticipantRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    organisation: row.organisation,
    sector: known(SECTORS, row.sector, 'sector'),
    functionTitle: row.function_title,
    sex: known(SEXES, row.sex, 'sex'),
    email: row.email,
    phone: row.phone,
    registeredBy: known(REGISTRATION_SOURCES, row.registered_by, 'registration source'),
    hasDevice: row.device_hash !== null,
    createdAt: row.created_at,
  };
}

function detailColumns(details: ParticipantDetails) {
  return {
    name: details.name,
    organisation: details.organisation,
    sector: details.sector,
    function_title: details.functionTitle,
    sex: details.sex,
    email: details.email,
    phone: details.phone,
  };
}

/** Adds a participant to a workshop's list. */
export async function insertParticipant(
  db: Kysely<Database>,
  input: Omit<ParticipantRecord, 'id' | 'createdAt' | 'hasDevice'> & {
    id?: string;
    deviceHash?: string | null;
  },
): Promise<ParticipantRecord> {
  const row: Selectable<ParticipantsTable> = {
    id: input.id ?? randomUUID(),
    workshop_id: input.workshopId,
    ...detailColumns(input),
    registered_by: input.registeredBy,
    device_hash: input.deviceHash ?? null,
    created_at: nowIso(),
  };
  await db.insertInto('participants').values(row).execute();
  return toParticipantRecord(row);
}

/** One participant of a workshop. */
export async function findParticipant(
  db: Kysely<Database>,
  workshopId: string,
  participantId: string,
): Promise<ParticipantRecord | undefined> {
  const row = await db
    .selectFrom('participants')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .where('id', '=', participantId)
    .executeTakeFirst();
  return row && toParticipantRecord(row);
}

/** The participant a phone joined as, known by the hash of the token it keeps. */
export async function findParticipantByDevice(
  db: Kysely<Database>,
  workshopId: string,
  deviceHash: string,
): Promise<ParticipantRecord | undefined> {
  const row = await db
    .selectFrom('participants')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .where('device_hash', '=', deviceHash)
    .executeTakeFirst();
  return row && toParticipantRecord(row);
}

/** Binds a participant to a phone's token hash (null forgets the phone). */
export async function setParticipantDevice(
  db: Kysely<Database>,
  participantId: string,
  deviceHash: string | null,
): Promise<void> {
  await db
    .updateTable('participants')
    .set({ device_hash: deviceHash })
    .where('id', '=', participantId)
    .execute();
}

/**
 * Binds a participant of the attendance list to a phone, only if no phone has claimed them
 * yet: of two phones claiming the same person at once, one wins. False when already bound.
 */
export async function claimParticipantDevice(
  db: Kysely<Database>,
  input: { workshopId: string; participantId: string; deviceHash: string },
): Promise<boolean> {
  const result = await db
    .updateTable('participants')
    .set({ device_hash: input.deviceHash })
    .where('workshop_id', '=', input.workshopId)
    .where('id', '=', input.participantId)
    .where('device_hash', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A workshop's participants by name. */
export async function listParticipants(
  db: Kysely<Database>,
  workshopId: string,
): Promise<ParticipantRecord[]> {
  const rows = await db
    .selectFrom('participants')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .orderBy('name')
    .orderBy('organisation')
    .orderBy('id')
    .execute();
  return rows.map(toParticipantRecord);
}

/** Rewrites what is known of a participant; undefined when there is none. */
export async function updateParticipant(
  db: Kysely<Database>,
  input: { workshopId: string; participantId: string; details: ParticipantDetails },
): Promise<ParticipantRecord | undefined> {
  await db
    .updateTable('participants')
    .set(detailColumns(input.details))
    .where('workshop_id', '=', input.workshopId)
    .where('id', '=', input.participantId)
    .execute();
  return findParticipant(db, input.workshopId, input.participantId);
}

/** Removes a participant with their attendance, votes and contributions; false when none. */
export async function deleteParticipant(
  db: Kysely<Database>,
  input: { workshopId: string; participantId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('participants')
    .where('workshop_id', '=', input.workshopId)
    .where('id', '=', input.participantId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** How many votes and contributions a participant has on record (kept with the workshop). */
export async function countParticipantRecords(
  db: Kysely<Database>,
  participantId: string,
): Promise<{ votes: number; contributions: number }> {
  const [votes, contributions] = await Promise.all([
    db
      .selectFrom('votes')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('participant_id', '=', participantId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('contributions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('participant_id', '=', participantId)
      .executeTakeFirstOrThrow(),
  ]);
  return { votes: Number(votes.n), contributions: Number(contributions.n) };
}
