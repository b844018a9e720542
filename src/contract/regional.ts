import { z } from 'zod';
import { Bilingual, FindingStatus, Id, Instrument, IsoDateTime, Language } from './common.js';

/** A comma-separated list in a query string (`projects=a,b`); empty parts are dropped. */
const List = <TItem extends z.ZodType<string, string>>(item: TItem) =>
  z
    .string()
    .max(4000)
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(item));

export const REGIONAL_LEVELS = ['obligation', 'theme'] as const;
export const RegionalLevel = z.enum(REGIONAL_LEVELS);
export type RegionalLevel = z.infer<typeof RegionalLevel>;

/** Which countries, obligations and statuses the regional comparison shows. */
export const RegionalQuery = z.object({
  /** Project IDs; default every project the caller may read. */
  projects: List(Id).optional(),
  instruments: List(Instrument).optional(),
  themes: List(z.string().max(40)).optional(),
  /** Keep the obligations with at least one country in one of these statuses. */
  statuses: List(FindingStatus).optional(),
  level: RegionalLevel.default('obligation'),
});
export type RegionalQuery = z.infer<typeof RegionalQuery>;

export const RegionalExportQuery = RegionalQuery.extend({
  format: z.enum(['csv', 'xlsx']),
  /** Language of the headings and titles in the file. */
  language: Language.default('en'),
});
export type RegionalExportQuery = z.infer<typeof RegionalExportQuery>;

const StatusCounts = z.record(FindingStatus, z.number().int());

/** One column of the matrix: a project, that is a country's analysis. */
export const RegionalCountry = z.object({
  projectId: Id,
  name: z.string(),
  country: z.string(),
  laws: z.array(z.string()),
  analysedAt: IsoDateTime.nullable(),
  /** Counts per status over the obligations shown. */
  counts: StatusCounts,
  /** Share of the assessable obligations shown (all but not applicable) found aligned, 0–1. */
  coverage: z.number(),
  /** Share found aligned or partial, 0–1. */
  partialCoverage: z.number(),
});
export type RegionalCountry = z.infer<typeof RegionalCountry>;

/** One country's finding on an obligation; null status when that country has none. */
export const RegionalCell = z.object({
  projectId: Id,
  obligationId: z.string(),
  status: FindingStatus.nullable(),
});
export type RegionalCell = z.infer<typeof RegionalCell>;

export const RegionalRow = z.object({
  obligationId: z.string(),
  title: Bilingual,
  theme: z.string(),
  instrument: Instrument,
  /** One per country, in the order of `countries`. */
  cells: z.array(RegionalCell),
});
export type RegionalRow = z.infer<typeof RegionalRow>;

/** A theme's counts per status in each country (level=theme). */
export const RegionalThemeRow = z.object({
  theme: z.string(),
  obligations: z.number().int(),
  /** One per country, in the order of `countries`. */
  cells: z.array(z.object({ projectId: Id, counts: StatusCounts })),
});
export type RegionalThemeRow = z.infer<typeof RegionalThemeRow>;

/** An obligation missing or partial in several countries of the region. */
export const RegionalGap = z.object({
  obligationId: z.string(),
  title: Bilingual,
  theme: z.string(),
  missing: z.array(Id),
  partial: z.array(Id),
  /** Countries where it is missing or partial. */
  countries: z.number().int(),
});
export type RegionalGap = z.infer<typeof RegionalGap>;

export const RegionalMatrix = z.object({
  level: RegionalLevel,
  countries: z.array(RegionalCountry),
  rows: z.array(RegionalRow),
  themes: z.array(RegionalThemeRow),
  summary: z.object({
    /** Most often missing or partial first (at most 15). */
    gaps: z.array(RegionalGap),
  }),
});
export type RegionalMatrix = z.infer<typeof RegionalMatrix>;
