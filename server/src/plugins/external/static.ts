import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

export interface StaticOptions {
  /** The demo pages, served at `/`; missing directories are skipped. */
  demo?: string | undefined;
  /** The built widgets, served at `/widgets/`. */
  widgets?: string | undefined;
}

export default fp<StaticOptions>(
  async (app, { demo, widgets }) => {
    let decorated = false;
    if (widgets && existsSync(widgets)) {
      await app.register(fastifyStatic, { root: widgets, prefix: '/widgets/', decorateReply: !decorated });
      decorated = true;
    }
    if (demo && existsSync(demo)) {
      await app.register(fastifyStatic, { root: demo, prefix: '/', index: ['index.html'], decorateReply: !decorated, wildcard: true });
    }
  },
  { name: 'coprod-static' },
);
