import type { ProjectAction } from '../../../../src/core/access/permissions.js';
import type {
  Priority,
  RecommendationStatus,
  RecommendationType,
} from '../../../../src/core/workshop/vocabulary.js';
import type { FindingDetail } from '../../../../src/contract/findings.js';
import {
  actionForMove,
  canAmend,
  nextStatuses,
  Priority as PrioritySchema,
  reasonRequired,
  RecommendationStatus as StatusSchema,
  RecommendationType as TypeSchema,
  type CreateRecommendationBody,
  type RecommendationDetail,
  type RecommendationSummary,
  type UpdateRecommendationBody,
} from '../../../../src/contract/recommendations.js';

export const RECOMMENDATION_STATUSES = StatusSchema.options;
export const RECOMMENDATION_TYPES = TypeSchema.options;
export const PRIORITIES = PrioritySchema.options;

/** True when `value` is one of `list`: narrows text read from the address. */
export function isOneOf<const T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** The list's filters, as the address carries them. */
export interface RecommendationFilters {
  status?: RecommendationStatus;
  type?: RecommendationType;
  priority?: Priority;
  theme?: string;
  q?: string;
}

/** Filters from the address; unknown values drop out. */
export function filtersFromQuery(query: URLSearchParams): RecommendationFilters {
  const filters: RecommendationFilters = {};
  const status = query.get('status');
  if (status !== null && isOneOf(RECOMMENDATION_STATUSES, status)) filters.status = status;
  const type = query.get('type');
  if (type !== null && isOneOf(RECOMMENDATION_TYPES, type)) filters.type = type;
  const priority = query.get('priority');
  if (priority !== null && isOneOf(PRIORITIES, priority)) filters.priority = priority;
  const theme = query.get('theme');
  if (theme !== null && /^[a-z_]{1,40}$/.test(theme)) filters.theme = theme;
  const q = query.get('q');
  if (q !== null && q.trim() !== '') filters.q = q.slice(0, 200);
  return filters;
}

export function filtersToQuery(filters: RecommendationFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') query.set(name, value);
  }
  return query;
}

/** How the board groups its cards. */
export const BOARD_GROUPINGS = ['status', 'theme', 'priority'] as const;
export type BoardGrouping = (typeof BOARD_GROUPINGS)[number];

export function groupingFromQuery(query: URLSearchParams): BoardGrouping {
  const by = query.get('by');
  return by !== null && isOneOf(BOARD_GROUPINGS, by) ? by : 'status';
}

export interface BoardColumn {
  /** A status, a theme ('' for none) or a priority. */
  key: string;
  cards: RecommendationSummary[];
}

/**
 * The board's columns: every status (or priority) in order, even empty, so a card can be moved
 * into one; by theme, the catalogue's themes that hold a card, then the cards without one.
 */
export function boardColumns(
  recommendations: readonly RecommendationSummary[],
  grouping: BoardGrouping,
  themeOrder: readonly string[],
): BoardColumn[] {
  const keyOf = (item: RecommendationSummary): string => item[grouping];
  let keys: string[];
  if (grouping === 'status') keys = [...RECOMMENDATION_STATUSES];
  else if (grouping === 'priority') keys = [...PRIORITIES];
  else {
    const used = new Set(recommendations.map(keyOf));
    keys = [
      ...themeOrder.filter((theme) => used.has(theme)),
      ...[...used].filter((theme) => !themeOrder.includes(theme)).sort(),
    ];
    if (used.has('')) keys = [...keys.filter((key) => key !== ''), ''];
  }
  return keys.map((key) => ({
    key,
    cards: recommendations.filter((item) => keyOf(item) === key),
  }));
}

/** A move the reader may make from the current status. */
export interface MoveOption {
  to: RecommendationStatus;
  /** Which route takes it: writers' moves (`propose`) or deciders' (`decide`). */
  route: 'propose' | 'decide';
  reasonRequired: boolean;
}

/**
 * The moves the reader's role allows from `status`. `adopted_with_changes` is offered only
 * when the wording changed during the discussion (`wordingChanged`; unknown on a card: offered,
 * and the server says why if it refuses).
 */
export function moveOptions(input: {
  status: RecommendationStatus;
  allows: (action: ProjectAction) => boolean;
  wordingChanged?: boolean;
}): MoveOption[] {
  return nextStatuses(input.status)
    .filter((to) => to !== 'adopted_with_changes' || input.wordingChanged !== false)
    .filter((to) => input.allows(actionForMove(input.status, to)))
    .map((to) => ({
      to,
      route: actionForMove(input.status, to) === 'recommendation.write' ? 'propose' : 'decide',
      reasonRequired: reasonRequired(input.status, to),
    }));
}

export { canAmend };

/** The form's fields, as typed (everything a string until sent). */
export interface RecommendationForm {
  title: string;
  type: RecommendationType;
  priority: Priority;
  theme: string;
  targetLawId: string;
  targetText: string;
  targetArticle: string;
  wording: string;
  rationale: string;
  /** Obligation IDs, separated by commas, spaces or lines. */
  obligationIds: string;
  /** Obligation IDs of the project's findings it answers, written the same way. */
  findingIds: string;
}

export const emptyForm = (): RecommendationForm => ({
  title: '',
  type: 'amend',
  priority: 'medium',
  theme: '',
  targetLawId: '',
  targetText: '',
  targetArticle: '',
  wording: '',
  rationale: '',
  obligationIds: '',
  findingIds: '',
});

/** The form of an existing recommendation (its wording is amended elsewhere). */
export function formOf(detail: RecommendationDetail): RecommendationForm {
  return {
    title: detail.title,
    type: detail.type,
    priority: detail.priority,
    theme: detail.theme,
    targetLawId: detail.targetLawId ?? '',
    targetText: detail.targetText,
    targetArticle: detail.targetArticle,
    wording: detail.wording,
    rationale: detail.rationale,
    obligationIds: detail.obligationIds.filter((id) => !detail.findingIds.includes(id)).join(', '),
    findingIds: detail.findingIds.join(', '),
  };
}

export const splitIds = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,;]+/)
      .map((id) => id.trim())
      .filter(Boolean),
  ),
];

/** A field's problem, as a message key of the form. */
export type FieldProblem = 'required' | 'tooLong' | 'unknownObligation' | 'unknownFinding';
export type FormErrors = Partial<Record<keyof RecommendationForm, FieldProblem>> & {
  /** The unknown IDs, for the messages. */
  unknownObligations?: string[];
  unknownFindings?: string[];
};

const LIMITS = {
  title: 300,
  targetText: 300,
  targetArticle: 200,
  wording: 20000,
  rationale: 20000,
};

/** Checks the form as the server will, so each field says what is wrong before sending. */
export function validateForm(
  form: RecommendationForm,
  options: {
    knownObligation: (id: string) => boolean;
    knownFinding: (id: string) => boolean;
    withWording: boolean;
  },
): FormErrors {
  const errors: FormErrors = {};
  if (form.title.trim() === '') errors.title = 'required';
  if (options.withWording && form.wording.trim() === '') errors.wording = 'required';
  for (const [field, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (form[field].trim().length > limit) errors[field] = 'tooLong';
  }
  const unknown = splitIds(form.obligationIds).filter((id) => !options.knownObligation(id));
  if (unknown.length > 0) {
    errors.obligationIds = 'unknownObligation';
    errors.unknownObligations = unknown;
  }
  const noFinding = splitIds(form.findingIds).filter((id) => !options.knownFinding(id));
  if (noFinding.length > 0) {
    errors.findingIds = 'unknownFinding';
    errors.unknownFindings = noFinding;
  }
  return errors;
}

export const hasErrors = (errors: FormErrors): boolean =>
  Object.keys(errors).some((key) => !key.startsWith('unknown'));

/** The body of a new recommendation from the form. */
export function createBody(form: RecommendationForm): CreateRecommendationBody {
  return {
    title: form.title.trim(),
    type: form.type,
    priority: form.priority,
    ...(form.theme === '' ? {} : { theme: form.theme }),
    targetLawId: form.targetLawId === '' ? null : form.targetLawId,
    targetText: form.targetText.trim(),
    targetArticle: form.targetArticle.trim(),
    wording: form.wording.trim(),
    rationale: form.rationale.trim(),
    findingIds: splitIds(form.findingIds),
    obligationIds: splitIds(form.obligationIds),
  };
}

/** The changes of an edited recommendation (everything but the wording). */
export function updateBody(form: RecommendationForm, version: number): UpdateRecommendationBody {
  const body: Partial<CreateRecommendationBody> = createBody(form);
  delete body.wording;
  return { ...body, theme: form.theme, version };
}

/** Server issues (`field: message`) by field of the form; the rest under `form`. */
export function issuesByField(issues: readonly string[]): Record<string, string[]> {
  const fields = new Set<string>(Object.keys(emptyForm()));
  const grouped: Record<string, string[]> = {};
  for (const issue of issues) {
    const mark = issue.indexOf(':');
    const field = mark === -1 ? '' : (issue.slice(0, mark).split('.')[0] ?? '');
    const key = fields.has(field) ? field : 'form';
    (grouped[key] ??= []).push(
      mark === -1 || key === 'form' ? issue : issue.slice(mark + 1).trim(),
    );
  }
  return grouped;
}

/** What a finding suggests for a recommendation written from it. */
export function formFromFinding(
  finding: FindingDetail,
  context: {
    title: string;
    lawTitle: (lawId: string) => string | undefined;
    missingLabel: string;
    missingElements: readonly string[];
    summary: string;
  },
): RecommendationForm {
  const accepted = finding.provisions.filter((mapping) => mapping.decision === 'accepted');
  const lawId = accepted[0]?.lawId;
  const onLaw = accepted.filter((mapping) => mapping.lawId === lawId);
  const rationale = [
    context.summary,
    context.missingElements.length === 0
      ? ''
      : `${context.missingLabel}\n${context.missingElements.map((element) => `- ${element}`).join('\n')}`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  return {
    ...emptyForm(),
    title: context.title,
    type: accepted.length > 0 ? 'amend' : 'add',
    priority: finding.status === 'missing' ? 'high' : 'medium',
    theme: finding.theme,
    targetLawId: lawId ?? '',
    targetText: lawId === undefined ? '' : (context.lawTitle(lawId) ?? ''),
    targetArticle: onLaw.map((mapping) => mapping.label).join(', '),
    rationale,
    findingIds: finding.obligationId,
  };
}

/** Signs beside each status, so colour is never the only cue. */
export const STATUS_SIGNS: Readonly<Record<RecommendationStatus, string>> = {
  draft: '✎',
  proposed: '→',
  under_discussion: '…',
  adopted: '✓',
  adopted_with_changes: '✓*',
  rejected: '✗',
  deferred: '⏸',
};
