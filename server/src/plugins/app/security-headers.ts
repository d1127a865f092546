import fp from 'fastify-plugin';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";
/** Everything that is not a page (JSON, CSV, files): nothing may load or frame it as a document (ASVS 5.0 V3.4.3). */
export const CSP_NOT_A_PAGE = "default-src 'none'; frame-ancestors 'none'";

export interface SecurityHeadersOptions {
  /** Send Strict-Transport-Security (production: the server sits behind HTTPS). */
  hsts?: boolean;
  /** Origins the demo pages may also fetch from: the OpenID provider the staff page signs in with. */
  connectTo?: string[];
}

/** The page CSP, letting the demo's staff page reach the OpenID provider it signs in with (discovery, tokens). */
export function cspFor(connectTo: string[] = []): string {
  return connectTo.length ? CSP.replace("connect-src 'self'", `connect-src 'self' ${connectTo.join(' ')}`) : CSP;
}

/**
 * Headers on every response (server/SECURITY.md, V3.4): no sniffing, no referrer; pages (the
 * demo) get a strict CSP, may only be framed by this site and keep their own browsing context;
 * anything else gets a CSP that loads nothing. With `hsts`, browsers keep to HTTPS for a year.
 */
export default fp<SecurityHeadersOptions>(
  async (app, options) => {
    const csp = cspFor(options.connectTo);
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'no-referrer');
      if (options.hsts) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        reply.header('content-security-policy', csp);
        reply.header('x-frame-options', 'SAMEORIGIN');
        reply.header('cross-origin-opener-policy', 'same-origin');
      } else if (reply.statusCode !== 304 && !reply.hasHeader('content-security-policy')) {
        // Not on a 304: its headers update the cached page's, and a page would lose its CSP (a demo page reloaded from cache loaded nothing).
        reply.header('content-security-policy', CSP_NOT_A_PAGE);
      }
      return payload;
    });
  },
  { name: 'coprod-security-headers' },
);
