import { z } from 'zod';
import { Bilingual, Instrument, ObligationKind } from './common.js';

export const ObligationSummary = z.object({
  id: z.string(),
  instrument: Instrument,
  theme: z.string(),
  kind: ObligationKind,
  title: Bilingual,
});

export const CatalogueView = z.object({
  version: z.string(),
  /** Themes in the catalogue's order; the web names them in the reader's language. */
  themes: z.array(z.string()),
  obligations: z.array(ObligationSummary),
});
export type CatalogueView = z.infer<typeof CatalogueView>;
