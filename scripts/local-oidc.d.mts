/** Types for scripts/local-oidc.mjs, for the TypeScript tests that start the local OpenID provider. */
export declare const LOCAL_OIDC_CLIENT_ID: string;
export declare const LOCAL_OIDC_AUDIENCE: string;
export declare const LOCAL_OIDC_ROLE_MAP: string;
export declare const LOCAL_STAFF: Record<string, { name: string; title: string; email: string; groups: string[] }>;
export declare function startLocalOidc(options: { port?: number; host?: string; issuer?: string; redirectUris: string[]; accessTokenTtl?: number }): Promise<{ issuer: string; port: number; /** Each grant made, by type (`authorization_code`, `refresh_token`). */ grants: string[]; stop(): Promise<void> }>;
