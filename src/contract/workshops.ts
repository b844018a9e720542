import { z } from 'zod';
import { SHEET_ERROR_CODES } from '../core/workshop/attendance-sheet.js';
import { MAX_WORKSHOP_DAYS, isIsoDate, workshopDays } from '../core/workshop/statistics.js';
import {
  CHECK_IN_METHODS,
  DECISION_METHODS,
  RECOMMENDATION_STATUSES,
  REGISTRATION_SOURCES,
  SECTORS,
  SEXES,
} from '../core/workshop/vocabulary.js';
import { Id, IsoDateTime } from './common.js';

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine(isIsoDate, 'not a date of the calendar');

/** A time of day, `HH:MM` on 24 hours. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM');

export const Sector = z.enum(SECTORS);
export const Sex = z.enum(SEXES);

export const WorkshopParams = z.object({ projectId: Id, workshopId: Id });
export const SessionParams = WorkshopParams.extend({ sessionId: Id });
export const ParticipantParams = WorkshopParams.extend({ participantId: Id });
export const AttendanceParams = ParticipantParams.extend({ day: IsoDate });

const WorkshopFields = z.object({
  title: z.string().trim().min(1, 'a title is required').max(200),
  startsOn: IsoDate,
  endsOn: IsoDate,
  place: z.string().trim().max(200),
  organisers: z.string().trim().max(1000),
  partners: z.string().trim().max(1000),
  description: z.string().trim().max(4000),
});

const datesInOrder = (value: { startsOn: string; endsOn: string }) =>
  workshopDays(value.startsOn, value.endsOn).length > 0;
const DATES_MESSAGE = {
  message: `endsOn: the last day is before the first, or the workshop lasts more than ${String(MAX_WORKSHOP_DAYS)} days`,
  path: ['endsOn'],
};

export const CreateWorkshopBody = WorkshopFields.refine(datesInOrder, DATES_MESSAGE);
export type CreateWorkshopBody = z.infer<typeof CreateWorkshopBody>;
export const UpdateWorkshopBody = WorkshopFields.extend({ version: z.number().int() }).refine(
  datesInOrder,
  DATES_MESSAGE,
);
export type UpdateWorkshopBody = z.infer<typeof UpdateWorkshopBody>;

/** A count split by sex. */
export const SexCounts = z.object({
  female: z.number().int(),
  male: z.number().int(),
  undisclosed: z.number().int(),
  total: z.number().int(),
});
export type SexCounts = z.infer<typeof SexCounts>;

export const WorkshopSummary = z.object({
  id: Id,
  title: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  place: z.string(),
  joinCode: z.string(),
  participants: z.number().int(),
  version: z.number().int(),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

export const WorkshopList = z.object({ workshops: z.array(WorkshopSummary) });

export const AgendaSession = z.object({
  id: Id,
  day: IsoDate,
  /** Order within the day, from 0. */
  position: z.number().int(),
  startsAt: TimeOfDay,
  endsAt: TimeOfDay,
  title: z.string(),
  description: z.string(),
  recommendationIds: z.array(Id),
  obligationIds: z.array(z.string()),
});
export type AgendaSession = z.infer<typeof AgendaSession>;

export const SessionBody = z
  .object({
    day: IsoDate,
    startsAt: TimeOfDay,
    endsAt: TimeOfDay,
    title: z.string().trim().min(1, 'a title is required').max(200),
    description: z.string().trim().max(4000),
    recommendationIds: z.array(Id).max(100),
    obligationIds: z.array(z.string().trim().min(1).max(80)).max(200),
  })
  .refine((value) => value.endsAt > value.startsAt, {
    message: 'endsAt: a session ends after it starts',
    path: ['endsAt'],
  });
export type SessionBody = z.infer<typeof SessionBody>;

export const ReorderSessionsBody = z.object({
  day: IsoDate,
  /** Every session of the day, in the new order. */
  sessionIds: z.array(Id).min(1).max(100),
});

export const WorkshopDetail = WorkshopSummary.extend({
  projectId: Id,
  organisers: z.string(),
  partners: z.string(),
  description: z.string(),
  /** Every day from the first to the last. */
  days: z.array(IsoDate),
  agenda: z.array(z.object({ day: IsoDate, sessions: z.array(AgendaSession) })),
  counts: z.object({
    participants: SexCounts,
    sessions: z.number().int(),
    /** People checked in each day, in the order of `days`. */
    attendance: z.array(z.number().int()),
  }),
  /** True when the caller may change the workshop (workshop.manage). */
  canManage: z.boolean(),
  updatedAt: IsoDateTime,
});
export type WorkshopDetail = z.infer<typeof WorkshopDetail>;

export const Participant = z.object({
  id: Id,
  name: z.string(),
  organisation: z.string(),
  sector: Sector,
  functionTitle: z.string(),
  sex: Sex,
  /** Null for callers who may not manage the workshop: contacts stay with the organisers. */
  email: z.string().nullable(),
  phone: z.string().nullable(),
  registeredBy: z.enum(REGISTRATION_SOURCES),
  hasDevice: z.boolean(),
  /** The days the participant was checked in. */
  days: z.array(IsoDate),
  createdAt: IsoDateTime,
});
export type Participant = z.infer<typeof Participant>;

export const ParticipantList = z.object({
  participants: z.array(Participant),
  counts: SexCounts,
  contactsVisible: z.boolean(),
});
export type ParticipantList = z.infer<typeof ParticipantList>;

export const ParticipantBody = z.object({
  name: z.string().trim().min(1, 'a name is required').max(200),
  organisation: z.string().trim().max(200),
  sector: Sector,
  functionTitle: z.string().trim().max(200),
  sex: Sex,
  email: z.union([z.literal(''), z.string().trim().email('not an e-mail address').max(200)]),
  phone: z.string().trim().max(60),
});
export type ParticipantBody = z.infer<typeof ParticipantBody>;

export const ImportParticipantsQuery = z.object({
  /** `true`: import the rows without errors and skip the others. */
  partial: z.enum(['true', 'false']).optional(),
});

export const SheetError = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.enum(SHEET_ERROR_CODES),
  value: z.string(),
  message: z.string(),
});
export type SheetError = z.infer<typeof SheetError>;

export const ImportParticipantsResult = z.object({
  /** False when nothing was stored because rows have errors (and `partial` was not asked). */
  imported: z.boolean(),
  fileName: z.string(),
  /** Rows read (not counting the header and empty rows). */
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Rows left out because of their errors. */
  skipped: z.number().int(),
  checkIns: z.number().int(),
  errors: z.array(SheetError),
});
export type ImportParticipantsResult = z.infer<typeof ImportParticipantsResult>;

export const CheckInBody = z.object({ participantId: Id, day: IsoDate });

export const CheckInResult = z.object({ status: z.enum(['created', 'already']) });

export const AttendanceView = z.object({
  days: z.array(IsoDate),
  attendance: z.array(
    z.object({
      participantId: Id,
      day: IsoDate,
      method: z.enum(CHECK_IN_METHODS),
      checkedInAt: IsoDateTime,
    }),
  ),
  /** People checked in each day, by sex, in the order of `days`. */
  totals: z.array(z.object({ day: IsoDate, counts: SexCounts })),
});
export type AttendanceView = z.infer<typeof AttendanceView>;

export const WorkshopStatisticsView = z.object({
  days: z.array(IsoDate),
  participants: SexCounts,
  bySector: z.array(z.object({ sector: Sector, counts: SexCounts })),
  attendanceByDay: z.array(z.object({ day: IsoDate, counts: SexCounts })),
  attendees: SexCounts,
  womenShare: z.number().nullable(),
  womenShareOfAttendees: z.number().nullable(),
  recommendations: z.object({
    total: z.number().int(),
    byStatus: z.object({
      adopted: z.number().int(),
      adopted_with_changes: z.number().int(),
      rejected: z.number().int(),
      deferred: z.number().int(),
      open: z.number().int(),
    }),
    byMethod: z.object({
      vote: z.number().int(),
      consensus: z.number().int(),
      unrecorded: z.number().int(),
    }),
  }),
  /** The recommendations discussed: decided at the workshop or on its agenda. */
  decisions: z.array(
    z.object({
      recommendationId: Id,
      label: z.string(),
      title: z.string(),
      status: z.enum(RECOMMENDATION_STATUSES),
      method: z.enum(DECISION_METHODS).nullable(),
      tally: z
        .object({ for: z.number().int(), against: z.number().int(), abstain: z.number().int() })
        .nullable(),
      decidedAt: IsoDateTime.nullable(),
    }),
  ),
});
export type WorkshopStatisticsView = z.infer<typeof WorkshopStatisticsView>;

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export const EXPORT_PARTS = ['statistics', 'participants', 'attendance', 'decisions'] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

export const ExportWorkshopQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  /** For CSV, the one part in the file; an XLSX workbook holds them all. */
  part: z.enum(EXPORT_PARTS).default('statistics'),
});
