import cors from '@fastify/cors';
import fp from 'fastify-plugin';

export interface CorsOptions {
  /** Origins allowed to call the API from other sites; `*` may stand for a port (http://localhost:*). */
  origins: string[];
}

/** `http://localhost:*` allows any port; requests without an Origin (same origin, curl) are allowed. */
export function originCheck(origins: string[]) {
  const patterns = origins.map((o) => new RegExp(`^${o.trim().replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
  return (origin: string | undefined, callback: (error: Error | null, allow: boolean) => void) => {
    callback(null, !origin || patterns.some((p) => p.test(origin)));
  };
}

/** CORS for the widgets, which live on a council's own site and call the API from there. */
export default fp<CorsOptions>(
  async (app, options) => {
    await app.register(cors, {
      origin: originCheck(options.origins),
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'If-Match'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed'],
      maxAge: 600,
    });
  },
  { name: 'coprod-cors' },
);
