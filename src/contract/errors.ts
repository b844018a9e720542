import { z } from 'zod';

/** Every error the API returns, one closed list (style.md habit 7). */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'csrf_failed',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'import_failed',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status of each error code. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  import_failed: 422,
  rate_limited: 429,
  internal: 500,
};

/** The one JSON body of every error: a stable code, a message for people, details per field. */
export const ErrorBody = z.object({
  error: z.enum(ERROR_CODES),
  message: z.string(),
  /** Validation failures: one entry per field ("title: too long"). */
  issues: z.array(z.string()).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
