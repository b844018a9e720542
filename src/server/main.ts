import QRCode from 'qrcode';
import { ensureFirstAdmin, actorOf, FIRST_ADMIN_EMAIL } from '../services/accounts.js';
import { loadCatalogueIndex } from '../services/catalogue-files.js';
import { seedDemoWorkspace } from '../services/demo-workspace.js';
import { FindingTableCache } from '../services/finding-table-cache.js';
import { purgeExpiredSessions } from '../services/sessions.js';
import type { Workspace } from '../services/workspace.js';
import { openStore } from '../store/open-store.js';
import { findUserByEmail } from '../store/repos/users.js';
import { buildApp } from './app.js';
import { readConfig, type ServerConfig } from './config.js';
import { lanAddresses } from './lan.js';
import { createLiveHub } from './live-hub.js';

/** Addresses a phone on the same network can reach, when listening on every interface. */
function addresses(config: ServerConfig): string[] {
  if (config.publicUrl !== undefined) return [config.publicUrl];
  if (config.host !== '0.0.0.0' && config.host !== '::') {
    return [`http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`];
  }
  const lan = lanAddresses().map((address) => `http://${address}:${config.port}`);
  return [`http://localhost:${config.port}`, ...lan];
}

/**
 * On a workshop's local network: where participants' phones join, for each address of this
 * laptop, and a QR code of the first one to show the room.
 */
async function lanLines(config: ServerConfig): Promise<string[]> {
  if (!config.lan) return [];
  const bases =
    config.publicUrl === undefined
      ? lanAddresses().map((address) => `http://${address}:${config.port}`)
      : [config.publicUrl.replace(/\/+$/, '')];
  if (bases.length === 0) {
    return ['', '  No network address found: connect this computer to the venue’s network.'];
  }
  const lines = ['', '  Participants’ phones (same network):'];
  for (const base of bases) lines.push(`    app ${base}    join ${base}/#/join`);
  const qr = await QRCode.toString(`${bases[0] ?? ''}/#/join`, { type: 'terminal', small: true });
  return [...lines, '', '  Scan to join:', qr];
}

async function seedDemo(workspace: Workspace): Promise<boolean> {
  const admin = await findUserByEmail(workspace.store.db, FIRST_ADMIN_EMAIL);
  return admin === undefined ? false : seedDemoWorkspace(workspace, actorOf(admin));
}

/** Starts LexAlign: database, first admin, demo project, HTTP server. */
export async function startServer(config: ServerConfig): Promise<void> {
  const store = await openStore(
    config.databaseUrl === undefined
      ? { sqlitePath: config.sqlitePath }
      : { databaseUrl: config.databaseUrl },
  );
  const tables = new FindingTableCache(store.live);
  const workspace: Workspace = { store, catalogue: loadCatalogueIndex(), tables };
  const admin = await ensureFirstAdmin(store, { password: config.adminPassword });
  const seeded = config.demo ? await seedDemo(workspace) : false;
  const hub = createLiveHub(store.live);
  const app = await buildApp({ workspace, config, hub });
  await app.listen({ port: config.port, host: config.host });
  const purge = setInterval(
    () => void purgeExpiredSessions(store).catch(() => undefined),
    3_600_000,
  );
  purge.unref();

  const where = config.databaseUrl === undefined ? `SQLite (${config.sqlitePath})` : 'PostgreSQL';
  const lines = [
    '',
    `LexAlign is running on ${where}.`,
    ...addresses(config).map((url) => `  Open ${url}`),
  ];
  lines.push(...(await lanLines(config)));
  if (seeded) lines.push('  A demo project (Mali, fictional law of 2012) is ready.');
  if (admin !== undefined) {
    lines.push(
      '',
      '  First start: an administrator account was created.',
      `    email:    ${admin.email}`,
      `    password: ${admin.password}   (one-time: you will choose a new one at first login)`,
    );
  }
  console.log([...lines, ''].join('\n'));

  const stop = (): void => {
    hub.close();
    tables.close();
    void app
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

try {
  await startServer(readConfig());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
