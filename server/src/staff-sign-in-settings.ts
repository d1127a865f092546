import { parseRoleMap, type OidcOptions } from './auth.js';

/**
 * Staff sign-in settings (src/settings.ts reads them with the rest):
 *
 * | variable | meaning |
 * | --- | --- |
 * | `OIDC_ISSUER` | the council's OpenID provider (Entra ID, Google Workspace, any OIDC provider) |
 * | `OIDC_AUDIENCE` | the audience its access tokens carry for this API (required with an issuer) |
 * | `OIDC_JWKS_URL` | the provider's keys, if not the ones its discovery document names |
 * | `OIDC_ROLES_CLAIM` | the claim with the person's groups or roles (default `roles`; Entra ID `roles`, others often `groups`) |
 * | `OIDC_ROLE_MAP` | `group=role,role;group=role`: which staff roles each group gives (default: values that name a role) |
 * | `OIDC_CLIENT_ID` | the public client the staff widgets sign in with (given to the demo's staff page) |
 *
 * With a provider the development token (DEV_TOKEN, src/settings.ts) is off unless asked for.
 */
export interface StaffSignInSettings {
  oidc?: OidcOptions;
  /** Where the demo's staff page signs in. */
  demo?: { issuer: string; clientId: string };
}

/** From the values src/settings.ts read (it alone reads the environment); throws an Error naming the setting that is wrong. */
export function staffSignInFromEnv(values: Record<string, string | undefined>): StaffSignInSettings {
  const issuer = values.OIDC_ISSUER?.trim();
  if (!issuer) return {};
  const audience = values.OIDC_AUDIENCE?.trim();
  if (!audience) throw new Error('set OIDC_AUDIENCE with OIDC_ISSUER: the audience the provider puts in access tokens for this API.');
  let roleMap;
  try {
    roleMap = values.OIDC_ROLE_MAP ? parseRoleMap(values.OIDC_ROLE_MAP) : undefined;
  } catch (error) {
    throw new Error(`OIDC_ROLE_MAP: ${(error as Error).message}`);
  }
  const oidc: OidcOptions = {
    issuer,
    audience,
    rolesClaim: values.OIDC_ROLES_CLAIM?.trim() || 'roles',
    ...(values.OIDC_JWKS_URL ? { jwksUrl: values.OIDC_JWKS_URL } : {}),
    ...(roleMap ? { roleMap } : {}),
  };
  const clientId = values.OIDC_CLIENT_ID?.trim();
  return { oidc, ...(clientId ? { demo: { issuer, clientId } } : {}) };
}
