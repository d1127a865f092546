/**
 * Messages (issue 15): wiring into the app, and configuration from the environment.
 * See server/README.md "Messages" for the variables.
 */
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ServerSettings } from '../settings.js';
import type { Links } from './links.js';
import type { CouncilReach } from './registry.js';
import { notifyProvider, smtpProvider, type Provider } from './providers.js';
import { messageRoutes } from './routes.js';
import { MessageWorker, type WorkerOptions } from './worker.js';

export interface MessagingOptions {
  links: Links;
  /** How a letter or a call says to reach the council (COUNCIL_PHONE); default: nothing configured. */
  council?: CouncilReach;
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
    messageRoutes(app, options.links, options.council);
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

/** Links, provider and worker from the server's settings (`src/settings.ts` reads the environment). */
export function messagingFromSettings(settings: ServerSettings['messages']): MessagingOptions {
  const p = settings.provider;
  let provider: Provider | undefined;
  if (p.kind === 'notify') {
    provider = notifyProvider({ apiKey: p.apiKey, ...(p.baseUrl ? { baseUrl: p.baseUrl } : {}), templates: { email: p.email, ...(p.sms ? { sms: p.sms } : {}) } });
  } else if (p.kind === 'smtp') {
    provider = smtpProvider({ transport: p.url, from: p.from });
  }
  return { links: settings.links, council: settings.council, ...(provider ? { provider } : {}), worker: settings.worker };
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
