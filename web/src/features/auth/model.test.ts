import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { loginErrorKey, newPasswordProblem } from './model.js';

const failure = (code: ApiError['code'], status: number) =>
  new ApiError({ code, message: code, status });

describe('loginErrorKey', () => {
  it('tells wrong credentials from rate limiting and a lost connection', () => {
    expect(loginErrorKey(failure('invalid_credentials', 401))).toBe('login.invalid');
    expect(loginErrorKey(failure('rate_limited', 429))).toBe('login.rateLimited');
    expect(loginErrorKey(failure('network', 0))).toBe('app.offline');
  });

  it('leaves other failures to the generic message', () => {
    expect(loginErrorKey(failure('internal', 500))).toBeUndefined();
    expect(loginErrorKey(new Error('x'))).toBeUndefined();
  });
});

describe('newPasswordProblem', () => {
  it('asks for ten characters and the same password twice', () => {
    expect(newPasswordProblem('short', 'short')).toBe('password.tooShort');
    expect(newPasswordProblem('long enough 1', 'long enough 2')).toBe('password.mismatch');
    expect(newPasswordProblem('long enough 1', 'long enough 1')).toBeUndefined();
  });
});
