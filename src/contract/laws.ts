import { z } from 'zod';
import { Id, IsoDateTime, UserRef } from './common.js';

/** An import warning as the parser reported it, with its line or article when known. */
export const ImportWarning = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.number().int().optional(),
  article: z.string().optional(),
});
export type ImportWarning = z.infer<typeof ImportWarning>;

export const LawSummary = z.object({
  id: Id,
  title: z.string(),
  fileName: z.string(),
  format: z.string(),
  language: z.string(),
  articleCount: z.number().int(),
  warningCount: z.number().int(),
  importedAt: IsoDateTime,
  importedBy: UserRef,
});
export type LawSummary = z.infer<typeof LawSummary>;

/** An obligation a provision is linked to, and how firmly. */
export const ArticleCoverage = z.object({
  obligationId: z.string(),
  /** accepted by an analyst, or proposed by the engine and not yet decided. */
  state: z.enum(['accepted', 'proposed']),
});
export type ArticleCoverage = z.infer<typeof ArticleCoverage>;

/** One citable article (or section) of a law, with its full wording and its place. */
export const LawArticle = z.object({
  eId: z.string(),
  num: z.string(),
  label: z.string(),
  heading: z.string(),
  /** The wording, paragraphs and items on their own lines. */
  text: z.string(),
  /** The divisions above it, outermost first ("TITRE I : Dispositions générales"). */
  path: z.array(z.string()),
  coverage: z.array(ArticleCoverage),
});
export type LawArticle = z.infer<typeof LawArticle>;

export const LawDetail = LawSummary.extend({
  meta: z.object({
    country: z.string(),
    number: z.string(),
    date: z.string(),
    docType: z.string(),
  }),
  preamble: z.array(z.string()),
  articles: z.array(LawArticle),
  warnings: z.array(ImportWarning),
});
export type LawDetail = z.infer<typeof LawDetail>;

/** The answer to an upload: the law as stored and what the parser had to say. */
export const ImportResult = z.object({ law: LawSummary, warnings: z.array(ImportWarning) });
export type ImportResult = z.infer<typeof ImportResult>;

export const LawParams = z.object({ projectId: Id, lawId: Id });

/** Uploads larger than this are refused before they are read. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
