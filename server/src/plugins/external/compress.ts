import fastifyCompress from '@fastify/compress';
import fp from 'fastify-plugin';

/**
 * Brotli or gzip for every answer over 1 KB that the client accepts: API JSON, the demo pages
 * and the widget bundles (Lighthouse found them sent uncompressed, 187 KiB to save). Cached
 * public answers arrive compressed already and are left as they are.
 */
export default fp(
  async (app) => {
    // Answers only: request bodies are not inflated (as before), so the body limit sees what is sent.
    app.addHook('onRoute', (route) => {
      route.decompress = false;
    });
    await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  },
  { name: 'coprod-compress' },
);
