import { z } from 'zod';
import { ErrorBody } from './errors.js';
import { ROUTES, type RouteSpec } from './routes.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const described: JsonSchema = { ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }) };
  delete described.$schema;
  return described;
}

/** Path and query parameters of a route as OpenAPI parameter objects. */
function parameters(spec: RouteSpec): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (schema === undefined) continue;
    const described = jsonSchema(schema, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(described.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === 'path' || (described.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return list;
}

function operation(name: string, spec: RouteSpec): JsonSchema {
  const success = String(spec.status ?? 200);
  const content =
    spec.response === undefined
      ? { 'text/event-stream': { schema: { type: 'string' } } }
      : { 'application/json': { schema: jsonSchema(spec.response, 'output') } };
  const requestBody =
    spec.body === undefined
      ? name === 'importLaw'
        ? {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { file: { type: 'string', format: 'binary' } },
                  required: ['file'],
                },
              },
            },
          }
        : undefined
      : {
          required: true,
          content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
        };
  return {
    operationId: name,
    summary: spec.summary,
    'x-access': spec.access,
    parameters: parameters(spec),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: {
      [success]: { description: 'Success', content },
      default: {
        description: 'Error',
        content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } },
      },
    },
  };
}

/** The OpenAPI 3.1 description of the API, built from the same route table the server serves. */
export function buildOpenApi(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, spec] of Object.entries(ROUTES) as [string, RouteSpec][]) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = operation(name, spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'LexAlign API',
      version,
      description:
        'Legislative analysis against UNTOC and its Protocols. Changes need the session cookie and the `x-csrf-token` header returned by /api/auth/login or /api/auth/me.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lexalign_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
