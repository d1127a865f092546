import fp from 'fastify-plugin';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

/** Headers on every response; pages (the demo) also get a strict CSP and may only be framed by this site. */
export default fp(
  async (app) => {
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'no-referrer');
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        reply.header('content-security-policy', CSP);
        reply.header('x-frame-options', 'SAMEORIGIN');
      }
      return payload;
    });
  },
  { name: 'coprod-security-headers' },
);
