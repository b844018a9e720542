import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { insertParticipant } from '../repos/participants.js';
import type { ParticipantRecord } from '../repos/participants.js';
import { insertWorkshop } from '../repos/workshops.js';
import type { WorkshopDetails, WorkshopRecord } from '../repos/workshops.js';
import { buildProject } from './factories.js';

/** Adds a three-day workshop (to a new project when none is given) with a unique join code. */
export async function buildWorkshop(
  db: Kysely<Database>,
  overrides: Partial<
    WorkshopDetails & { projectId: string; createdBy: string; joinCode: string }
  > = {},
): Promise<WorkshopRecord> {
  const project =
    overrides.projectId === undefined
      ? await buildProject(
          db,
          overrides.createdBy === undefined ? {} : { createdBy: overrides.createdBy },
        )
      : undefined;
  const projectId = overrides.projectId ?? project?.id ?? '';
  const createdBy = overrides.createdBy ?? project?.createdBy;
  if (createdBy === undefined) throw new Error('buildWorkshop: give createdBy with projectId');
  return insertWorkshop(db, {
    title: 'Atelier de validation',
    startsOn: '2026-12-07',
    endsOn: '2026-12-09',
    place: 'Bamako',
    organisers: 'Ministère de la Justice',
    partners: '',
    description: '',
    joinCode: randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase(),
    ...overrides,
    projectId,
    createdBy,
  });
}

/** Adds a participant with unique defaults; pass only what the test is about. */
export function buildParticipant(
  db: Kysely<Database>,
  workshopId: string,
  overrides: Partial<Omit<ParticipantRecord, 'id' | 'workshopId' | 'createdAt' | 'hasDevice'>> & {
    deviceHash?: string | null;
  } = {},
): Promise<ParticipantRecord> {
  const tag = randomUUID().slice(0, 8);
  return insertParticipant(db, {
    workshopId,
    name: `Participant ${tag}`,
    organisation: 'ONG Exemple',
    sector: 'civil_society',
    functionTitle: '',
    sex: 'female',
    email: '',
    phone: '',
    registeredBy: 'organiser',
    ...overrides,
  });
}
