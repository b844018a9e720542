import type { Participant, SexCounts } from '../../../../src/contract/workshops.js';
import type { UiLanguage } from '../../i18n/translate.js';

/** The tabs of a workshop's page, in order. */
export const WORKSHOP_TABS = [
  'event',
  'agenda',
  'participants',
  'attendance',
  'statistics',
] as const;
export type WorkshopTab = (typeof WORKSHOP_TABS)[number];

/** A `YYYY-MM-DD` day in words (`lun. 7 déc. 2026`), the same in every time zone. */
export function formatDay(day: string, language: UiLanguage, long = false): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'UTC',
    weekday: long ? 'long' : 'short',
    day: 'numeric',
    month: long ? 'long' : 'short',
    year: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** "7–11 Dec 2026" style span of a workshop. */
export function formatSpan(startsOn: string, endsOn: string, language: UiLanguage): string {
  const format = (day: string) =>
    new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(new Date(`${day}T00:00:00Z`));
  return startsOn === endsOn ? format(startsOn) : `${format(startsOn)} – ${format(endsOn)}`;
}

/** A share from 0 to 1 as a percentage with one decimal (`28,8 %`), or a dash. */
export function formatShare(share: number | null, language: UiLanguage): string {
  if (share === null) return '–';
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** Lower case without accents, for searching names as people type them. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The participants whose name, organisation or function holds every word of `query`. */
export function searchParticipants(
  participants: readonly Participant[],
  query: string,
): Participant[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...participants];
  return participants.filter((participant) => {
    const text = folded(
      `${participant.name} ${participant.organisation} ${participant.functionTitle}`,
    );
    return words.every((word) => text.includes(word));
  });
}

/** The order of a day's sessions after moving the one at `index` by `delta` (−1 up, +1 down). */
export function moved(ids: readonly string[], index: number, delta: -1 | 1): string[] | undefined {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return undefined;
  const order = [...ids];
  const [item] = order.splice(index, 1);
  if (item === undefined) return undefined;
  order.splice(target, 0, item);
  return order;
}

export interface SessionDraft {
  day: string;
  startsAt: string;
  endsAt: string;
  title: string;
  description: string;
  recommendationIds: string[];
  obligationIds: string[];
}

/** What is wrong with a session before it is sent: message keys, by field. */
export function sessionProblems(
  draft: SessionDraft,
  days: readonly string[],
): Partial<
  Record<
    'day' | 'endsAt' | 'title',
    'ws.session.dayOutside' | 'ws.session.endBeforeStart' | 'ws.session.titleRequired'
  >
> {
  const problems: ReturnType<typeof sessionProblems> = {};
  if (!days.includes(draft.day)) problems.day = 'ws.session.dayOutside';
  if (
    !/^\d{2}:\d{2}$/.test(draft.startsAt) ||
    !/^\d{2}:\d{2}$/.test(draft.endsAt) ||
    draft.endsAt <= draft.startsAt
  ) {
    problems.endsAt = 'ws.session.endBeforeStart';
  }
  if (draft.title.trim() === '') problems.title = 'ws.session.titleRequired';
  return problems;
}

/** Obligation IDs typed in a field: separated by commas, spaces or new lines, each once. */
export function parseObligationIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/** The attendance grid's state: who is present on which day. */
export function presence(
  attendance: readonly { participantId: string; day: string }[],
): Set<string> {
  return new Set(attendance.map((row) => `${row.participantId}|${row.day}`));
}

export const presenceKey = (participantId: string, day: string): string =>
  `${participantId}|${day}`;

/** The count's parts as chart rows (women, men, not stated). */
export function sexRows(
  counts: SexCounts,
  label: (sex: 'female' | 'male' | 'undisclosed') => string,
): { key: string; name: string; value: number }[] {
  return (['female', 'male', 'undisclosed'] as const).map((sex) => ({
    key: sex,
    name: label(sex),
    value: counts[sex],
  }));
}
