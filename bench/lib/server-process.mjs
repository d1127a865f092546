/**
 * Starts the reference server (server/src/main.ts) as a child process on 127.0.0.1 and a
 * free port, on a temporary PGlite data folder or on PostgreSQL, and stops it again.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/free-port.mjs';

export { freePort };

/** Servers still running, killed if the bench exits early so none is left behind. */
const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});


/**
 * Options: { databaseUrl?, env?, cwd? }; `cwd` is the checkout whose server, demo/ and dist/ to serve
 * (it needs node_modules; a symlink to another checkout's will do). Resolves with { origin, stop(), kind }.
 */
export async function startServer({ databaseUrl, env = {}, cwd } = {}) {
  const port = await freePort();
  const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'coprod-bench-'));
  // No PUBLIC_BASE_URL: the pages the server renders (embeds, styles, api-base) then carry the
  // origin they were asked at, 127.0.0.1:<port> here, which their CSP (connect-src 'self') allows.
  const childEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env };
  delete childEnv.PUBLIC_BASE_URL;
  delete childEnv.DATABASE_URL;
  if (databaseUrl) childEnv.DATABASE_URL = databaseUrl;
  else childEnv.DATA_DIR = dataDir;
  if (childEnv.NODE_ENV === 'production' || childEnv.NODE_ENV === 'test') delete childEnv.NODE_ENV;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const origin = `http://127.0.0.1:${port}`;
  const cleanup = () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 150_000;
  for (;;) {
    const exit = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 250))]);
    if (exit) {
      cleanup();
      throw new Error(`server exited (${exit.code ?? exit.signal}): ${output.trim().split('\n').slice(-3).join(' | ')}`);
    }
    try {
      const response = await fetch(`${origin}/api/v1/opportunities?limit=1`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      cleanup();
      throw new Error(`server did not answer within 150 s: ${output.trim().split('\n').slice(-3).join(' | ')}`);
    }
  }
  return {
    origin,
    kind: databaseUrl ? 'PostgreSQL' : 'PGlite',
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      cleanup();
    },
  };
}
