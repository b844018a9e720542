import type { MessageKey } from '../../i18n/en.js';
import { ApiError } from '../../api/client.js';

/** The message for a failed login: wrong credentials, rate limit, lost connection. */
export function loginErrorKey(error: unknown): MessageKey | undefined {
  if (!(error instanceof ApiError)) return undefined;
  switch (error.code) {
    case 'invalid_credentials':
    case 'unauthenticated':
    case 'validation_failed':
      return 'login.invalid';
    case 'rate_limited':
      return 'login.rateLimited';
    case 'network':
      return 'app.offline';
    default:
      return undefined;
  }
}

export const MIN_PASSWORD_LENGTH = 10;

/** What is wrong with a new password and its confirmation, checked before sending. */
export function newPasswordProblem(next: string, again: string): MessageKey | undefined {
  if (next.length < MIN_PASSWORD_LENGTH) return 'password.tooShort';
  if (next !== again) return 'password.mismatch';
  return undefined;
}
