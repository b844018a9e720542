import { networkInterfaces } from 'node:os';
import type { FastifyRequest } from 'fastify';
import type { ServerConfig } from './config.js';

/** The IPv4 addresses other machines of the local network can reach this one at. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((item) => item !== undefined && item.family === 'IPv4' && !item.internal)
    .map((item) => item?.address ?? '');
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The address phones reach this server at: PUBLIC_URL when set; on a local network served
 * from this laptop, its network address even when the chair opened the page as localhost;
 * otherwise the address the page was opened with.
 */
export function phoneBaseUrl(config: ServerConfig, request: FastifyRequest): string {
  if (config.publicUrl !== undefined) return config.publicUrl.replace(/\/+$/, '');
  const host = request.headers.host ?? `localhost:${config.port}`;
  const match = /^(.*?)(?::(\d+))?$/.exec(host);
  const hostname = match?.[1] ?? host;
  const port = match?.[2];
  const [lan] = config.lan && LOOPBACK.has(hostname) ? lanAddresses() : [];
  if (lan !== undefined) return `http://${lan}${port === undefined ? '' : `:${port}`}`;
  return `${request.protocol}://${host}`;
}
