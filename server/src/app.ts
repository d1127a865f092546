import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { AuthOptions } from './auth.js';
import { loadContract, type Contract } from './contract.js';
import type { Db } from './db/db.js';
import { migrate, pendingMigrations, type MigrateOptions } from './db/migrate.js';
import evaluationRoutes, { type EvaluationOptions } from './evaluations/routes.js';
import { withRedaction } from './log.js';
import messaging, { type MessagingOptions } from './messages/index.js';
import { providerSignInSender } from './messages/sign-in-sender.js';
import { ContactCipher, ContactHasher, type ContactKeys } from './contacts.js';
import { protectContacts } from './me/contact-protection.js';
import { scheduleRetention } from './me/retention.js';
import meRoutes from './me/routes.js';
import { DEFAULT_PAY_SETTINGS, type PaySettings } from './pay/context.js';
import payRoutes from './pay/routes.js';
import { consoleSender, resolveSettings, type SignInSettings } from './me/sign-in.js';
import auth from './plugins/app/auth.js';
import contractValidation from './plugins/app/contract-validation.js';
import database from './plugins/app/database.js';
import etags from './plugins/app/etags.js';
import health from './plugins/app/health.js';
import metrics, { type MetricsOptions } from './plugins/app/metrics.js';
import problemDetails from './plugins/app/problem-details.js';
import publicCache, { type PublicCacheSettings } from './plugins/app/public-cache.js';
import securityHeaders from './plugins/app/security-headers.js';
import compression from './plugins/external/compress.js';
import cors from './plugins/external/cors.js';
import rateLimit from './plugins/external/rate-limit.js';
import embedRoutes from './embed/routes.js';
import staticFiles from './plugins/external/static.js';
import { REPO_DIR } from './paths.js';
import { seedIfEmpty } from './repositories/seed.js';
import contractRoutes from './routes/contract.js';
import feedbackRoutes from './routes/feedback.js';
import interestRoutes from './routes/interests.js';
import opportunityRoutes from './routes/opportunities.js';
import profileRoutes from './routes/profiles.js';
import peopleRoutes from './people/routes.js';
import taxonomyRoutes from './routes/taxonomy.js';
import staffSummaryRoutes from './routes/staff-summary.js';
import auditRoutes from './routes/audit.js';
import type { Seed } from './types.js';

export { CSP } from './plugins/app/security-headers.js';

const ROOT = REPO_DIR;

export interface Limits {
  /** Anonymous POSTs per client IP per window. */
  max: number;
  timeWindow: number | string;
}

export interface AppOptions {
  db: Db;
  auth: AuthOptions;
  /** Origins allowed to call the API from other sites; `*` may stand for a port (http://localhost:*). */
  corsOrigins?: string[] | undefined;
  /** Anonymous POSTs per client IP; false turns the limit off. */
  rateLimit?: Limits | false;
  /** Static directories; missing ones are skipped. */
  staticDirs?: { demo?: string | false; widgets?: string | false };
  /** The OpenID provider and public client the demo's staff page signs in with. */
  staffSignIn?: { issuer: string; clientId: string } | undefined;
  logger?: FastifyServerOptions['logger'];
  /**
   * Check every response against the contract, and that none is sent inside its database transaction (on in
   * tests): either becomes a 500 and is recorded (contractViolations, repliesInsideTransaction).
   */
  validateResponses?: boolean;
  /** Loaded into an empty database at start. */
  seed?: Seed | undefined;
  trustProxy?: boolean;
  /** Where the server-rendered embeds say the API and their styles are (PUBLIC_BASE_URL); default: the origin each embed was asked at. */
  embedBaseUrl?: string | undefined;
  contract?: Contract;
  respondWithinDays?: { interest: number; feedback: number };
  /** Coming back: sign-in links and codes, the `/me` page, erasure and retention. */
  me?: MeOptions;
  /** Telling people what happened: links, provider (SMTP or GOV.UK Notify) and the outbox worker. */
  messaging?: MessagingOptions;
  /** How well did we involve you? (issue 17): threshold, evaluation page, the job's timing. */
  evaluations?: EvaluationOptions;
  /** Attendance and claims (issue 16): the council's target, two-person rule, advice link, retention. */
  pay?: Partial<PaySettings>;
  /** Prometheus metrics at /metrics (optionally behind a bearer token); false: none. */
  metrics?: MetricsOptions | false;
  /** The cache of the public list and board (issue 19): how often to look at the data version, size, or off. */
  publicCache?: PublicCacheSettings;
  /** Send Strict-Transport-Security (on in production). */
  hsts?: boolean;
  /** Apply pending migrations at start (default); false: refuse to start while any is pending (`coprod-server migrate` first). */
  migrate?: boolean;
  /** How long to wait for another instance's migration, and who hears that this one waits. */
  migrateWait?: MigrateOptions;
}

export interface MeOptions {
  /** Keys the hash that ties a person's rows to their address. Keep it stable (CONTACT_KEY). Default: a random key for this process only. */
  contactKey?: string;
  /** 32 bytes, base64: encrypts contact details and names at rest (CONTACT_ENCRYPTION_KEY). Default: a random key for this process only. */
  encryptionKey?: string;
  signIn?: Partial<SignInSettings>;
  /** Months feedback contact details are kept after the item closes (default 12); false: nothing is removed for its age (a deleted profile's last-message address and expired codes still go). */
  retentionMonths?: number | false;
  /** The hourly retention job (default on). Tests that plant rows for retention or sealing to find turn it off, so it cannot act first. */
  retentionJob?: boolean;
  /** The council's name, as people's pages say it ("Anytown Council looked at your profile"; ORGANISATION_NAME). */
  organisation?: string | null;
}

/** What route plugins read from the app's options. */
export interface Settings {
  rateLimit: Limits | false;
  respondWithinDays: { interest: number; feedback: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    settings: Settings;
  }
}

/**
 * The server in layers, as fastify/demo lays one out: plugins for what every route shares
 * (plugins/external wrap community plugins, plugins/app are our own), repositories that own
 * the SQL (repositories/), and route plugins that only speak HTTP (routes/).
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const me = options.me ?? {};
  const contactKey = me.contactKey ?? randomBytes(32).toString('base64url');
  const keys: ContactKeys = {
    hasher: new ContactHasher(contactKey),
    cipher: new ContactCipher(me.encryptionKey ?? randomBytes(32).toString('base64')),
  };
  if (options.migrate === false) {
    const pending = await pendingMigrations(options.db).catch(() => ['(no schema_migrations table)']);
    if (pending.length) throw new Error(`Migrations are not applied (${pending.join(', ')}): run \`coprod-server migrate\` first.`);
  } else await migrate(options.db, undefined, options.migrateWait);
  // Rows written before contact details were encrypted (or by an older instance): sealed and hashed now.
  await protectContacts(options.db, keys);
  if (options.seed) await seedIfEmpty(options.db, options.seed, keys);

  const app = Fastify({
    logger: withRedaction(options.logger ?? false),
    bodyLimit: 256 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Route params are checked against the contract; a long junk id must reach that check, not a 414.
    routerOptions: { maxParamLength: 500 },
  });
  app.decorate('settings', {
    rateLimit: options.rateLimit ?? { max: 10, timeWindow: '1 minute' },
    respondWithinDays: options.respondWithinDays ?? { interest: 10, feedback: 20 },
  } satisfies Settings);

  // Order matters: hooks run in the order their plugins are registered.
  await app.register(cors, { origins: options.corsOrigins ?? ['http://localhost:*', 'http://127.0.0.1:*'] });
  await app.register(rateLimit, { db: options.db, secret: contactKey });
  await app.register(database, { db: options.db, keys, checkReplies: options.validateResponses });
  await app.register(health);
  if (options.metrics !== false) await app.register(metrics, options.metrics ?? {});
  await app.register(auth, options.auth);
  await app.register(contractValidation, { contract: options.contract ?? loadContract(), validateResponses: options.validateResponses });
  await app.register(securityHeaders, { hsts: options.hsts ?? false, connectTo: options.staffSignIn ? [new URL(options.staffSignIn.issuer).origin] : [] });
  await app.register(etags);
  await app.register(problemDetails);
  await app.register(publicCache, options.publicCache ?? {});
  // Registered before the routes: it adds its hook to each route (API answers, widget bundles, demo pages).
  await app.register(compression);

  await app.register(opportunityRoutes);
  await app.register(interestRoutes);
  await app.register(profileRoutes);
  await app.register(feedbackRoutes);
  await app.register(taxonomyRoutes);
  await app.register(contractRoutes);
  await app.register(evaluationRoutes, options.evaluations ?? { everyMs: false });
  await app.register(meRoutes, {
    keys,
    organisation: me.organisation ?? null,
    signIn: resolveSettings({
      // Sign-in links and codes go through the message provider when there is one.
      sender: options.messaging?.provider ? providerSignInSender(options.messaging.provider, options.messaging.links, keys, app.log) : consoleSender,
      pageUrl: 'http://localhost:8080/my-involvement.html',
      ...me.signIn,
    }),
  });
  const pay = { keys, settings: { ...DEFAULT_PAY_SETTINGS, ...(me.retentionMonths === false ? { retentionMonths: false as const } : {}), ...options.pay } };
  await app.register(payRoutes, pay);
  // The staff workspace's counts; the claims count uses the pay target.
  await app.register(staffSummaryRoutes, pay);
  // Always scheduled: with RETENTION_MONTHS=0 (false) nothing goes for its age, but a deleted profile's address kept
  // only for its last message, and expired sign-in codes and sessions, still go (they were never meant to be kept).
  if (me.retentionJob !== false) {
    const stopRetention = scheduleRetention(options.db, keys, me.retentionMonths ?? 12, (error) => app.log.warn({ errName: (error as Error)?.name }, 'The retention job failed'));
    app.addHook('onClose', async () => stopRetention());
  }
  const messagingOptions = options.messaging ?? { links: { publicBaseUrl: 'http://localhost:8080', itemUrl: '{base}/my-involvement.html?{type}={id}', itemUrlCy: '{base}/my-involvement.html?lang=cy&{type}={id}', secret: options.auth.jwtSecret ?? randomBytes(32).toString('base64url') } };
  await app.register(messaging, messagingOptions);
  // The people pool, suggestions and invitations (issue 18); answer links are signed like the loop's.
  await app.register(peopleRoutes, { publicBaseUrl: messagingOptions.links.publicBaseUrl, secret: messagingOptions.links.secret, pageLanguages: messagingOptions.council?.pageLanguages });
  // The audit trail, for staff with the `auditor` role (issue 20).
  await app.register(auditRoutes);

  const dir = (value: string | false | undefined, fallback: string) => (value === false ? undefined : (value ?? fallback));
  // The list and the board rendered on the server, for pages that show content before JavaScript (issue 19).
  await app.register(embedRoutes, { widgets: dir(options.staticDirs?.widgets, `${ROOT}dist`), demo: dir(options.staticDirs?.demo, `${ROOT}demo`), publicBaseUrl: options.embedBaseUrl });
  await app.register(staticFiles, { demo: dir(options.staticDirs?.demo, `${ROOT}demo`), widgets: dir(options.staticDirs?.widgets, `${ROOT}dist`), staffSignIn: options.staffSignIn });
  return app;
}
