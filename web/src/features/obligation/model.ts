import type {
  Evidence,
  FindingDetail,
  ProvisionLink,
  ProvisionText,
} from '../../../../src/contract/findings.js';

/** A piece of a provision's text, marked when it is evidence. */
export interface Segment {
  text: string;
  marked: boolean;
  /** The catalogue terms this piece matched (empty when unmarked). */
  terms: string[];
}

/**
 * The text cut into marked and unmarked pieces by the evidence offsets. Overlapping or
 * touching spans merge; spans outside the text are clipped; empty ones are dropped.
 */
export function highlightSegments(text: string, evidence: readonly Evidence[]): Segment[] {
  const spans = evidence
    .map((item) => ({
      start: Math.max(0, Math.min(text.length, item.start)),
      end: Math.max(0, Math.min(text.length, item.end)),
      term: item.term,
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number; terms: string[] }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.terms.includes(span.term)) last.terms.push(span.term);
    } else merged.push({ start: span.start, end: span.end, terms: [span.term] });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at)
      segments.push({ text: text.slice(at, span.start), marked: false, terms: [] });
    segments.push({ text: text.slice(span.start, span.end), marked: true, terms: span.terms });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) {
    segments.push({ text: text.slice(at), marked: false, terms: [] });
  }
  return segments;
}

/** One key per provision: law and eId. */
export const provisionKey = (link: Pick<ProvisionLink, 'lawId' | 'eId'>) =>
  `${link.lawId}/${link.eId}`;

const sameProvision =
  (a: Pick<ProvisionLink, 'lawId' | 'eId'>) => (b: Pick<ProvisionLink, 'lawId' | 'eId'>) =>
    a.lawId === b.lawId && a.eId === b.eId;

/** The analysed text of a provision, if the finding carries it. */
export function textOf(
  detail: FindingDetail,
  link: Pick<ProvisionLink, 'lawId' | 'eId'>,
): ProvisionText | undefined {
  return detail.texts.find(sameProvision(link));
}

/** All the evidence found in one provision: candidates, look-alikes, conflicts and elements. */
export function evidenceIn(
  detail: FindingDetail,
  link: Pick<ProvisionLink, 'lawId' | 'eId'>,
): Evidence[] {
  const match = sameProvision(link);
  return [
    ...[...detail.candidates, ...detail.lookAlikes, ...detail.conflicts]
      .filter(match)
      .flatMap((candidate) => candidate.evidence),
    ...detail.elements.flatMap((element) =>
      element.evidence !== undefined && element.provision !== undefined && match(element.provision)
        ? [element.evidence]
        : [],
    ),
  ];
}

/** The provision to show first: the best candidate, else any text the finding carries. */
export function firstProvision(detail: FindingDetail): string | undefined {
  const candidate =
    detail.candidates.find((item) => item.decision !== 'rejected') ?? detail.candidates[0];
  if (candidate !== undefined) return provisionKey(candidate);
  const text = detail.texts[0];
  return text === undefined ? undefined : provisionKey(text);
}

/** One changed field of an audit event, as text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value of the audit log in a few words: text as is, other values as compact JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '—' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value) && typeof value.name === 'string') return value.name;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(showValue).join(', ');
  return JSON.stringify(value);
}

/** Fields that are bookkeeping, not content: left out of the history. */
const HIDDEN_FIELDS = new Set(['version', 'updatedAt']);

/** What an audit event changed, field by field; one line when the values are not records. */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return before === null && after === null
      ? []
      : [{ field: '', before: showValue(before), after: showValue(after) }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => !HIDDEN_FIELDS.has(field))
    .filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]))
    .map((field) => ({ field, before: showValue(from[field]), after: showValue(to[field]) }));
}

/** Events of several audit logs as one history, newest first. */
export function mergeHistory<TEvent extends { id: number; at: string }>(
  ...logs: readonly (readonly TEvent[])[]
): TEvent[] {
  return logs.flat().sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
}
