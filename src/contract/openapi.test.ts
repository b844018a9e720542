import { describe, expect, it } from 'vitest';
import { buildOpenApi } from './openapi.js';
import { ROUTES } from './routes.js';

describe('OpenAPI description', () => {
  const document = buildOpenApi('test') as {
    paths: Record<string, Record<string, { operationId: string; parameters: { name: string }[] }>>;
  };

  it('describes every route of the table once, with OpenAPI path templates', () => {
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations.map((operation) => operation.operationId).sort()).toEqual(
      Object.keys(ROUTES).sort(),
    );
    expect(document.paths['/api/projects/{projectId}/findings/{obligationId}']).toBeDefined();
  });

  it('lists path and query parameters by name', () => {
    const list = document.paths['/api/projects/{projectId}/findings']?.get;
    expect(list?.parameters.map((parameter) => parameter.name)).toEqual([
      'projectId',
      'instrument',
      'theme',
      'status',
      'kind',
      'unconfirmed',
    ]);
  });
});
