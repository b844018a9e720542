import { z } from 'zod';
import { FindingStatus } from './common.js';

const StatusCounts = z.record(FindingStatus, z.number().int());

/** Counts per status for one group (a theme or an instrument). */
export const CoverageGroup = z.object({
  key: z.string(),
  counts: StatusCounts,
  total: z.number().int(),
});

export const Dashboard = z.object({
  counts: StatusCounts,
  total: z.number().int(),
  confirmed: z.number().int(),
  byTheme: z.array(CoverageGroup),
  byInstrument: z.array(CoverageGroup),
  laws: z.number().int(),
  analysedAt: z.string().nullable(),
});
export type Dashboard = z.infer<typeof Dashboard>;
