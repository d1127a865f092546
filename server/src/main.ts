/**
 * `coprod-server`: the reference server's command (compiled by `npm run build` to
 * server/dist/coprod-server.js; `npm start` runs this file through tsx for the demo).
 *
 *   coprod-server            start (migrates first unless MIGRATE_ON_START=false)
 *   coprod-server migrate    apply pending migrations and exit (a release step of its own)
 *
 * Settings come from the environment (src/settings.ts; the table in server/README.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { createApp } from './app.js';
import { STAFF_ROLES } from './auth.js';
import type { Db } from './db/db.js';
import { migrate, type MigrateOptions } from './db/migrate.js';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import { purgeExpiredRateLimits } from './plugins/external/rate-limit-store.js';
import { purgeOldIdempotencyKeys } from './repositories/idempotency.js';
import { createSeed } from '@coprod/seed';
import { messagingFromSettings } from './messages/index.js';
import { readSettings, SettingsError, type ServerSettings } from './settings.js';

function fail(message: string): never {
  console.error(`coprod server: ${message}`);
  process.exit(1);
}

const USAGE = `Usage: coprod-server [migrate]

  coprod-server            start the server (settings from the environment: see server/README.md)
  coprod-server migrate    apply pending database migrations, then exit
`;

function settingsOrFail(): ServerSettings {
  try {
    return readSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) fail(`refusing to start:\n  - ${error.problems.join('\n  - ')}`);
    throw error;
  }
}

async function openDb(settings: ServerSettings): Promise<Db> {
  if (settings.database.url) return openPostgres({ connectionString: settings.database.url, max: settings.database.poolMax });
  return openPglite(settings.dataDir);
}

/** A staff token with every role, for trying the staff page (development only; refused in production). */
async function developmentToken(settings: ServerSettings): Promise<string> {
  mkdirSync(settings.dataDir, { recursive: true });
  const token = await new SignJWT({ roles: [...STAFF_ROLES], name: 'Demo staff', title: 'Co-production lead, Adult Social Care' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('dev-staff')
    .setIssuedAt()
    .setExpirationTime('30d')
    .sign(new TextEncoder().encode(settings.auth.jwtSecret));
  writeFileSync(join(settings.dataDir, 'dev-staff-token.txt'), `${token}\n`, { mode: 0o600 });
  return token;
}

/** Says, now and then, that this instance waits for another one's migration (which may hold a long CONCURRENTLY build). */
const migrateWait: MigrateOptions = {
  onWait: (waitedMs) => console.warn(`coprod server: waiting for another instance to finish migrating (${Math.round(waitedMs / 1000)} s so far)`),
};

async function runMigrate() {
  const settings = settingsOrFail();
  const db = await openDb(settings);
  try {
    const applied = await migrate(db, undefined, migrateWait);
    console.log(applied.length ? `coprod server: applied ${applied.join(', ')}` : 'coprod server: every migration was already applied');
  } finally {
    await db.close();
  }
}

async function start() {
  const settings = settingsOrFail();
  const messaging = messagingFromSettings(settings.messages);
  const production = settings.production;
  const db = await openDb(settings);
  const app = await createApp({
    db,
    auth: settings.auth,
    corsOrigins: settings.corsOrigins,
    rateLimit: settings.rateLimit,
    seed: settings.seed ? createSeed() : undefined,
    logger: settings.logLevel === 'silent' ? false : { level: settings.logLevel },
    validateResponses: settings.validateResponses,
    trustProxy: settings.trustProxy,
    embedBaseUrl: settings.embedBaseUrl,
    staffSignIn: settings.staffSignIn,
    migrate: settings.migrateOnStart,
    migrateWait,
    hsts: production,
    me: {
      contactKey: settings.contactKey,
      encryptionKey: settings.contactEncryptionKey,
      retentionMonths: settings.retentionMonths,
      organisation: settings.organisation,
      signIn: {
        // Until a message provider is configured, development prints links and codes; production sends nothing.
        ...(production && !messaging.provider ? { sender: { send: async () => console.warn('coprod server: no message provider is configured, so a sign-in message was not sent') } } : {}),
        ...settings.signIn,
      },
    },
    messaging,
    pay: settings.pay,
    metrics: { token: settings.metricsToken },
    evaluations: settings.evaluations,
  }).catch((error: Error) => fail(error.message));

  const purge = setInterval(() => {
    void purgeOldIdempotencyKeys(db).catch((error) => app.log.warn({ err: error }, 'Could not purge idempotency keys'));
    void purgeExpiredRateLimits(db).catch((error) => app.log.warn({ err: error }, 'Could not purge rate-limit counts'));
  }, 60 * 60 * 1000);
  purge.unref();

  // Graceful shutdown: /readyz answers 503 at once (the balancer stops sending), requests in
  // flight finish, the outbox worker ends its batch, then the pool closes. A stuck close ends
  // after SHUTDOWN_TIMEOUT_MS.
  let closing = false;
  async function shutdown(signal: string) {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'closing: draining requests and the outbox worker');
    setTimeout(() => {
      app.log.error('closing took longer than SHUTDOWN_TIMEOUT_MS; exiting');
      process.exit(1);
    }, settings.shutdownTimeoutMs).unref();
    clearInterval(purge);
    // Fastify closes the connections idle at the moment of closing; a keep-alive connection whose
    // request was still in flight goes idle afterwards and would hold the close open until its
    // keep-alive timeout (72 s, past SHUTDOWN_TIMEOUT_MS). Close those as they go idle.
    const idle = setInterval(() => app.server.closeIdleConnections(), 100);
    idle.unref();
    await app.close();
    clearInterval(idle);
    await db.close();
    app.log.info('closed');
    process.exit(0);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const devToken = settings.devToken ? await developmentToken(settings) : undefined;
  await app.listen({ port: settings.port, host: settings.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const where = `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${port}`;
  console.log(`coprod server on ${where} (${db.kind === 'pglite' ? `PGlite in ${settings.dataDir}` : 'PostgreSQL'})`);
  if (devToken) console.log(`\nDevelopment staff token (also in ${join(settings.dataDir, 'dev-staff-token.txt')}); paste it into ${where}/staff.html:\n\n${devToken}\n`);
}

const command = process.argv[2];
if (command === 'migrate') await runMigrate();
else if (command === undefined || command === 'start') await start();
else {
  process.stderr.write(USAGE);
  process.exit(command === '--help' || command === 'help' ? 0 : 2);
}
