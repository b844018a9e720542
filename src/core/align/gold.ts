import { z } from 'zod';
import { normalizeNumber } from '../model/numbers.js';

/** A labelled law (DESIGN.md §3): what a careful analyst finds, to measure the engine. */
export interface GoldObligation {
  readonly id: string;
  readonly status: 'aligned' | 'partial' | 'missing' | 'not_applicable';
  /** Article or section numbers as printed. */
  readonly provisions: readonly string[];
  readonly elements?: { readonly present: readonly string[]; readonly absent: readonly string[] };
  readonly note?: string;
}

export interface Gold {
  readonly law: string;
  readonly language?: string;
  readonly articles?: number;
  readonly structure?: readonly string[];
  readonly obligations: readonly GoldObligation[];
}

const GoldSchema = z.object({
  law: z.string().min(1),
  language: z.string().optional(),
  articles: z.number().int().nonnegative().optional(),
  structure: z.array(z.string()).optional(),
  obligations: z.array(
    z.object({
      id: z.string().min(1),
      status: z.enum(['aligned', 'partial', 'missing', 'not_applicable']),
      provisions: z.array(z.union([z.string(), z.number()]).transform(String)),
      elements: z
        .object({
          present: z.array(z.string()).default([]),
          absent: z.array(z.string()).default([]),
        })
        .optional(),
      note: z.string().optional(),
    }),
  ),
});

/** Thrown when a gold file does not have the expected shape; names the field. */
export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
}

export function parseGold(input: unknown, source: string): Gold {
  const parsed = GoldSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.join('.');
    throw new GoldFormatError(
      `${source}: ${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid gold file'}`,
    );
  }
  return parsed.data;
}

/** "1er", "Article premier", " 12 Bis " → "1", "1", "12bis": numbers compared as printed. */
export function normaliseProvisionNumber(num: string): string {
  const bare = num.trim().replace(/^(article|art\.|section|sec\.|s\.)\s*/i, '');
  return normalizeNumber(bare, { roman: false })
    .toLowerCase()
    .replace(/^(\d+)(st|nd|rd|th)$/, '$1');
}
