#!/usr/bin/env node
/**
 * A real, local OpenID Connect provider for the demo and the end-to-end tests (`oidc-provider`,
 * the certified Node implementation), standing in for a council's Entra ID or Google Workspace.
 * It knows two fictional staff members (any password is accepted: it is a development provider
 * and signs in through oidc-provider's own development login page):
 *
 * - `lead`: Robin Lead, co-production lead, in the group `coprod-leads` (every staff role);
 * - `register`: Sam Register, who records attendance, in `coprod-attendance` (staff + attendance).
 *
 * It issues short-lived JWT access tokens for the coprod API (audience `coprod-api`) carrying
 * the person's `groups`; the server maps groups to its roles by configuration
 * (`OIDC_ROLE_MAP`), exactly as it would for a council's provider. One public client,
 * `coprod-staff`, signs in with the authorisation code flow and PKCE and may refresh.
 *
 * Run alone: `node scripts/local-oidc.mjs` (OIDC_PORT, default 8081; OIDC_REDIRECT_URIS, comma
 * separated). `npm start` starts it beside the server.
 */
import { fileURLToPath } from 'node:url';
import Provider from 'oidc-provider';

export const LOCAL_OIDC_CLIENT_ID = 'coprod-staff';
export const LOCAL_OIDC_AUDIENCE = 'coprod-api';
/** The API as a resource indicator (RFC 8707 wants an absolute URI); its tokens carry LOCAL_OIDC_AUDIENCE. */
const RESOURCE = 'urn:anytown:coprod-api';
/** The mapping the server is given for this provider: group=roles;group=roles. */
export const LOCAL_OIDC_ROLE_MAP = 'coprod-leads=staff,attendance,finance,people,auditor,feedback;coprod-attendance=staff,attendance';

/** Fictional staff: no real person's details. */
export const LOCAL_STAFF = {
  lead: { name: 'Robin Lead', title: 'Co-production lead, Adult Social Care', email: 'robin.lead@anytown.example', groups: ['coprod-leads'] },
  register: { name: 'Sam Register', title: 'Day centre worker', email: 'sam.register@anytown.example', groups: ['coprod-attendance'] },
};

/**
 * Starts the provider on 127.0.0.1:`port` (0 for a free one). `issuer` defaults to
 * http://127.0.0.1:<port>. Returns its issuer and a stop function.
 * @param {{ port?: number, host?: string, issuer?: string, redirectUris: string[], accessTokenTtl?: number }} options
 */
export async function startLocalOidc(options) {
  const { createServer } = await import('node:http');
  const server = createServer();
  await new Promise((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const issuer = options.issuer ?? `http://127.0.0.1:${port}`;
  const accessTokenTtl = options.accessTokenTtl ?? 300;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: LOCAL_OIDC_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.redirectUris,
      },
    ],
    // Every client here is the council's own: no consent screen, the grant is made at sign-in.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile email offline_access');
      grant.addResourceScope(RESOURCE, 'coprod');
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, id) {
      const person = LOCAL_STAFF[id] ?? { name: id, title: '', email: '', groups: [] };
      return { accountId: id, claims: async () => ({ sub: id, name: person.name, email: person.email, groups: person.groups }) };
    },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'coprod',
          audience: LOCAL_OIDC_AUDIENCE,
          accessTokenTTL: accessTokenTtl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken') return undefined;
      const person = LOCAL_STAFF[token.accountId];
      return { groups: person?.groups ?? [], name: person?.name, title: person?.title };
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: { AccessToken: accessTokenTtl, IdToken: 3600, RefreshToken: 8 * 60 * 60, Session: 8 * 60 * 60, Grant: 8 * 60 * 60, Interaction: 15 * 60, AuthorizationCode: 60 },
    cookies: { keys: ['local-oidc-development-only'] },
  });
  provider.proxy = false;
  // Each grant the provider made, by type ('authorization_code', 'refresh_token'), for tests
  // that must know a refresh happened when the browser cannot show a request's body.
  const grants = [];
  provider.on('grant.success', (ctx) => grants.push(String(ctx.oidc.params?.grant_type)));
  server.on('request', provider.callback());
  return {
    issuer,
    port,
    grants,
    stop: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve(undefined)); }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.OIDC_PORT ?? 8081);
  const redirectUris = (process.env.OIDC_REDIRECT_URIS ?? 'http://localhost:8080/staff.html').split(',').map((u) => u.trim()).filter(Boolean);
  const { issuer } = await startLocalOidc({ port, host: process.env.OIDC_HOST ?? '127.0.0.1', redirectUris });
  console.log(`Local OpenID provider on ${issuer} (development only; staff: lead, register; any password)`);
}
