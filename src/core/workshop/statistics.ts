/**
 * A workshop's figures as the programme reports them: who came (by sex, by sector), who was
 * there each day, and what was decided. Computed from the stored rows, never typed in.
 */
import { DECISION_METHODS, DECISION_STATUSES, SECTORS, isOneOf } from './vocabulary.js';
import type {
  DecisionMethod,
  DecisionStatus,
  RecommendationStatus,
  Sector,
  Sex,
} from './vocabulary.js';

export interface StatisticsParticipant {
  readonly id: string;
  readonly sex: Sex;
  readonly sector: Sector;
}

export interface StatisticsAttendance {
  readonly participantId: string;
  /** `YYYY-MM-DD`. */
  readonly day: string;
}

/** Where a recommendation discussed at the workshop stands. */
export interface StatisticsDecision {
  readonly recommendationId: string;
  readonly status: RecommendationStatus;
  /** How the workshop decided; null when no decision was taken there. */
  readonly method: DecisionMethod | null;
}

/** A count split by sex. */
export interface SexCounts {
  female: number;
  male: number;
  undisclosed: number;
  total: number;
}

export interface WorkshopStatistics {
  participants: SexCounts;
  /** Every sector, in the vocabulary's order, with its split by sex. */
  bySector: { sector: Sector; counts: SexCounts }[];
  /** Every day of the workshop, in order, with the people checked in that day. */
  attendanceByDay: { day: string; counts: SexCounts }[];
  /** People checked in on at least one day. */
  attendees: SexCounts;
  /** Women among the registered participants, 0 to 1; null when there are none. */
  womenShare: number | null;
  /** Women among the attendees, 0 to 1; null when nobody was checked in. */
  womenShareOfAttendees: number | null;
  recommendations: {
    total: number;
    /** Decided recommendations by decision, the others as `open`. */
    byStatus: Record<DecisionStatus | 'open', number>;
    /** Decided recommendations by how the decision was taken (`unrecorded`: no method). */
    byMethod: Record<DecisionMethod | 'unrecorded', number>;
  };
}

/** An empty count. */
export function noOne(): SexCounts {
  return { female: 0, male: 0, undisclosed: 0, total: 0 };
}

function add(counts: SexCounts, sex: Sex): void {
  counts[sex] += 1;
  counts.total += 1;
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = DAY.exec(value);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The longest workshop the product plans days for. */
export const MAX_WORKSHOP_DAYS = 31;

/**
 * The days of a workshop from its first to its last date, both included (`YYYY-MM-DD`).
 * Empty when a date is invalid, the end is before the start or the span exceeds
 * MAX_WORKSHOP_DAYS.
 */
export function workshopDays(startsOn: string, endsOn: string): string[] {
  if (!isIsoDate(startsOn) || !isIsoDate(endsOn) || endsOn < startsOn) return [];
  const days: string[] = [];
  const cursor = new Date(`${startsOn}T00:00:00Z`);
  for (let day = startsOn; day <= endsOn; day = cursor.toISOString().slice(0, 10)) {
    if (days.length === MAX_WORKSHOP_DAYS) return [];
    days.push(day);
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/**
 * The workshop's figures. Attendance rows of unknown participants or of days outside `days`
 * are ignored; a participant checked in twice the same day counts once.
 */
export function computeWorkshopStatistics(input: {
  days: readonly string[];
  participants: readonly StatisticsParticipant[];
  attendance: readonly StatisticsAttendance[];
  decisions: readonly StatisticsDecision[];
}): WorkshopStatistics {
  const participants = noOne();
  const sectors = new Map<Sector, SexCounts>(SECTORS.map((sector) => [sector, noOne()]));
  const byId = new Map<string, StatisticsParticipant>();
  for (const participant of input.participants) {
    if (byId.has(participant.id)) continue;
    byId.set(participant.id, participant);
    add(participants, participant.sex);
    const counts = sectors.get(participant.sector);
    if (counts !== undefined) add(counts, participant.sex);
  }

  const present = new Map<string, Set<string>>(input.days.map((day) => [day, new Set()]));
  for (const row of input.attendance) {
    if (byId.has(row.participantId)) present.get(row.day)?.add(row.participantId);
  }
  const attendeeIds = new Set<string>();
  const attendanceByDay = input.days.map((day) => {
    const counts = noOne();
    for (const id of present.get(day) ?? []) {
      const participant = byId.get(id);
      if (participant === undefined) continue;
      add(counts, participant.sex);
      attendeeIds.add(id);
    }
    return { day, counts };
  });
  const attendees = noOne();
  for (const id of attendeeIds) {
    const participant = byId.get(id);
    if (participant !== undefined) add(attendees, participant.sex);
  }

  return {
    participants,
    bySector: SECTORS.map((sector) => ({ sector, counts: sectors.get(sector) ?? noOne() })),
    attendanceByDay,
    attendees,
    womenShare: share(participants.female, participants.total),
    womenShareOfAttendees: share(attendees.female, attendees.total),
    recommendations: countDecisions(input.decisions),
  };
}

function countDecisions(
  decisions: readonly StatisticsDecision[],
): WorkshopStatistics['recommendations'] {
  const byStatus = Object.fromEntries(
    [...DECISION_STATUSES, 'open' as const].map((status) => [status, 0]),
  ) as Record<DecisionStatus | 'open', number>;
  const byMethod = Object.fromEntries(
    [...DECISION_METHODS, 'unrecorded' as const].map((method) => [method, 0]),
  ) as Record<DecisionMethod | 'unrecorded', number>;
  const seen = new Set<string>();
  for (const decision of decisions) {
    if (seen.has(decision.recommendationId)) continue;
    seen.add(decision.recommendationId);
    if (isOneOf(DECISION_STATUSES, decision.status)) {
      byStatus[decision.status] += 1;
      byMethod[decision.method ?? 'unrecorded'] += 1;
    } else {
      byStatus.open += 1;
    }
  }
  return { total: seen.size, byStatus, byMethod };
}
