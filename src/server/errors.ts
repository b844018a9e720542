import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '../contract/errors.js';
import { AppError } from '../services/app-error.js';

/** "title: too long" for each problem, so the user knows which field to fix. */
export function zodIssues(error: ZodError): string[] {
  return error.issues.map((issue) =>
    issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`,
  );
}

const FASTIFY_CODES: Readonly<Record<number, ErrorCode>> = {
  400: 'bad_request',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Any thrown value as the one error body; internals are logged, never sent. */
export function toErrorBody(error: unknown, request: FastifyRequest): ErrorBody {
  if (error instanceof AppError) {
    return {
      error: error.code,
      message: error.message,
      ...(error.issues === undefined ? {} : { issues: [...error.issues] }),
    };
  }
  if (error instanceof ZodError) {
    const issues = zodIssues(error);
    return { error: 'validation_failed', message: issues.join('; '), issues };
  }
  const fastifyError = error as Partial<FastifyError>;
  const code =
    fastifyError.statusCode === undefined ? undefined : FASTIFY_CODES[fastifyError.statusCode];
  if (code !== undefined) {
    return { error: code, message: fastifyError.message ?? code };
  }
  request.log.error({ err: error }, 'unexpected error');
  return { error: 'internal', message: 'Something went wrong on the server; it has been logged' };
}

export function sendError(reply: FastifyReply, body: ErrorBody): FastifyReply {
  return reply.status(ERROR_STATUS[body.error]).send(body);
}
