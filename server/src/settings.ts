/**
 * Every environment variable the server reads, in one place (server/README.md "Settings" lists
 * them in one table; `test/settings.test.ts` keeps the two in step and checks no other module
 * reads `process.env`). `readSettings()` only reads and checks; `main.ts` acts on the result.
 *
 * In production (`NODE_ENV=production`) an unsafe setting is refused by name: no encryption key,
 * the development token on, a wildcard CORS origin, a short secret, no PUBLIC_BASE_URL.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { AuthOptions } from './auth.js';
import { DEFAULT_THRESHOLD, PARTICIPANT_MINIMUM, STAFF_MINIMUM } from '../../src/api/evaluation-results.js';
import { REACH_QUESTIONS, type EqualityReference } from '../../src/api/equality-reach.js';
import type { CouncilReach } from './messages/registry.js';
import { SERVER_DIR } from './paths.js';
import { staffSignInFromEnv } from './staff-sign-in-settings.js';

export type Env = Record<string, string | undefined>;

/** The settings table: name, default (as the README shows it) and what it does. */
export const VARIABLES = [
  'NODE_ENV', 'PORT', 'HOST', 'DATABASE_URL', 'PG_POOL_MAX', 'DATA_DIR', 'MIGRATE_ON_START', 'SHUTDOWN_TIMEOUT_MS',
  'LOG_LEVEL', 'TRUST_PROXY', 'CORS_ORIGINS', 'PUBLIC_BASE_URL', 'SEED',
  'JWT_SECRET', 'JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE', 'DEV_TOKEN',
  'OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL', 'OIDC_ROLES_CLAIM', 'OIDC_ROLE_MAP', 'OIDC_CLIENT_ID',
  'CONTACT_KEY', 'CONTACT_ENCRYPTION_KEY', 'METRICS_TOKEN',
  'RATE_LIMIT_MAX', 'RATE_LIMIT_WINDOW', 'SIGN_IN_PER_IP', 'MY_INVOLVEMENT_URL', 'MY_INVOLVEMENT_URL_CY',
  'RETENTION_MONTHS', 'PAY_RETENTION_MONTHS', 'PAY_TARGET_WORKING_DAYS', 'PAY_SEPARATE_APPROVER', 'BENEFITS_ADVICE_URL', 'PAY_CONTACT',
  'EVALUATION_THRESHOLD', 'EVALUATION_URL', 'EVALUATION_JOB', 'EVALUATION_REMINDER_DAYS', 'EVALUATION_STAFF_MINIMUM', 'EVALUATION_BATCH_MINIMUM', 'EVALUATION_BATCH_DAYS', 'EVALUATION_JOB_MS', 'EQUALITY_REFERENCE',
  'MESSAGES_PROVIDER', 'MESSAGES_SECRET', 'MESSAGES_ITEM_URL', 'MESSAGES_FROM', 'MESSAGES_WORKER',
  'MESSAGES_POLL_MS', 'MESSAGES_BACKOFF_BASE_MS', 'MESSAGES_BACKOFF_MAX_MS', 'MESSAGES_MAX_ATTEMPTS',
  'SMTP_URL', 'NOTIFY_API_KEY', 'NOTIFY_BASE_URL', 'NOTIFY_EMAIL_TEMPLATE_ID', 'NOTIFY_EMAIL_TEMPLATE_ID_CY', 'NOTIFY_SMS_TEMPLATE_ID', 'NOTIFY_SMS_TEMPLATE_ID_CY',
  'ORGANISATION_NAME', 'COUNCIL_PHONE', 'PAGE_LANGUAGES',
] as const;

export type Variable = (typeof VARIABLES)[number];

/** The demo's number (Ofcom's range for drama, never a real line): the seeded council outside production. */
export const DEMO_COUNCIL_PHONE = '01632 960 000';
const PHONE = /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/;

export type MessageProviderSettings =
  | { kind: 'none' }
  | { kind: 'smtp'; url: string; from: string }
  | { kind: 'notify'; apiKey: string; baseUrl?: string; email: { 'en-GB': string; cy?: string }; sms?: { 'en-GB': string; cy?: string } };

export interface ServerSettings {
  production: boolean;
  /** NODE_ENV=test: every response is checked against the contract. */
  validateResponses: boolean;
  port: number;
  host: string;
  dataDir: string;
  database: { url?: string; poolMax: number };
  migrateOnStart: boolean;
  shutdownTimeoutMs: number;
  logLevel: string;
  trustProxy: boolean;
  corsOrigins?: string[];
  publicBaseUrl: string;
  /** PUBLIC_BASE_URL: the server-rendered embeds' addresses. Unset (never in production): each embed uses the origin it was asked at. */
  embedBaseUrl?: string | undefined;
  seed: boolean;
  auth: AuthOptions;
  /** Sign and print a staff token with every role (development only). */
  devToken: boolean;
  /** Where the demo's staff page signs in (OIDC_ISSUER + OIDC_CLIENT_ID). */
  staffSignIn: { issuer: string; clientId: string } | undefined;
  contactKey: string;
  contactEncryptionKey: string;
  metricsToken?: string;
  rateLimit: { max: number; timeWindow: string } | false;
  signIn: { pageUrl: string; pageUrlCy: string; perIp?: number | false };
  /** false: RETENTION_MONTHS=0, feedback contact details are not removed on a schedule. */
  retentionMonths: number | false;
  /** The council's name in people's own words (ORGANISATION_NAME): "Anytown Council looked at your profile". Null: "staff". */
  organisation: string | null;
  /** `retentionMonths` false: PAY_RETENTION_MONTHS=0, nothing of pay is removed on a schedule. */
  pay: { targetWorkingDays: number; separateApprover: boolean; benefitsAdviceUrl: string | null; payContact: string | null; retentionMonths: number | false };
  evaluations: {
    threshold: number;
    pageUrl: string;
    everyMs: number | false;
    reminderDays: number;
    /** The smallest number of answers an activity shows staff (never under 2). */
    staffMinimum: number;
    /** Answers wait, sealed, until this many have come for an activity, or `days` after the first when two or more have. */
    batch: { minimum: number; days: number };
    /** EQUALITY_REFERENCE: the council's figures for its area, per question and answer, in percent. */
    equalityReference: EqualityReference;
  };
  messages: {
    /** How a letter or a call tells people to reach the council (COUNCIL_PHONE, ORGANISATION_NAME). */
    council: CouncilReach;
    provider: MessageProviderSettings;
    links: { publicBaseUrl: string; itemUrl: string; itemUrlCy: string; secret: string };
    worker: false | Partial<{ pollMs: number; backoffBaseMs: number; backoffMaxMs: number; maxAttempts: number }>;
  };
}

/** One or more settings cannot be used; `problems` names each. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
  }
}

const MIN_SECRET = 32;

/**
 * Reads and checks the settings. Outside production, missing keys and secrets are made once and
 * kept in `DATA_DIR` (so the demo survives restarts); in production they must be given.
 */
export function readSettings(env: Env = process.env): ServerSettings {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const value = (name: Variable) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const number = (name: Variable, fallback: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) problems.push(`${name} must be a number of 0 or more (it is "${raw}").`);
    return n;
  };
  const atLeast = (name: Variable, fallback: number, least: number, why: string) => {
    const n = number(name, fallback);
    if (Number.isFinite(n) && n < least) problems.push(`${name} must be ${least} or more (it is ${n}): ${why}.`);
    return Math.max(n, least);
  };
  /** `{"sex": {"female": 51, "male": 49}, ...}`: per question staff see, per answer, a percentage. */
  const reference = (name: Variable): EqualityReference => {
    const raw = value(name);
    if (raw === undefined) return {};
    try {
      const parsed = JSON.parse(raw) as unknown;
      const ok =
        parsed && typeof parsed === 'object' && !Array.isArray(parsed) &&
        Object.entries(parsed).every(([q, answers]) => (REACH_QUESTIONS as readonly string[]).includes(q) && answers && typeof answers === 'object' && Object.values(answers).every((n) => typeof n === 'number' && n >= 0 && n <= 100));
      if (ok) return parsed as EqualityReference;
    } catch {
      // said below
    }
    problems.push(`${name} must be JSON like {"sex": {"female": 51, "male": 49}}: questions ${REACH_QUESTIONS.join(', ')}, each answer a percentage.`);
    return {};
  };
  const flag = (name: Variable, fallback: boolean) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    if (raw !== 'true' && raw !== 'false') problems.push(`${name} must be true or false (it is "${raw}").`);
    return raw === 'true';
  };

  const port = number('PORT', 8080);
  const dataDir = resolve(value('DATA_DIR') ?? join(SERVER_DIR, '.data/pglite'));
  /** A development secret kept beside the data; production must give it. */
  const secret = (name: Variable, file: string, encoding: 'base64' | 'base64url', why: string): string => {
    const given = value(name);
    if (given) return given;
    if (production) {
      problems.push(`set ${name} (32 random bytes in base64: \`openssl rand -base64 32\`) before starting in production; ${why}.`);
      return '';
    }
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, file);
    if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString(encoding), { mode: 0o600 });
    return readFileSync(path, 'utf8').trim();
  };

  // Staff sign-in tokens.
  const jwtSecret = value('JWT_SECRET');
  const jwksUrl = value('JWKS_URL');
  const common = { ...(value('JWT_ISSUER') ? { issuer: value('JWT_ISSUER')! } : {}), ...(value('JWT_AUDIENCE') ? { audience: value('JWT_AUDIENCE')! } : {}) };
  // The council's OpenID provider (OIDC_*): its access tokens, with roles mapped from its groups.
  let staffSignIn: ReturnType<typeof staffSignInFromEnv> = {};
  try {
    staffSignIn = staffSignInFromEnv(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const oidc = staffSignIn.oidc ? { oidc: staffSignIn.oidc } : {};
  let auth: AuthOptions;
  if (jwtSecret) auth = { jwtSecret, ...common, ...oidc };
  else if (jwksUrl) auth = { jwksUrl, ...common, ...oidc };
  else if (production) {
    if (!staffSignIn.oidc) problems.push('set OIDC_ISSUER (or JWT_SECRET / JWKS_URL) before starting in production; staff sign-in needs one of them.');
    auth = { ...oidc };
  } else auth = { jwtSecret: secret('JWT_SECRET', 'dev-jwt-secret', 'base64url', 'staff tokens need it'), ...common, ...oidc };
  // With a provider the development token is off unless asked for.
  const devToken = flag('DEV_TOKEN', !production && !jwtSecret && !jwksUrl && !staffSignIn.oidc);
  if (production && devToken) problems.push('DEV_TOKEN is on: a development staff token with every role must never exist in production. Unset DEV_TOKEN.');
  if (devToken && !auth.jwtSecret && !production) problems.push('DEV_TOKEN needs JWT_SECRET (the development token is signed with it).');

  const contactKey = secret('CONTACT_KEY', 'dev-contact-key', 'base64url', 'it keys the hash that ties a person to their email or phone (sign-in links need it), and must not change');
  const contactEncryptionKey = secret('CONTACT_ENCRYPTION_KEY', 'dev-contact-encryption-key', 'base64', 'it encrypts contact details and names at rest');
  if (contactEncryptionKey && Buffer.from(contactEncryptionKey, 'base64').length !== 32) {
    problems.push('CONTACT_ENCRYPTION_KEY must be 32 bytes in base64 (`openssl rand -base64 32`).');
  }

  const messagesSecret = value('MESSAGES_SECRET') ?? auth.jwtSecret;
  if (production && !messagesSecret) problems.push('set MESSAGES_SECRET: it signs the unsubscribe links in messages, and must be the same on every instance.');
  if (production) {
    for (const name of ['JWT_SECRET', 'CONTACT_KEY', 'MESSAGES_SECRET', 'METRICS_TOKEN'] as const) {
      const given = value(name);
      if (given && given.length < MIN_SECRET) problems.push(`${name} is shorter than ${MIN_SECRET} characters: use \`openssl rand -base64 32\`.`);
    }
  }

  // CORS: the council's own sites, listed; a wildcard lets any site's script call the API.
  const corsOrigins = value('CORS_ORIGINS')?.split(',').map((o) => o.trim()).filter(Boolean);
  if (production) {
    if (!corsOrigins?.length) problems.push("set CORS_ORIGINS to the council's sites that embed the widgets (https://www.anytown.gov.uk,https://...); the default allows only localhost.");
    else if (corsOrigins.some((o) => o.includes('*'))) problems.push(`CORS_ORIGINS has a wildcard (${corsOrigins.filter((o) => o.includes('*')).join(', ')}): list each site in production.`);
  }

  // Where people reach this server. In production it must be given: messages would otherwise link to
  // localhost, and the server-rendered embeds would take the API's address from the request's Host (or
  // X-Forwarded-Host), which a forged request could make another site's in an answer caches keep for everyone.
  const givenBaseUrl = value('PUBLIC_BASE_URL');
  if (production && !givenBaseUrl) problems.push("set PUBLIC_BASE_URL to where people reach this server (https://involve.anytown.gov.uk): links in messages and the server-rendered embeds' API address start there; without it messages link to localhost and the embeds would take a request's Host, which a forged request could point at another site.");
  const publicBaseUrl = givenBaseUrl ?? `http://localhost:${port}`;
  // The person's page, and the same page in Welsh: Welsh sign-in links and messages open it. The demo's page
  // takes `?lang=cy`; a council's own page keeps its address unless MY_INVOLVEMENT_URL_CY names the Welsh one.
  const pageUrl = value('MY_INVOLVEMENT_URL') ?? `${publicBaseUrl.replace(/\/$/, '')}/my-involvement.html`;
  const pageUrlCy = value('MY_INVOLVEMENT_URL_CY') ?? (value('MY_INVOLVEMENT_URL') ? pageUrl : `${pageUrl}?lang=cy`);
  const withItem = (page: string) => `${page}${page.includes('?') ? '&' : '?'}{type}={id}`;
  const signInPerIp = value('SIGN_IN_PER_IP');

  const provider = messageProvider(value, problems);
  const ms = (name: Variable) => (value(name) === undefined ? undefined : number(name, 0));
  const worker = Object.fromEntries(
    Object.entries({ pollMs: ms('MESSAGES_POLL_MS'), backoffBaseMs: ms('MESSAGES_BACKOFF_BASE_MS'), backoffMaxMs: ms('MESSAGES_BACKOFF_MAX_MS'), maxAttempts: ms('MESSAGES_MAX_ATTEMPTS') }).filter(([, v]) => v !== undefined),
  );

  // The number a letter gives ("ring us on …"): given, else the seeded demo's outside production, else none
  // (the letter then says to write to the address on it).
  const givenPhone = value('COUNCIL_PHONE')?.trim();
  if (givenPhone !== undefined && !PHONE.test(givenPhone)) problems.push(`COUNCIL_PHONE must be a phone number of digits, spaces, brackets and dashes, like "029 2087 2087" or "+44 29 2087 2087" (it is "${givenPhone}").`);
  const seed = flag('SEED', true);
  const organisation = value('ORGANISATION_NAME')?.trim().slice(0, 100) || null;
  // A page that cannot know its reader's language (a link that no longer works): a Welsh council's says it in both.
  const pageLanguages = value('PAGE_LANGUAGES')
    ?.split(',')
    .map((given) => ({ en: 'en-GB', 'en-gb': 'en-GB', cy: 'cy' })[given.trim().toLowerCase()] as 'en-GB' | 'cy' | undefined);
  if (pageLanguages && (pageLanguages.includes(undefined) || new Set(pageLanguages).size !== pageLanguages.length)) {
    problems.push(`PAGE_LANGUAGES lists the languages of a page that cannot know its reader's, in the order shown: "en", "cy,en" (Welsh first) or "en,cy" (it is "${value('PAGE_LANGUAGES')}").`);
  }
  const council: CouncilReach = {
    phone: givenPhone ?? (!production && seed ? DEMO_COUNCIL_PHONE : null),
    organisation,
    ...(pageLanguages && !pageLanguages.includes(undefined) ? { pageLanguages: pageLanguages as ('en-GB' | 'cy')[] } : {}),
  };

  const settings: ServerSettings = {
    production,
    validateResponses: env.NODE_ENV === 'test',
    port,
    host: value('HOST') ?? '127.0.0.1',
    dataDir,
    database: { ...(value('DATABASE_URL') ? { url: value('DATABASE_URL')! } : {}), poolMax: number('PG_POOL_MAX', 10) },
    migrateOnStart: flag('MIGRATE_ON_START', true),
    shutdownTimeoutMs: number('SHUTDOWN_TIMEOUT_MS', 10_000),
    logLevel: value('LOG_LEVEL') ?? 'info',
    trustProxy: flag('TRUST_PROXY', false),
    ...(corsOrigins ? { corsOrigins } : {}),
    publicBaseUrl,
    // The request's origin (embedBaseUrl unset) only outside production: the demo and the bench.
    embedBaseUrl: production ? publicBaseUrl : givenBaseUrl,
    seed,
    auth,
    devToken,
    staffSignIn: staffSignIn.demo,
    contactKey,
    contactEncryptionKey,
    ...(value('METRICS_TOKEN') ? { metricsToken: value('METRICS_TOKEN')! } : {}),
    rateLimit: value('RATE_LIMIT_MAX') === '0' ? false : { max: number('RATE_LIMIT_MAX', 10), timeWindow: value('RATE_LIMIT_WINDOW') ?? '1 minute' },
    signIn: { pageUrl, pageUrlCy, ...(signInPerIp ? { perIp: signInPerIp === '0' ? false : number('SIGN_IN_PER_IP', 10) } : {}) },
    // 0 turns the job off, as for pay; it used to mean "remove every closed item's contact details now".
    retentionMonths: number('RETENTION_MONTHS', 12) || false,
    organisation,
    pay: {
      targetWorkingDays: number('PAY_TARGET_WORKING_DAYS', 10),
      separateApprover: flag('PAY_SEPARATE_APPROVER', false),
      benefitsAdviceUrl: value('BENEFITS_ADVICE_URL') ?? null,
      payContact: value('PAY_CONTACT')?.slice(0, 300) ?? null,
      retentionMonths: number('PAY_RETENTION_MONTHS', 72) || false,
    },
    evaluations: {
      threshold: atLeast('EVALUATION_THRESHOLD', DEFAULT_THRESHOLD, PARTICIPANT_MINIMUM, 'people who answered read the published results; with two, each of the two learns the other’s answers by taking away their own'),
      pageUrl: value('EVALUATION_URL') ?? `${publicBaseUrl.replace(/\/$/, '')}/evaluate.html`,
      // 0 turns the job off (as EVALUATION_JOB=false does); otherwise once a second at most.
      everyMs: flag('EVALUATION_JOB', true) ? (number('EVALUATION_JOB_MS', 60 * 60 * 1000) ? atLeast('EVALUATION_JOB_MS', 60 * 60 * 1000, 1000, 'the job reads and moves answers; more often than once a second only loads the database') : false) : false,
      reminderDays: number('EVALUATION_REMINDER_DAYS', 7),
      staffMinimum: atLeast('EVALUATION_STAFF_MINIMUM', STAFF_MINIMUM, STAFF_MINIMUM, 'one answer shown is that person’s answer'),
      batch: {
        minimum: atLeast('EVALUATION_BATCH_MINIMUM', 5, STAFF_MINIMUM, 'staff would see what one answer said by what changed'),
        days: number('EVALUATION_BATCH_DAYS', 7),
      },
      equalityReference: reference('EQUALITY_REFERENCE'),
    },
    messages: {
      council,
      provider,
      links: {
        publicBaseUrl,
        itemUrl: value('MESSAGES_ITEM_URL') ?? withItem(pageUrl),
        itemUrlCy: value('MESSAGES_ITEM_URL') ?? withItem(pageUrlCy),
        secret: messagesSecret ?? randomBytes(32).toString('base64url'),
      },
      worker: flag('MESSAGES_WORKER', true) ? worker : false,
    },
  };
  if (problems.length) throw new SettingsError(problems);
  return settings;
}

function messageProvider(value: (name: Variable) => string | undefined, problems: string[]): MessageProviderSettings {
  const choice = value('MESSAGES_PROVIDER') ?? (value('NOTIFY_API_KEY') ? 'notify' : value('SMTP_URL') ? 'smtp' : 'none');
  if (choice === 'notify') {
    const apiKey = value('NOTIFY_API_KEY');
    const email = value('NOTIFY_EMAIL_TEMPLATE_ID');
    if (!apiKey || !email) {
      problems.push('MESSAGES_PROVIDER=notify needs NOTIFY_API_KEY and NOTIFY_EMAIL_TEMPLATE_ID.');
      return { kind: 'none' };
    }
    const cy = (name: Variable) => (value(name) ? { cy: value(name)! } : {});
    const sms = value('NOTIFY_SMS_TEMPLATE_ID');
    return {
      kind: 'notify',
      apiKey,
      ...(value('NOTIFY_BASE_URL') ? { baseUrl: value('NOTIFY_BASE_URL')! } : {}),
      email: { 'en-GB': email, ...cy('NOTIFY_EMAIL_TEMPLATE_ID_CY') },
      ...(sms ? { sms: { 'en-GB': sms, ...cy('NOTIFY_SMS_TEMPLATE_ID_CY') } } : {}),
    };
  }
  if (choice === 'smtp') {
    const url = value('SMTP_URL');
    if (!url) {
      problems.push('MESSAGES_PROVIDER=smtp needs SMTP_URL (smtp://user:password@host:port).');
      return { kind: 'none' };
    }
    return { kind: 'smtp', url, from: value('MESSAGES_FROM') ?? 'Co-production team <no-reply@localhost>' };
  }
  if (choice !== 'none') problems.push(`MESSAGES_PROVIDER must be notify, smtp or none (it is "${choice}").`);
  return { kind: 'none' };
}
