#!/usr/bin/env node
/**
 * The main job: builds the widgets, then starts the reference server on its embedded
 * database (PGlite; PostgreSQL when DATABASE_URL is set) with seed data, serving the API
 * under /api/v1, the widgets under /widgets/ and the demo pages at /.
 *
 * Staff sign in through a local OpenID provider started here (scripts/local-oidc.mjs, on
 * OIDC_PORT, default 8081) unless OIDC_ISSUER points at a real one. `--dev-token` starts
 * no provider and prints the development staff token instead (DEV_TOKEN=true).
 */
import { spawn } from 'node:child_process';
import { run } from './run.mjs';

if (!process.argv.includes('--no-build')) run('node', ['scripts/build.mjs']);
const env = { ...process.env };
if (process.argv.includes('--dev-token')) env.DEV_TOKEN = 'true';
else if (!env.OIDC_ISSUER && env.NODE_ENV !== 'production') {
  const { startLocalOidc, LOCAL_OIDC_AUDIENCE, LOCAL_OIDC_CLIENT_ID, LOCAL_OIDC_ROLE_MAP } = await import('./local-oidc.mjs');
  const port = env.PORT ?? '8080';
  const redirectUris = [`http://localhost:${port}/staff.html`, `http://127.0.0.1:${port}/staff.html`];
  const { issuer } = await startLocalOidc({ port: Number(env.OIDC_PORT ?? 8081), redirectUris });
  Object.assign(env, { OIDC_ISSUER: issuer, OIDC_AUDIENCE: LOCAL_OIDC_AUDIENCE, OIDC_CLIENT_ID: LOCAL_OIDC_CLIENT_ID, OIDC_ROLES_CLAIM: 'groups', OIDC_ROLE_MAP: LOCAL_OIDC_ROLE_MAP });
  console.log(`Local OpenID provider on ${issuer}: on the staff page sign in as "lead" (every role) or "register" (attendance only), any password.`);
}
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
