import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildOpenApi } from '../contract/openapi.js';
import { routeAdder } from './add-route.js';
import { sendError, toErrorBody } from './errors.js';
import { authRoutes } from './routes/auth.js';
import { eventRoutes } from './routes/events.js';
import { findingRoutes } from './routes/findings.js';
import { lawRoutes } from './routes/laws.js';
import { liveSessionRoutes } from './routes/live-session.js';
import { projectRoutes } from './routes/projects.js';
import { draftRoutes } from './routes/drafts.js';
import { regionalRoutes } from './routes/regional.js';
import { recommendationRoutes } from './routes/recommendations.js';
import { reportRoutes } from './routes/reports.js';
import { workshopRoutes } from './routes/workshops.js';
import type { ServerDeps } from './server-deps.js';

export const API_VERSION = '0.1.0';

/** Security headers: scripts, styles and data only from this server; no framing. */
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    upgradeInsecureRequests: null,
  },
};

/**
 * The HTTP application, without listening: tests call it in process with `inject`, main.ts
 * listens. Everything it needs comes in `deps`.
 */
export async function buildApp(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  // Analysts often work on slow links: the concordance table shrinks about tenfold.
  await app.register(compress, { global: true, threshold: 2048, encodings: ['gzip', 'deflate'] });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    hsts: deps.config.secureCookies,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 1 } });
  app.setErrorHandler((error, request, reply) => sendError(reply, toErrorBody(error, request)));

  const add = routeAdder(app, deps);
  authRoutes(add, deps);
  projectRoutes(add, deps);
  lawRoutes(add, deps);
  findingRoutes(add, deps);
  recommendationRoutes(add, deps);
  eventRoutes(add, deps);
  liveSessionRoutes(add, deps);
  workshopRoutes(add, deps);
  draftRoutes(add, deps);
  reportRoutes(add, deps);
  regionalRoutes(add, deps);
  const openApi = buildOpenApi(API_VERSION);
  app.get('/api/openapi.json', () => openApi);
  app.get('/api/health', async () => {
    await deps.workspace.store.db.selectFrom('users').select('id').limit(1).execute();
    return { ok: true, database: deps.workspace.store.dialect, liveStreams: deps.hub.size };
  });

  await serveWebApp(app, deps.config.webDir);
  return app;
}

/** The built web app, with every non-API path answered by index.html (client-side routes). */
async function serveWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const built = existsSync(join(webDir, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webDir, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return sendError(reply, {
        error: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
      });
    }
    if (!built) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built: run `npm run build:web`, or use the API under /api.');
    }
    return reply.sendFile('index.html');
  });
}
