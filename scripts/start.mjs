#!/usr/bin/env node
/**
 * The main job: builds the widgets, then starts the reference server on its embedded
 * database (PGlite; PostgreSQL when DATABASE_URL is set) with seed data, serving the API
 * under /api/v1, the widgets under /widgets/ and the demo pages at /.
 */
import { spawn } from 'node:child_process';
import { run } from './run.mjs';

if (!process.argv.includes('--no-build')) run('node', ['scripts/build.mjs']);
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
