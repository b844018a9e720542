import type { UserSummary } from '../../../../src/contract/auth.js';
import { ApiError } from '../../api/client.js';
import type { MessageKey } from '../../i18n/en.js';

/**
 * Letters and digits a person reads out or copies without mistakes: none of 0/O/o, 1/l/I,
 * 2/Z, 5/S, 8/B, u/U/v/V (46 signs, so 14 of them carry about 77 bits).
 */
export const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstwxyzACDEFGHJKLMNPQRTWXY34679';
export const PASSWORD_LENGTH = 14;

/** Fills an array with random values: `crypto.getRandomValues` in the browser. */
export type RandomFill = (values: Uint32Array) => Uint32Array;

const cryptoFill: RandomFill = (values) => crypto.getRandomValues(values);

/**
 * A one-time password of `length` characters drawn uniformly from PASSWORD_ALPHABET. Values
 * above the last whole multiple of the alphabet's size are drawn again, so no character is
 * more likely than another.
 */
export function generatePassword(length = PASSWORD_LENGTH, fill: RandomFill = cryptoFill): string {
  const size = PASSWORD_ALPHABET.length;
  const limit = Math.floor(0x1_0000_0000 / size) * size;
  let password = '';
  while (password.length < length) {
    for (const value of fill(new Uint32Array(length - password.length))) {
      if (value < limit) password += PASSWORD_ALPHABET.charAt(value % size);
    }
  }
  return password;
}

/** Accounts by name in the reader's alphabet, then by email (names may repeat). */
export function sortAccounts(users: readonly UserSummary[], language: string): UserSummary[] {
  return [...users].sort(
    (a, b) => a.name.localeCompare(b.name, language) || a.email.localeCompare(b.email),
  );
}

/** Where an account stands: an admin or not, and whether its one-time password awaits. */
export function accountLabels(user: Pick<UserSummary, 'isAdmin' | 'mustChangePassword'>): {
  role: MessageKey;
  password: MessageKey;
} {
  return {
    role: user.isAdmin ? 'accounts.admin' : 'accounts.user',
    password: user.mustChangePassword ? 'accounts.pending' : 'accounts.passwordSet',
  };
}

/** The fields of the account form a failure can point at. */
export type AccountField = 'email' | 'name' | 'password';
const FIELDS: readonly AccountField[] = ['email', 'name', 'password'];

const FIELD_MESSAGES: Readonly<Record<AccountField, MessageKey>> = {
  email: 'accounts.error.email',
  name: 'accounts.error.name',
  password: 'accounts.error.password',
};

/** One problem with the form: a field when one is named, a message or the server's words. */
export interface AccountProblem {
  readonly field?: AccountField;
  readonly key?: MessageKey;
  /** The server's (or client's) own words, shown when there is no translation. */
  readonly text: string;
}

/**
 * A failed create or reset as problems to show beside the form. Validation issues
 * ("password: at least 10 characters") go to their field in the reader's language; an email
 * already taken goes to the email; other refusals keep the server's message. Empty for
 * failures that are not about the form (no connection, not allowed, not an API error): the
 * page's general error message words those.
 */
export function accountProblems(error: unknown): AccountProblem[] {
  if (!(error instanceof ApiError)) return [];
  if (error.code === 'network' || error.code === 'forbidden' || error.code === 'internal') {
    return [];
  }
  if (error.code === 'conflict') {
    return [{ field: 'email', key: 'accounts.error.emailTaken', text: error.message }];
  }
  if (error.code === 'validation_failed' && error.issues.length > 0) {
    const problems: AccountProblem[] = [];
    for (const issue of error.issues) {
      const mark = issue.indexOf(':');
      const name = mark === -1 ? '' : issue.slice(0, mark).trim();
      const field = FIELDS.find((candidate) => candidate === name);
      // One message per field: "at least 10" and "at most 200" read as one rule.
      if (field !== undefined && problems.some((problem) => problem.field === field)) continue;
      problems.push(
        field === undefined ? { text: issue } : { field, key: FIELD_MESSAGES[field], text: issue },
      );
    }
    return problems;
  }
  return [{ text: error.message }];
}
