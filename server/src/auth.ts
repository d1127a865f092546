import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from './problems.js';

export interface AuthOptions {
  /** HS256 shared secret (tests, and the development token behind DEV_TOKEN). */
  jwtSecret?: string;
  /** Or a JWKS endpoint (RS256, ES256...). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /**
   * The council's OpenID provider. Its access tokens are checked for this issuer and audience
   * against the keys its discovery document names, and their roles come from `rolesClaim`
   * through `roleMap`. An HS256 token is then accepted only if `jwtSecret` is also set (the
   * development token).
   */
  oidc?: OidcOptions;
}

export interface OidcOptions {
  issuer: string;
  audience: string;
  /** Overrides the JWKS address the issuer's discovery document gives. */
  jwksUrl?: string;
  /** The claim that carries the person's groups or roles, e.g. `groups` or `roles`. Dotted paths reach nested claims. */
  rolesClaim: string;
  /** Group or role name at the provider -> our staff roles. Without a map, values that name a staff role are taken as they are. */
  roleMap?: Record<string, StaffRole[]>;
}

/** Who is asking: nobody, a signed-in person (JWT), or the holder of an opaque token (a profile's edit token). */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'jwt'; sub: string; roles: string[]; claims: JWTPayload }
  | { kind: 'token'; token: string }
  | { kind: 'invalid'; reason: string };

export interface Authenticator {
  principalOf(request: FastifyRequest): Promise<Principal>;
}

export function createAuthenticator(options: AuthOptions): Authenticator {
  const hsKey = options.jwtSecret ? new TextEncoder().encode(options.jwtSecret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  const verifyOptions = {
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };
  const oidc = options.oidc ? oidcVerifier(options.oidc) : undefined;

  /** The claims and roles of a valid token; throws for any other. */
  async function verify(token: string): Promise<{ claims: JWTPayload; roles: string[] }> {
    if (oidc && decodeProtectedHeader(token).alg !== 'HS256') return oidc(token);
    let claims: JWTPayload;
    if (hsKey) claims = (await jwtVerify(token, hsKey, oidc ? { algorithms: ['HS256'] } : { ...verifyOptions, algorithms: ['HS256'] })).payload;
    else if (jwks) claims = (await jwtVerify(token, jwks, verifyOptions)).payload;
    else throw new Error('No JWT secret or JWKS configured');
    return { claims, roles: Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [] };
  }

  return {
    async principalOf(request) {
      const header = request.headers.authorization;
      if (!header) return { kind: 'anonymous' };
      const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header);
      if (!match?.[1]) return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <token>".' };
      const token = match[1];
      if (token.split('.').length !== 3) return { kind: 'token', token };
      try {
        const { claims, roles } = await verify(token);
        if (!claims.sub) return { kind: 'invalid', reason: 'The token has no subject.' };
        return { kind: 'jwt', sub: claims.sub, roles, claims };
      } catch {
        return { kind: 'invalid', reason: 'The token is not valid or has expired. Sign in again.' };
      }
    },
  };
}

export const isStaff = (p: Principal): p is Extract<Principal, { kind: 'jwt' }> => p.kind === 'jwt' && p.roles.includes('staff');

/**
 * Who gave a feedback item (their name and reply contact, and which messages were about their
 * item) is for the feedback team only: staff with the `feedback` role. Other staff see what was
 * said and its status, not who said it, so that the people pool cannot be joined to it.
 */
export const seesFeedbackGivers = (p: Principal): boolean => isStaff(p) && p.roles.includes('feedback');

/**
 * The kinds of message subject whose messages (to whom, what they say) a member of staff's roles
 * do not cover, so lists of messages leave them out (GET /messages/by-hand and its counts). Each is
 * the role its own routes require: who gave feedback is the feedback team's (the rule above); a
 * claim (amounts, finance's questions) is `finance`'s; attendance and "I came but I am not on the
 * list" are `attendance`'s, and `finance` reads attendance too (GET /attendance/{id}).
 */
export function hiddenMessageSubjects(p: Principal): string[] {
  const has = (role: StaffRole) => isStaff(p) && p.roles.includes(role);
  return [...(seesFeedbackGivers(p) ? [] : ['feedback']), ...(has('finance') ? [] : ['claim']), ...(has('attendance') || has('finance') ? [] : ['attendance', 'missing-session'])];
}

/** 401 without a valid token, 403 with one that lacks the staff role. */
export function requireStaff(p: Principal): Extract<Principal, { kind: 'jwt' }> {
  if (p.kind === 'invalid') throw unauthorized(p.reason);
  if (p.kind !== 'jwt') throw unauthorized('Sign in as staff to do this.');
  if (!p.roles.includes('staff')) throw forbidden('Only staff can do this.');
  return p;
}

/**
 * Staff roles. `staff` is every member of staff (publish opportunities, answer interest and
 * feedback); the others are added on top of it, so a council can give "record attendance" and
 * "approve and pay" to different people (issue 16), keep the people pool to some staff (issue 18)
 * and let an auditor read the audit trail (issue 20). `feedback` is the feedback team: only with
 * it do staff see who gave a feedback item (name and reply contact), the messages about one item,
 * and, in "who was told" for one person (the people role), which feedback items they were told
 * about (issue 15: the person gave their feedback to the feedback team, not to whoever holds the
 * people pool). `insights` may change the area's reference figures that "Who is taking part" is
 * compared with (issue 17, review SHOULD 20): what every member of staff is shown. Issue 20 maps them from the council's identity provider; development tokens carry them all.
 */
export const STAFF_ROLES = ['staff', 'attendance', 'finance', 'people', 'auditor', 'feedback', 'insights'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** 401 without a valid token; 403 unless the token is staff and carries `role`. */
export function requireRole(p: Principal, role: StaffRole): Extract<Principal, { kind: 'jwt' }> {
  const staff = requireStaff(p);
  if (!staff.roles.includes(role)) throw forbidden('Your staff account cannot do this. Ask for the role that allows it.');
  return staff;
}

/** A label for the idempotency table and the audit log. */
export function principalKey(p: Principal): string {
  if (p.kind === 'jwt') return `jwt:${p.sub}`;
  return 'anonymous';
}

/** Checks a provider's access token (issuer, audience, signature by its published keys, expiry) and maps its roles. */
function oidcVerifier(options: OidcOptions): (token: string) => Promise<{ claims: JWTPayload; roles: string[] }> {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const getKeys = () =>
    (keys ??= (async () => {
      if (options.jwksUrl) return createRemoteJWKSet(new URL(options.jwksUrl));
      const response = await fetch(new URL('.well-known/openid-configuration', options.issuer.endsWith('/') ? options.issuer : `${options.issuer}/`), { signal: AbortSignal.timeout(10_000) });
      const discovery = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
      if (!response.ok || discovery.issuer !== options.issuer || typeof discovery.jwks_uri !== 'string') throw new Error('The identity provider\'s discovery document does not name this issuer and its keys.');
      return createRemoteJWKSet(new URL(discovery.jwks_uri));
    })().catch((error: unknown) => {
      keys = undefined; // ask again next time: the provider may have been starting
      throw error;
    }));
  return async (token) => {
    const { payload } = await jwtVerify(token, await getKeys(), { issuer: options.issuer, audience: options.audience, algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'], clockTolerance: 30 });
    return { claims: payload, roles: mapRoles(claimAt(payload, options.rolesClaim), options.roleMap) };
  };
}

function claimAt(claims: JWTPayload, path: string): unknown {
  let value: unknown = claims;
  for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** The staff roles a provider's groups or roles give, by the configured map (or by name). */
export function mapRoles(value: unknown, roleMap: Record<string, StaffRole[]> | undefined): StaffRole[] {
  const names = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const roles = new Set<StaffRole>();
  for (const name of names) {
    if (roleMap) for (const role of roleMap[name] ?? []) roles.add(role);
    else if ((STAFF_ROLES as readonly string[]).includes(name)) roles.add(name as StaffRole);
  }
  return STAFF_ROLES.filter((role) => roles.has(role));
}

/**
 * Reads `group=role,role;group=role` (OIDC_ROLE_MAP). Throws on a role we do not have, so a
 * typo is found at start, not when someone cannot sign in.
 */
export function parseRoleMap(text: string): Record<string, StaffRole[]> {
  const map: Record<string, StaffRole[]> = {};
  for (const entry of text.split(';').map((e) => e.trim()).filter(Boolean)) {
    const [group, roles] = entry.split('=');
    if (!group?.trim() || roles === undefined) throw new Error(`"${entry}" is not group=role,role`);
    map[group.trim()] = roles.split(',').map((r) => r.trim()).filter(Boolean).map((role) => {
      if (!(STAFF_ROLES as readonly string[]).includes(role)) throw new Error(`"${role}" is not a staff role (${STAFF_ROLES.join(', ')})`);
      return role as StaffRole;
    });
  }
  return map;
}
