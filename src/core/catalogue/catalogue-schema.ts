import { z } from 'zod';

/** Zod schemas of the catalogue files: the shape of `types.ts`, checked field by field. */

const text = z.string().trim().min(1, 'must not be empty');

export const bilingualSchema = z.strictObject({ en: text, fr: text });

/**
 * One search term: words, `word*` for a prefix, `...` between two words for a gap of up to five
 * words (types.ts, Terms). A gap at either end or a star inside a word is a typing mistake.
 */
const term = text
  .refine((value) => !/^\.\.\.|\.\.\.$/.test(value.trim()), '"..." must sit between two words')
  .refine((value) => !/\*[^\s]/.test(value), '"*" may only end a word');

/** Terms may be empty lists (non-assessable obligations); each term must be a real word. */
export const termsSchema = z.strictObject({ en: z.array(term), fr: z.array(term) });

const patternSchema = z.strictObject({
  all: z.array(termsSchema).min(1, 'needs at least one group'),
  unless: termsSchema.optional(),
  reason: bilingualSchema,
});

export const matchRuleSchema = z.strictObject({
  all: z.array(termsSchema).min(1, 'needs at least one group'),
  related: termsSchema.optional(),
  decoys: z.array(patternSchema).optional(),
  contradictions: z.array(patternSchema).optional(),
  requires: z.string().optional(),
  cappedBy: z.array(z.string()).optional(),
  from: z.array(z.string()).optional(),
  checks: z.array(z.enum(['serious_crime', 'all_persons'])).optional(),
});

export const matchRulesSchema = z.record(z.string(), matchRuleSchema);

export const elementSchema = z.strictObject({
  id: text,
  label: bilingualSchema,
  keywords: termsSchema,
  required: z.boolean(),
});

export const obligationSchema = z.strictObject({
  id: text,
  instrument: z.enum(['TIP', 'SOM', 'UNTOC', 'GP']),
  article: z.number().int().positive().nullable(),
  paragraph: text.nullable(),
  title: bilingualSchema,
  summary: bilingualSchema,
  kind: z.enum(['mandatory', 'endeavour', 'optional', 'definition', 'non_legislative']),
  requiresLegislation: z.boolean(),
  theme: z.enum([
    'general',
    'definitions',
    'criminalization',
    'sanctions',
    'legal_persons',
    'confiscation',
    'jurisdiction',
    'victim_protection',
    'immigration_return',
    'prevention',
    'border_documents',
    'international_cooperation',
    'procedure',
    'final_clauses',
  ]),
  elements: z.array(elementSchema),
  terms: termsSchema,
  match: matchRuleSchema.optional(),
  appliesTo: z
    .array(z.enum(['trafficking', 'smuggling']))
    .min(1)
    .optional(),
  source: text,
  guidance: z.array(text).optional(),
  note: bilingualSchema.optional(),
  verify: text.optional(),
  tags: z.array(text).optional(),
});

export const instrumentSchema = z.strictObject({
  code: z.enum(['TIP', 'SOM', 'UNTOC', 'GP']),
  title: bilingualSchema,
  shortTitle: bilingualSchema,
  citation: text,
  verify: text.optional(),
});

export const ruleSchema = z.strictObject({
  id: text,
  title: bilingualSchema,
  text: bilingualSchema,
  obligations: z.array(text),
  basis: z.array(text).min(1, 'needs a legal basis'),
});

export const catalogueFileSchema = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d+$/, 'must look like 2026.1'),
  instruments: z.array(instrumentSchema).min(1),
  rules: z.array(ruleSchema),
});
