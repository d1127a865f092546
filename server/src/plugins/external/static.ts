import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

export interface StaticOptions {
  /** The demo pages, served at `/`; missing directories are skipped. */
  demo?: string | undefined;
  /** The built widgets, served at `/widgets/`. */
  widgets?: string | undefined;
  /** Where the demo's staff page signs in (the local OpenID provider); served as /staff-sign-in.json. */
  staffSignIn?: { issuer: string; clientId: string } | undefined;
}

export default fp<StaticOptions>(
  async (app, { demo, widgets, staffSignIn }) => {
    let decorated = false;
    if (widgets && existsSync(widgets)) {
      await app.register(fastifyStatic, { root: widgets, prefix: '/widgets/', decorateReply: !decorated });
      decorated = true;
    }
    if (demo && existsSync(demo)) {
      // The staff demo asks where to sign in; nothing configured means the development token form.
      app.get('/staff-sign-in.json', async (_request, reply) => reply.header('cache-control', 'no-store').send(staffSignIn ?? {}));
      await app.register(fastifyStatic, { root: demo, prefix: '/', index: ['index.html'], decorateReply: !decorated, wildcard: true });
    }
  },
  { name: 'coprod-static' },
);
