import { z } from 'zod';
import { DRAFT_DIVISION_KINDS, DRAFT_NODE_KINDS } from '../core/drafting/draft-document.js';
import { FindingStatus, Id, Instrument, IsoDateTime, Language, UserRef } from './common.js';
import { DiffSegment } from './recommendations.js';

/**
 * Drafting the new law(s): drafts traced to recommendations and obligations, versions, the
 * comparative table ("tableau comparatif") and the analysis re-run on the draft.
 */

export const DRAFT_ORIGINS = ['blank', 'law', 'outline'] as const;
export const DraftOrigin = z.enum(DRAFT_ORIGINS);
export const DraftNodeKind = z.enum(DRAFT_NODE_KINDS);
export const DraftDivisionKind = z.enum(DRAFT_DIVISION_KINDS);

const ObligationId = z.string().trim().min(1).max(80);
const Title = z.string().trim().min(1, 'a title is required').max(400);
/** An article's wording as the editor shows it; 100 000 characters at most. */
const Body = z.string().max(100_000);

/** One line of the list of drafts. */
export const DraftSummary = z.object({
  id: Id,
  title: z.string(),
  origin: DraftOrigin,
  language: Language,
  /** The law in force this draft replaces; null for a law added beside them. */
  replacesLawId: z.string().nullable(),
  replacesLawTitle: z.string().nullable(),
  articleCount: z.number().int(),
  placeholderCount: z.number().int(),
  versionCount: z.number().int(),
  /** One more per edit; send it back as `baseRevision` with the next edit. */
  revision: z.number().int(),
  createdAt: IsoDateTime,
  createdBy: UserRef,
  updatedAt: IsoDateTime,
  updatedBy: UserRef.nullable(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const DraftList = z.object({ drafts: z.array(DraftSummary) });
export type DraftList = z.infer<typeof DraftList>;

/** A node of the draft as the editor shows it: numbered, with its wording editable as text. */
export interface DraftNodeView {
  key: string;
  kind: z.infer<typeof DraftNodeKind>;
  /** The number it has today: "1er", "II", "a)"; '' for unnumbered paragraphs. */
  num: string;
  /** "Article 5", "Titre II", "Chapitre 1"; '' for paragraphs and items. */
  label: string;
  heading: string;
  /** Articles: the wording as the editor shows and takes it (`DraftEdit.body`); '' elsewhere. */
  body: string;
  /** The wording read as printed, cross-references resolved; for subdivisions, their own words. */
  text: string;
  rev: number;
  recommendationIds: string[];
  obligationIds: string[];
  placeholder: boolean;
  origin: string;
  note: string;
  /** Articles: comments not yet resolved. */
  openComments: number;
  /** Divisions hold divisions and articles; articles hold their paragraphs and items. */
  children: DraftNodeView[];
}
export const DraftNodeView: z.ZodType<DraftNodeView> = z.lazy(() =>
  z.object({
    key: z.string(),
    kind: DraftNodeKind,
    num: z.string(),
    label: z.string(),
    heading: z.string(),
    body: z.string(),
    text: z.string(),
    rev: z.number().int(),
    recommendationIds: z.array(z.string()),
    obligationIds: z.array(z.string()),
    placeholder: z.boolean(),
    origin: z.string(),
    note: z.string(),
    openComments: z.number().int(),
    children: z.array(DraftNodeView),
  }),
);

/** A problem of the draft a drafter should see: a reference to a deleted article, a placeholder left. */
export const DraftProblem = z.object({
  code: z.enum(['dangling-reference', 'placeholder', 'empty-article', 'unknown-recommendation']),
  /** The article concerned. */
  key: z.string(),
  label: z.string(),
  message: z.string(),
});
export type DraftProblem = z.infer<typeof DraftProblem>;

export const DraftVersionSummary = z.object({
  number: z.number().int(),
  name: z.string(),
  note: z.string(),
  /** The draft's revision when the version was saved. */
  revision: z.number().int(),
  articleCount: z.number().int(),
  createdAt: IsoDateTime,
  createdBy: UserRef,
});
export type DraftVersionSummary = z.infer<typeof DraftVersionSummary>;

export const DraftDetail = DraftSummary.extend({
  shortTitle: z.string(),
  numbering: z.enum(['article', 'section']),
  preamble: z.array(z.string()),
  conclusions: z.array(z.string()),
  body: z.array(DraftNodeView),
  problems: z.array(DraftProblem),
  versions: z.array(DraftVersionSummary),
});
export type DraftDetail = z.infer<typeof DraftDetail>;

export const DraftParams = z.object({ projectId: Id, draftId: Id });
export const DraftArticleParams = DraftParams.extend({ key: z.string().min(1).max(32) });
export const DraftVersionParams = DraftParams.extend({ number: z.coerce.number().int().min(1) });
export const DraftCommentParams = DraftParams.extend({ commentId: Id });

export const CreateDraftBody = z
  .object({
    title: Title,
    origin: DraftOrigin,
    /** `law`: the law in force to copy. */
    lawId: Id.optional(),
    /** The law in force the draft will replace; defaults to `lawId` for a copy, none otherwise. */
    replacesLawId: Id.nullable().optional(),
    /** `outline`: the adopted recommendations to cover (default: every adopted one). */
    recommendationIds: z.array(Id).max(500).optional(),
    /** `outline`: only obligations of these instruments (a separate law on smuggling: `SOM`). */
    instruments: z.array(Instrument).max(4).optional(),
    /** The draft's language; defaults to the project's. */
    language: Language.optional(),
  })
  .refine((body) => body.origin !== 'law' || body.lawId !== undefined, {
    message: 'lawId: a copy of the law in force needs the law to copy',
    path: ['lawId'],
  });
export type CreateDraftBody = z.infer<typeof CreateDraftBody>;

export const UpdateDraftBody = z.object({
  title: Title.optional(),
  replacesLawId: Id.nullable().optional(),
  /** The draft's `revision` as last read; a stale one is refused (409). */
  baseRevision: z.number().int(),
});
export type UpdateDraftBody = z.infer<typeof UpdateDraftBody>;

const Key = z.string().min(1).max(32);
export const DraftEditInput = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('insert'),
    parentKey: Key.nullable(),
    index: z.number().int().min(0),
    kind: z.enum(['title', 'chapter', 'section', 'article']),
    heading: z.string().max(1000),
    body: Body,
  }),
  z.object({
    op: z.literal('update'),
    key: Key,
    heading: z.string().max(1000).optional(),
    body: Body.optional(),
    note: z.string().max(10_000).optional(),
  }),
  z.object({ op: z.literal('delete'), key: Key }),
  z.object({
    op: z.literal('move'),
    key: Key,
    parentKey: Key.nullable(),
    index: z.number().int().min(0),
  }),
  z.object({
    op: z.literal('link'),
    key: Key,
    recommendationIds: z.array(Id).max(100),
    obligationIds: z.array(ObligationId).max(100),
  }),
  z.object({
    op: z.literal('paste'),
    parentKey: Key.nullable(),
    index: z.number().int().min(0),
    text: z.string().min(1).max(2_000_000),
  }),
  z.object({
    op: z.literal('meta'),
    title: Title.optional(),
    shortTitle: z.string().max(300).optional(),
    preamble: z.array(z.string().max(10_000)).max(200).optional(),
    conclusions: z.array(z.string().max(10_000)).max(200).optional(),
  }),
]);
export type DraftEditInput = z.infer<typeof DraftEditInput>;

export const EditDraftBody = z.object({
  /** The draft's `revision` the editor last read. Edits of other units since then are merged. */
  baseRevision: z.number().int().min(0),
  edit: DraftEditInput,
});
export type EditDraftBody = z.infer<typeof EditDraftBody>;

/**
 * The answer to an edit: applied (with the new state), or a conflict when someone else
 * changed the same unit since `baseRevision`. A conflict stores nothing: the editor shows
 * theirs beside mine and the drafter chooses (keep theirs, use mine, or merge by hand and
 * send again with the current revision).
 */
export const EditDraftResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('applied'),
    revision: z.number().int(),
    /** Keys of the units changed, so the editor can show them. */
    changed: z.array(z.string()),
    draft: DraftDetail,
  }),
  z.object({
    status: z.literal('conflict'),
    revision: z.number().int(),
    key: z.string(),
    /** The unit as it is now; null when it was deleted. */
    theirs: DraftNodeView.nullable(),
    /** Who changed it last, and when. */
    changedBy: UserRef.nullable(),
    changedAt: IsoDateTime.nullable(),
    /** Their wording against mine, word by word (the body for an article, the heading otherwise). */
    diff: z.array(DiffSegment),
    draft: DraftDetail,
  }),
]);
export type EditDraftResult = z.infer<typeof EditDraftResult>;

export const SaveDraftVersionBody = z.object({
  name: z.string().trim().min(1, 'a name is required').max(200),
  note: z.string().max(4000).default(''),
});
export type SaveDraftVersionBody = z.infer<typeof SaveDraftVersionBody>;

/**
 * A side of a comparison: `current` (the working copy), `v3` (saved version 3) or
 * `law:<lawId>` (a law in force of the project).
 */
export const ComparisonSide = z
  .string()
  .regex(/^(current|v\d+|law:[A-Za-z0-9_-]{1,64})$/, 'current, v<number> or law:<lawId>');

export const CompareDraftQuery = z.object({
  /** Default: the law the draft replaces, else its first saved version. */
  left: ComparisonSide.optional(),
  right: ComparisonSide.default('current'),
});
export type CompareDraftQuery = z.infer<typeof CompareDraftQuery>;

export const ArticleChange = z.enum([
  'unchanged',
  'modified',
  'added',
  'deleted',
  'split',
  'merged',
]);

export const ComparedArticle = z.object({
  key: z.string(),
  num: z.string(),
  label: z.string(),
  heading: z.string(),
  path: z.array(z.string()),
  text: z.string(),
});

/** A row of the comparative table: old article(s) / new article(s) / comment. */
export const ComparisonRowView = z.object({
  change: ArticleChange,
  /** The same article under another number. */
  renumbered: z.boolean(),
  /** The article moved among the others or to another division. */
  moved: z.boolean(),
  old: z.array(ComparedArticle),
  new: z.array(ComparedArticle),
  /** Word-level changes, old wording against new. */
  diff: z.array(DiffSegment),
  similarity: z.number(),
  /** The comment column: what happened (renumbered from, split into…) and the drafter's note. */
  comment: z.string(),
  /** Recommendations the new article implements, as `R3`. */
  recommendations: z.array(z.string()),
});
export type ComparisonRowView = z.infer<typeof ComparisonRowView>;

export const DraftComparison = z.object({
  left: z.object({ side: z.string(), title: z.string() }),
  right: z.object({ side: z.string(), title: z.string() }),
  rows: z.array(ComparisonRowView),
  counts: z.record(ArticleChange, z.number().int()),
});
export type DraftComparison = z.infer<typeof DraftComparison>;

export const CoverageQuery = z.object({
  /** `current` or `v<number>`. */
  side: z
    .string()
    .regex(/^(current|v\d+)$/)
    .default('current'),
});

const StatusCounts = z.record(FindingStatus, z.number().int());

export const CoverageArticleRef = z.object({
  key: z.string(),
  label: z.string(),
  /** Found by the engine, linked by a drafter, or both. */
  via: z.enum(['engine', 'link', 'both']),
});

export const ObligationCoverage = z.object({
  obligationId: z.string(),
  instrument: Instrument,
  theme: z.string(),
  title: z.object({ en: z.string(), fr: z.string() }),
  /** The engine on the law in force (before) and on the law as the draft would make it (after). */
  before: FindingStatus,
  after: FindingStatus,
  change: z.enum(['improved', 'same', 'regressed']),
  articles: z.array(CoverageArticleRef),
  /** A drafter linked an article to it but the engine does not find the elements there. */
  linkedButNotFound: z.boolean(),
});
export type ObligationCoverage = z.infer<typeof ObligationCoverage>;

export const ThemeCoverage = z.object({
  theme: z.string(),
  before: StatusCounts,
  after: StatusCounts,
});

export const RecommendationCoverage = z.object({
  id: Id,
  label: z.string(),
  title: z.string(),
  /** At least one written (non-placeholder) article implements it. */
  addressed: z.boolean(),
  articles: z.array(z.object({ key: z.string(), label: z.string(), placeholder: z.boolean() })),
});

export const DraftCoverage = z.object({
  side: z.string(),
  /** What "after" means: the laws in force, minus the one the draft replaces, plus the draft. */
  scenario: z.object({
    lawsBefore: z.array(z.object({ id: z.string(), title: z.string() })),
    replacedLaw: z.object({ id: z.string(), title: z.string() }).nullable(),
  }),
  totals: z.object({ before: StatusCounts, after: StatusCounts }),
  themes: z.array(ThemeCoverage),
  obligations: z.array(ObligationCoverage),
  regressions: z.array(z.string()),
  recommendations: z.array(RecommendationCoverage),
  catalogueVersion: z.string(),
  analysedAt: IsoDateTime,
});
export type DraftCoverage = z.infer<typeof DraftCoverage>;

export const DraftComment = z.object({
  id: Id,
  key: z.string(),
  author: UserRef,
  body: z.string(),
  createdAt: IsoDateTime,
  resolvedAt: IsoDateTime.nullable(),
  resolvedBy: UserRef.nullable(),
});
export type DraftComment = z.infer<typeof DraftComment>;

export const DraftCommentList = z.object({ comments: z.array(DraftComment) });
export const ResolveDraftCommentBody = z.object({ resolved: z.boolean() });

export const ExportDraftQuery = z.object({
  format: z.enum(['docx', 'akn']),
  /** `current` or `v<number>`. */
  side: z
    .string()
    .regex(/^(current|v\d+)$/)
    .default('current'),
});
export type ExportDraftQuery = z.infer<typeof ExportDraftQuery>;
