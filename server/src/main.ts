import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { createApp } from './app.js';
import { STAFF_ROLES, type AuthOptions } from './auth.js';
import type { Db } from './db/db.js';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import { purgeOldIdempotencyKeys } from './repositories/idempotency.js';
import { createSeed } from '@coprod/seed';
import { messagingFromEnv } from './messages/index.js';

const env = process.env;
const production = env.NODE_ENV === 'production';
const serverDir = fileURLToPath(new URL('../', import.meta.url));
const dataDir = resolve(env.DATA_DIR ?? join(serverDir, '.data/pglite'));
const port = Number(env.PORT ?? 8080);
const host = env.HOST ?? '127.0.0.1';

function fail(message: string): never {
  console.error(`coprod server: ${message}`);
  process.exit(1);
}

async function authOptions(): Promise<{ auth: AuthOptions; devToken?: string }> {
  const common = { ...(env.JWT_ISSUER ? { issuer: env.JWT_ISSUER } : {}), ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}) };
  if (env.JWT_SECRET) return { auth: { jwtSecret: env.JWT_SECRET, ...common } };
  if (env.JWKS_URL) return { auth: { jwksUrl: env.JWKS_URL, ...common } };
  if (production) fail('set JWT_SECRET (HS256) or JWKS_URL before starting in production; staff sign-in needs one of them.');
  // Development: a secret kept beside the data, and a staff token printed so people can try the staff page.
  mkdirSync(dataDir, { recursive: true });
  const secretFile = join(dataDir, 'dev-jwt-secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
  const jwtSecret = readFileSync(secretFile, 'utf8').trim();
  const devToken = await new SignJWT({ roles: [...STAFF_ROLES], name: 'Demo staff', title: 'Co-production lead, Adult Social Care' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('dev-staff')
    .setIssuedAt()
    .setExpirationTime('30d')
    .sign(new TextEncoder().encode(jwtSecret));
  writeFileSync(join(dataDir, 'dev-staff-token.txt'), `${devToken}\n`, { mode: 0o600 });
  return { auth: { jwtSecret, ...common }, devToken };
}

/** Keys the hash that ties a person's rows to their email or phone; it must not change between restarts. */
function contactKey(): string {
  if (env.CONTACT_KEY) return env.CONTACT_KEY;
  if (production) fail('set CONTACT_KEY (32 random bytes, e.g. `openssl rand -base64 32`) before starting in production; sign-in links need it.');
  mkdirSync(dataDir, { recursive: true });
  const keyFile = join(dataDir, 'dev-contact-key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(keyFile, 'utf8').trim();
}

/** Encrypts contact details and names at rest; losing it loses them, so it is kept like a database password. */
function contactEncryptionKey(): string {
  if (env.CONTACT_ENCRYPTION_KEY) return env.CONTACT_ENCRYPTION_KEY;
  if (production) fail('set CONTACT_ENCRYPTION_KEY (32 random bytes in base64: `openssl rand -base64 32`) before starting in production; it encrypts contact details at rest.');
  mkdirSync(dataDir, { recursive: true });
  const keyFile = join(dataDir, 'dev-contact-encryption-key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32).toString('base64'), { mode: 0o600 });
  return readFileSync(keyFile, 'utf8').trim();
}

async function openDb(): Promise<Db> {
  if (env.DATABASE_URL) return openPostgres({ connectionString: env.DATABASE_URL, max: Number(env.PG_POOL_MAX ?? 10) });
  return openPglite(dataDir);
}

const { auth, devToken } = await authOptions();
if (production && !env.MESSAGES_SECRET && !auth.jwtSecret) fail('set MESSAGES_SECRET: it signs the unsubscribe links in messages, and must be the same on every instance.');
const messaging = messagingFromEnv(env, env.MESSAGES_SECRET ?? auth.jwtSecret ?? randomBytes(32).toString('base64url'), port);
const db = await openDb();
const app = await createApp({
  db,
  auth,
  corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : undefined,
  rateLimit: env.RATE_LIMIT_MAX === '0' ? false : { max: Number(env.RATE_LIMIT_MAX ?? 10), timeWindow: env.RATE_LIMIT_WINDOW ?? '1 minute' },
  seed: env.SEED === 'false' ? undefined : createSeed(),
  logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL ?? 'info' },
  validateResponses: env.NODE_ENV === 'test',
  trustProxy: env.TRUST_PROXY === 'true',
  me: {
    contactKey: contactKey(),
    encryptionKey: contactEncryptionKey(),
    retentionMonths: Number(env.RETENTION_MONTHS ?? 12),
    signIn: {
      // Until a message provider is configured, development prints links and codes; production sends nothing.
      ...(production && !messaging.provider ? { sender: { send: async () => console.warn('coprod server: no message provider is configured, so a sign-in message was not sent') } } : {}),
      pageUrl: env.MY_INVOLVEMENT_URL ?? `http://localhost:${port}/my-involvement.html`,
      ...(env.SIGN_IN_PER_IP ? { perIp: env.SIGN_IN_PER_IP === '0' ? false : Number(env.SIGN_IN_PER_IP) } : {}),
    },
  },
  messaging,
  pay: {
    targetWorkingDays: Number(env.PAY_TARGET_WORKING_DAYS ?? 10),
    separateApprover: env.PAY_SEPARATE_APPROVER === 'true',
    benefitsAdviceUrl: env.BENEFITS_ADVICE_URL ?? null,
    retentionMonths: Number(env.PAY_RETENTION_MONTHS ?? 72),
  },
  metrics: { token: env.METRICS_TOKEN || undefined },
  evaluations: {
    threshold: Number(env.EVALUATION_THRESHOLD ?? 5),
    pageUrl: env.EVALUATION_URL ?? `${messaging.links.publicBaseUrl.replace(/\/$/, '')}/evaluate.html`,
    everyMs: env.EVALUATION_JOB === 'false' ? false : 60 * 60 * 1000,
    reminderDays: Number(env.EVALUATION_REMINDER_DAYS ?? 7),
  },
});

const purge = setInterval(() => void purgeOldIdempotencyKeys(db).catch((error) => app.log.warn({ err: error }, 'Could not purge idempotency keys')), 60 * 60 * 1000);
purge.unref();

async function shutdown(signal: string) {
  app.log.info(`${signal}: closing`);
  await app.close();
  await db.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port, host });
const where = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
console.log(`coprod server on ${where} (${db.kind === 'pglite' ? `PGlite in ${dataDir}` : 'PostgreSQL'})`);
if (devToken) {
  console.log(`\nDevelopment staff token (also in ${join(dataDir, 'dev-staff-token.txt')}); paste it into ${where}/staff.html:\n\n${devToken}\n`);
}
