import { z } from 'zod';
import { PROJECT_ROLES } from '../core/access/permissions.js';

export const Id = z.string().min(1).max(64);
export const IsoDateTime = z.string();
export const Language = z.enum(['fr', 'en']);
export type Language = z.infer<typeof Language>;
export const Bilingual = z.object({ en: z.string(), fr: z.string() });
export const Role = z.enum(PROJECT_ROLES);
export const FINDING_STATUSES = [
  'aligned',
  'partial',
  'missing',
  'not_applicable',
  'not_assessed',
] as const;
export const FindingStatus = z.enum(FINDING_STATUSES);
export type FindingStatus = z.infer<typeof FindingStatus>;
export const INSTRUMENTS = ['TIP', 'SOM', 'UNTOC', 'GP'] as const;
export const Instrument = z.enum(INSTRUMENTS);
export const OBLIGATION_KINDS = [
  'mandatory',
  'endeavour',
  'optional',
  'definition',
  'non_legislative',
] as const;
export const ObligationKind = z.enum(OBLIGATION_KINDS);

/** A person as others see them in a project: enough to say who did something. */
export const UserRef = z.object({ id: Id, name: z.string() });
export type UserRef = z.infer<typeof UserRef>;

export const Ok = z.object({ ok: z.literal(true) });
