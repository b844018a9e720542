import type { ErrorCode } from '../contract/errors.js';

/**
 * The one error a use-case throws for an expected failure; the server turns `code` into an
 * HTTP status and the stable JSON body, the CLI into a message. `cause` never reaches clients.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { readonly cause?: unknown; readonly issues?: readonly string[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.issues = options?.issues;
  }
  readonly issues: readonly string[] | undefined;
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`);
