import type { FindingStatus, INSTRUMENTS } from '../../../../src/contract/common.js';
import type {
  CreateDraftBody,
  DraftEditInput,
  DraftNodeView,
  DraftVersionSummary,
  ComparisonRowView,
  DraftCoverage,
} from '../../../../src/contract/drafts.js';
import type { DiffSegment } from '../../../../src/contract/recommendations.js';

/** The units a drafter may insert: divisions and articles (paragraphs are lines of a wording). */
export const INSERT_KINDS = ['article', 'chapter', 'section', 'title'] as const;
export type InsertKind = (typeof INSERT_KINDS)[number];

const DIVISIONS: ReadonlySet<DraftNodeView['kind']> = new Set(['title', 'chapter', 'section']);

export const isDivision = (node: Pick<DraftNodeView, 'kind'>): boolean => DIVISIONS.has(node.kind);
export const isArticle = (node: Pick<DraftNodeView, 'kind'>): boolean => node.kind === 'article';

/** Where a unit sits: its parent (null at the top of the body) and its index among the siblings. */
export interface Place {
  readonly parentKey: string | null;
  readonly index: number;
}

/** One line of the outline beside the text: a division or an article, with its depth. */
export interface OutlineItem {
  readonly key: string;
  readonly kind: DraftNodeView['kind'];
  readonly label: string;
  readonly heading: string;
  readonly placeholder: boolean;
  readonly depth: number;
  readonly parentKey: string | null;
  readonly index: number;
}

/** The structure of the draft, top to bottom: divisions and articles (not their paragraphs). */
export function outlineOf(body: readonly DraftNodeView[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  const walk = (nodes: readonly DraftNodeView[], parentKey: string | null, depth: number) => {
    nodes.forEach((node, index) => {
      if (!isDivision(node) && !isArticle(node)) return;
      items.push({
        key: node.key,
        kind: node.kind,
        label: node.label,
        heading: node.heading,
        placeholder: node.placeholder,
        depth,
        parentKey,
        index,
      });
      if (isDivision(node)) walk(node.children, node.key, depth + 1);
    });
  };
  walk(body, null, 0);
  return items;
}

/** Every article of the draft in reading order. */
export function articlesOf(body: readonly DraftNodeView[]): DraftNodeView[] {
  const found: DraftNodeView[] = [];
  const walk = (nodes: readonly DraftNodeView[]) => {
    for (const node of nodes) {
      if (isArticle(node)) found.push(node);
      else if (isDivision(node)) walk(node.children);
    }
  };
  walk(body);
  return found;
}

interface Located {
  readonly node: DraftNodeView;
  readonly parentKey: string | null;
  readonly index: number;
  readonly siblings: readonly DraftNodeView[];
  /** The divisions above it, outermost first. */
  readonly ancestors: readonly DraftNodeView[];
}

/** A unit of the draft by its key, with where it sits. */
export function locate(body: readonly DraftNodeView[], key: string): Located | undefined {
  const walk = (
    nodes: readonly DraftNodeView[],
    parentKey: string | null,
    ancestors: readonly DraftNodeView[],
  ): Located | undefined => {
    for (const [index, node] of nodes.entries()) {
      if (node.key === key) return { node, parentKey, index, siblings: nodes, ancestors };
      if (isDivision(node)) {
        const found = walk(node.children, node.key, [...ancestors, node]);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(body, null, []);
}

/** Where a new unit goes to sit just before or just after `key`. */
export function placeBeside(
  body: readonly DraftNodeView[],
  key: string,
  where: 'before' | 'after',
): Place | undefined {
  const found = locate(body, key);
  if (found === undefined) return undefined;
  return { parentKey: found.parentKey, index: found.index + (where === 'after' ? 1 : 0) };
}

/** The end of the draft: after the last unit at the top. */
export const endOf = (body: readonly DraftNodeView[]): Place => ({
  parentKey: null,
  index: body.length,
});

/**
 * Where a unit moved up or down goes, as a `move` edit takes it (the index counts the siblings
 * once the unit has left its place). Within its parent it swaps with its neighbour; an article
 * at the edge of its division goes to the end of the previous division, or the start of the
 * next one, when that division is of the same kind. null: it cannot go further.
 */
export function moveTarget(
  body: readonly DraftNodeView[],
  key: string,
  direction: 'up' | 'down',
): Place | undefined {
  const found = locate(body, key);
  if (found === undefined) return undefined;
  const { index, siblings, parentKey, ancestors } = found;
  if (direction === 'up' && index > 0) return { parentKey, index: index - 1 };
  if (direction === 'down' && index < siblings.length - 1) return { parentKey, index: index + 1 };
  const parent = ancestors.at(-1);
  if (parent === undefined) return undefined;
  const around = locate(body, parent.key);
  if (around === undefined) return undefined;
  const neighbour = around.siblings[around.index + (direction === 'up' ? -1 : 1)];
  if (neighbour === undefined || neighbour.kind !== parent.kind) return undefined;
  return direction === 'up'
    ? { parentKey: neighbour.key, index: neighbour.children.length }
    : { parentKey: neighbour.key, index: 0 };
}

/** The printed form of a unit: "Article 5 — Definitions", or the label alone. */
export function unitName(node: Pick<DraftNodeView, 'label' | 'heading'>): string {
  if (node.label === '') return node.heading;
  return node.heading === '' ? node.label : `${node.label} — ${node.heading}`;
}

/** A problem's message under a link to its unit: the unit's label at its head is dropped. */
export function withoutLabel(message: string, label: string): string {
  if (label === '' || !message.startsWith(label)) return message;
  const rest = message.slice(label.length);
  return /^\s*:/.test(rest) ? rest.replace(/^\s*:\s*/, '') : message;
}

/** Lower case without accents, for a search that ignores both. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Obligations of the catalogue whose ID or title holds every word of `query`. */
export function searchObligations<T extends { id: string; title: { en: string; fr: string } }>(
  obligations: readonly T[],
  query: string,
  limit = 25,
): T[] {
  const words = normalise(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [];
  return obligations
    .filter((item) => {
      const haystack = normalise(`${item.id} ${item.title.en} ${item.title.fr}`);
      return words.every((word) => haystack.includes(word));
    })
    .slice(0, limit);
}

/** The list with `item` in (at the end) or out. */
export function toggle(list: readonly string[], item: string, on: boolean): string[] {
  const without = list.filter((entry) => entry !== item);
  return on ? [...without, item] : without;
}

// ---------------------------------------------------------------------------------------------
// The new-draft form

export type DraftOrigin = CreateDraftBody['origin'];

export interface NewDraftForm {
  title: string;
  origin: DraftOrigin;
  /** `law`: the law to copy; otherwise the law the draft will replace ('' for none). */
  lawId: string;
  /** `outline`: the adopted recommendations chosen. */
  recommendationIds: string[];
  /** `outline`: only these instruments; none chosen means all. */
  instruments: (typeof INSTRUMENTS)[number][];
  language: 'fr' | 'en';
}

export type NewDraftError = 'titleRequired' | 'lawRequired' | 'recommendationsRequired';

export function validateNewDraft(
  form: NewDraftForm,
  context: { adoptedCount: number },
): Partial<Record<'title' | 'lawId' | 'recommendationIds', NewDraftError>> {
  const errors: Partial<Record<'title' | 'lawId' | 'recommendationIds', NewDraftError>> = {};
  if (form.title.trim() === '') errors.title = 'titleRequired';
  if (form.origin === 'law' && form.lawId === '') errors.lawId = 'lawRequired';
  if (
    form.origin === 'outline' &&
    context.adoptedCount > 0 &&
    form.recommendationIds.length === 0
  ) {
    errors.recommendationIds = 'recommendationsRequired';
  }
  return errors;
}

/** What the form sends: only the fields its origin uses. */
export function createDraftBody(form: NewDraftForm): CreateDraftBody {
  const base = { title: form.title.trim(), origin: form.origin, language: form.language };
  if (form.origin === 'law') return { ...base, lawId: form.lawId };
  const replaces = { replacesLawId: form.lawId === '' ? null : form.lawId };
  if (form.origin === 'blank') return { ...base, ...replaces };
  return {
    ...base,
    ...replaces,
    recommendationIds: form.recommendationIds,
    ...(form.instruments.length === 0 ? {} : { instruments: form.instruments }),
  };
}

// ---------------------------------------------------------------------------------------------
// Conflicts

/** The words a conflict is about: an article's wording, a division's heading. */
export function conflictText(
  edit: DraftEditInput,
  theirs: DraftNodeView | null,
): {
  mine: string;
  theirs: string;
  field: 'body' | 'heading' | null;
} {
  if (edit.op !== 'update') return { mine: '', theirs: '', field: null };
  if (edit.body !== undefined)
    return { mine: edit.body, theirs: theirs?.body ?? '', field: 'body' };
  if (edit.heading !== undefined) {
    return { mine: edit.heading, theirs: theirs?.heading ?? '', field: 'heading' };
  }
  return { mine: edit.note ?? '', theirs: theirs?.note ?? '', field: null };
}

/** My edit again, with the words merged by hand in place of mine. */
export function withMerged(edit: DraftEditInput, merged: string): DraftEditInput {
  if (edit.op !== 'update') return edit;
  if (edit.body !== undefined) return { ...edit, body: merged };
  if (edit.heading !== undefined) return { ...edit, heading: merged };
  return edit;
}

/** A word diff split for two columns: the old side keeps removed words, the new side added ones. */
export function diffColumns(segments: readonly DiffSegment[]): {
  old: DiffSegment[];
  new: DiffSegment[];
} {
  return {
    old: segments.filter((segment) => segment.kind !== 'added'),
    new: segments.filter((segment) => segment.kind !== 'removed'),
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison

export type ComparisonSideRef =
  { kind: 'current' } | { kind: 'version'; number: number } | { kind: 'law'; lawId: string };

/** `current`, `v3`, `law:l1` → what it names; undefined for anything else. */
export function parseSide(side: string): ComparisonSideRef | undefined {
  if (side === 'current') return { kind: 'current' };
  const version = /^v(\d+)$/.exec(side);
  if (version?.[1] !== undefined) return { kind: 'version', number: Number(version[1]) };
  if (side.startsWith('law:') && side.length > 4) return { kind: 'law', lawId: side.slice(4) };
  return undefined;
}

/** The sides a comparison can take: the laws in force, each saved version, the working copy. */
export function sideOptions(
  laws: readonly { id: string; title: string }[],
  versions: readonly DraftVersionSummary[],
): { value: string; kind: ComparisonSideRef['kind']; number?: number; title: string }[] {
  return [
    ...laws.map((law) => ({ value: `law:${law.id}`, kind: 'law' as const, title: law.title })),
    ...versions.map((version) => ({
      value: `v${version.number}`,
      kind: 'version' as const,
      number: version.number,
      title: version.name,
    })),
    { value: 'current', kind: 'current' as const, title: '' },
  ];
}

/** The badges of a row of the comparative table, in the order they are shown. */
export type RowBadge = ComparisonRowView['change'] | 'renumbered' | 'moved';

export function rowBadges(
  row: Pick<ComparisonRowView, 'change' | 'renumbered' | 'moved'>,
): RowBadge[] {
  return [
    ...(row.change === 'unchanged' ? [] : [row.change]),
    ...(row.renumbered ? (['renumbered'] as const) : []),
    ...(row.moved ? (['moved'] as const) : []),
  ];
}

/** True when a row shows one article on each side with word-level changes to highlight. */
export const showsWordDiff = (row: Pick<ComparisonRowView, 'old' | 'new' | 'diff'>): boolean =>
  row.old.length === 1 && row.new.length === 1 && row.diff.length > 0;

// ---------------------------------------------------------------------------------------------
// Coverage

/** Aligned or partial: the obligation is covered, fully or in part. */
export const coveredOf = (counts: Partial<Record<FindingStatus, number>>): number =>
  (counts.aligned ?? 0) + (counts.partial ?? 0);

/** One theme of the coverage chart and table: covered obligations before and after. */
export interface ThemeCoverageRow {
  readonly theme: string;
  readonly name: string;
  readonly before: number;
  readonly after: number;
  readonly total: number;
}

export function themeRows(
  coverage: Pick<DraftCoverage, 'themes'>,
  nameOf: (theme: string) => string,
): ThemeCoverageRow[] {
  return coverage.themes
    .map((theme) => ({
      theme: theme.theme,
      name: nameOf(theme.theme),
      before: coveredOf(theme.before),
      after: coveredOf(theme.after),
      total: Object.values(theme.after).reduce((sum, count) => sum + count, 0),
    }))
    .filter((row) => row.total > 0);
}

/** Which obligations the per-obligation table shows. */
export const OBLIGATION_FILTERS = ['draft', 'changed', 'all'] as const;
export type ObligationFilter = (typeof OBLIGATION_FILTERS)[number];

/**
 * `draft`: those the draft touches (an article covers or is linked to them) or whose status
 * changes; `changed`: those whose status changes; `all`: the whole catalogue.
 */
export function filterObligations<
  T extends { change: 'improved' | 'same' | 'regressed'; articles: readonly unknown[] },
>(rows: readonly T[], filter: ObligationFilter): T[] {
  if (filter === 'all') return [...rows];
  return rows.filter(
    (row) => row.change !== 'same' || (filter === 'draft' && row.articles.length > 0),
  );
}

/** Obligations whose status changed first (regressions, then improvements), then the rest. */
export function obligationOrder<T extends { change: 'improved' | 'same' | 'regressed' }>(
  rows: readonly T[],
): T[] {
  const rank = { regressed: 0, improved: 1, same: 2 } as const;
  return [...rows].sort((a, b) => rank[a.change] - rank[b.change]);
}
