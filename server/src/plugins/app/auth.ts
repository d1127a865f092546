import fp from 'fastify-plugin';
import { createAuthenticator, requireStaff, type AuthOptions, type Principal } from '../../auth.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking; set before validation on every contract operation. */
    principal: Principal;
  }
}

/** Reads the bearer token of each API request; routes marked `access: 'staff'` refuse anyone else (401/403). */
export default fp<AuthOptions>(
  async (app, options) => {
    const auth = createAuthenticator(options);
    app.decorateRequest('principal', null as never);
    app.addHook('preValidation', async (request) => {
      if (!request.routeOptions.config.operationId) return;
      request.principal = await auth.principalOf(request);
      if (request.routeOptions.config.access === 'staff') requireStaff(request.principal);
    });
  },
  { name: 'coprod-auth' },
);
