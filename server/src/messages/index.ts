/**
 * Messages (issue 15): wiring into the app, and configuration from the environment.
 * See server/README.md "Messages" for the variables.
 */
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Links } from './links.js';
import { notifyProvider, smtpProvider, type Provider } from './providers.js';
import { messageRoutes } from './routes.js';
import { MessageWorker, type WorkerOptions } from './worker.js';

export interface MessagingOptions {
  links: Links;
  /** Without one, messages wait in the outbox (staff see them as queued). */
  provider?: Provider;
  /** The worker's timings; false runs no worker in this process. */
  worker?: Partial<WorkerOptions> | false;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's outbox worker, when it runs one. */
    messageWorker: MessageWorker | undefined;
  }
}

/** Messages: the staff and preference routes, unsubscribe pages, and this process's outbox worker. */
export default fp<MessagingOptions>(
  async (app, options) => {
    messageRoutes(app, options.links);
    const worker = options.provider && options.worker !== false ? new MessageWorker(app.db, options.provider, options.links, app.contactKeys, app.log, options.worker || {}) : undefined;
    app.decorate('messageWorker', worker);
    if (worker) {
      app.addHook('onReady', async () => worker.start());
      app.addHook('onClose', async () => worker.stop());
    } else if (options.provider) {
      app.addHook('onClose', async () => options.provider!.close());
    }
  },
  { name: 'coprod-messages', dependencies: ['coprod-database'] },
);

/** Links and provider from the environment; `fallbackSecret` signs links when MESSAGES_SECRET is unset (development). */
export function messagingFromEnv(env: NodeJS.ProcessEnv, fallbackSecret: string, port: number): MessagingOptions {
  const publicBaseUrl = env.PUBLIC_BASE_URL ?? `http://localhost:${port}`;
  const links: Links = {
    publicBaseUrl,
    itemUrl: env.MESSAGES_ITEM_URL ?? `${env.MY_INVOLVEMENT_URL ?? '{base}/my-involvement.html'}?{type}={id}`,
    secret: env.MESSAGES_SECRET ?? fallbackSecret,
  };
  let provider: Provider | undefined;
  const choice = env.MESSAGES_PROVIDER ?? (env.NOTIFY_API_KEY ? 'notify' : env.SMTP_URL ? 'smtp' : 'none');
  if (choice === 'notify') {
    if (!env.NOTIFY_API_KEY || !env.NOTIFY_EMAIL_TEMPLATE_ID) throw new Error('MESSAGES_PROVIDER=notify needs NOTIFY_API_KEY and NOTIFY_EMAIL_TEMPLATE_ID.');
    provider = notifyProvider({
      apiKey: env.NOTIFY_API_KEY,
      ...(env.NOTIFY_BASE_URL ? { baseUrl: env.NOTIFY_BASE_URL } : {}),
      templates: {
        email: { 'en-GB': env.NOTIFY_EMAIL_TEMPLATE_ID, ...(env.NOTIFY_EMAIL_TEMPLATE_ID_CY ? { cy: env.NOTIFY_EMAIL_TEMPLATE_ID_CY } : {}) },
        ...(env.NOTIFY_SMS_TEMPLATE_ID ? { sms: { 'en-GB': env.NOTIFY_SMS_TEMPLATE_ID, ...(env.NOTIFY_SMS_TEMPLATE_ID_CY ? { cy: env.NOTIFY_SMS_TEMPLATE_ID_CY } : {}) } } : {}),
      },
    });
  } else if (choice === 'smtp') {
    if (!env.SMTP_URL) throw new Error('MESSAGES_PROVIDER=smtp needs SMTP_URL (smtp://user:password@host:port).');
    provider = smtpProvider({ transport: env.SMTP_URL, from: env.MESSAGES_FROM ?? 'Co-production team <no-reply@localhost>' });
  } else if (choice !== 'none') {
    throw new Error(`MESSAGES_PROVIDER must be notify, smtp or none (it is "${choice}").`);
  }
  const ms = (name: string) => (env[name] ? Number(env[name]) : undefined);
  const worker: Partial<WorkerOptions> = Object.fromEntries(
    Object.entries({ pollMs: ms('MESSAGES_POLL_MS'), backoffBaseMs: ms('MESSAGES_BACKOFF_BASE_MS'), backoffMaxMs: ms('MESSAGES_BACKOFF_MAX_MS'), maxAttempts: ms('MESSAGES_MAX_ATTEMPTS') }).filter(([, v]) => v !== undefined),
  );
  return { links, ...(provider ? { provider } : {}), worker: env.MESSAGES_WORKER === 'false' ? false : worker };
}


/** The language a person wrote in, when their form did not say: the request's Accept-Language. */
export function languageOf(request: FastifyRequest): 'en-GB' | 'cy' {
  return /^\s*cy\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'cy' : 'en-GB';
}

/** Who decided, as the staff member's token names them (a role title, else a name). */
export function deciderOf(request: FastifyRequest): string | undefined {
  if (request.principal.kind !== 'jwt') return undefined;
  const { title, name } = request.principal.claims;
  const who = typeof title === 'string' && title.trim() ? title : typeof name === 'string' && name.trim() ? name : undefined;
  return who?.trim().slice(0, 200);
}
