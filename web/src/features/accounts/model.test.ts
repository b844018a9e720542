import { describe, expect, it } from 'vitest';
import type { UserSummary } from '../../../../src/contract/auth.js';
import { ApiError } from '../../api/client.js';
import {
  PASSWORD_ALPHABET,
  PASSWORD_LENGTH,
  accountLabels,
  accountProblems,
  generatePassword,
  sortAccounts,
} from './model.js';

const user = (name: string, email: string, extra: Partial<UserSummary> = {}): UserSummary => ({
  id: email,
  email,
  name,
  isAdmin: false,
  mustChangePassword: false,
  createdAt: '2024-05-01T10:00:00.000Z',
  ...extra,
});

describe('generatePassword', () => {
  it('draws 12 or more signs from the unambiguous alphabet', () => {
    expect(PASSWORD_LENGTH).toBeGreaterThanOrEqual(12);
    for (let round = 0; round < 50; round += 1) {
      const password = generatePassword();
      expect(password).toHaveLength(PASSWORD_LENGTH);
      expect([...password].every((sign) => PASSWORD_ALPHABET.includes(sign))).toBe(true);
    }
    expect(generatePassword()).not.toBe(generatePassword());
  });

  it('leaves out signs read one for another', () => {
    for (const sign of '0Oo1lI2Z5S8BuUvV') expect(PASSWORD_ALPHABET).not.toContain(sign);
    expect(new Set(PASSWORD_ALPHABET).size).toBe(PASSWORD_ALPHABET.length);
  });

  it('draws again values that would favour the first signs', () => {
    const size = PASSWORD_ALPHABET.length;
    const limit = Math.floor(0x1_0000_0000 / size) * size;
    const draws = [[limit, 0, 1], [limit + 1], [2]];
    let call = 0;
    const fill = (values: Uint32Array) => {
      const next = draws[call] ?? [];
      call += 1;
      values.set(next.slice(0, values.length));
      return values;
    };
    expect(generatePassword(3, fill)).toBe(
      `${PASSWORD_ALPHABET[0] ?? ''}${PASSWORD_ALPHABET[1] ?? ''}${PASSWORD_ALPHABET[2] ?? ''}`,
    );
    expect(call).toBe(3);
  });
});

describe('accounts model', () => {
  it('sorts by name in the reader’s alphabet, then by email', () => {
    const sorted = sortAccounts(
      [
        user('Zou', 'z@example.org'),
        user('Émile', 'e2@example.org'),
        user('Awa', 'b@example.org'),
        user('Awa', 'a@example.org'),
      ],
      'fr',
    );
    expect(sorted.map((item) => item.email)).toEqual([
      'a@example.org',
      'b@example.org',
      'e2@example.org',
      'z@example.org',
    ]);
  });

  it('labels the role and a pending one-time password', () => {
    expect(accountLabels({ isAdmin: true, mustChangePassword: true })).toEqual({
      role: 'accounts.admin',
      password: 'accounts.pending',
    });
    expect(accountLabels({ isAdmin: false, mustChangePassword: false })).toEqual({
      role: 'accounts.user',
      password: 'accounts.passwordSet',
    });
  });
});

describe('accountProblems', () => {
  const failure = (code: ApiError['code'], message: string, issues: string[] = []) =>
    new ApiError({ code, message, issues, status: 400 });

  it('puts validation issues on their field, once per field', () => {
    const problems = accountProblems(
      failure('validation_failed', '…', [
        'password: at least 10 characters',
        'password: Too big',
        'email: Invalid email address',
        'locale: Invalid option',
      ]),
    );
    expect(problems).toEqual([
      {
        field: 'password',
        key: 'accounts.error.password',
        text: 'password: at least 10 characters',
      },
      { field: 'email', key: 'accounts.error.email', text: 'email: Invalid email address' },
      { text: 'locale: Invalid option' },
    ]);
  });

  it('puts a taken email on the email field', () => {
    expect(accountProblems(failure('conflict', 'An account already uses a@b.org'))).toEqual([
      { field: 'email', key: 'accounts.error.emailTaken', text: 'An account already uses a@b.org' },
    ]);
  });

  it('keeps the server’s words when there is no translation', () => {
    expect(accountProblems(failure('not_found', 'No such user'))).toEqual([
      { text: 'No such user' },
    ]);
    expect(accountProblems(failure('validation_failed', 'Bad body'))).toEqual([
      { text: 'Bad body' },
    ]);
  });

  it('leaves connection and permission failures to the general message', () => {
    expect(accountProblems(failure('network', 'offline'))).toEqual([]);
    expect(accountProblems(failure('forbidden', 'no'))).toEqual([]);
    expect(accountProblems(new Error('boom'))).toEqual([]);
  });
});
