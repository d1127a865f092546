#!/usr/bin/env node
/**
 * Runs a command (its output goes where this script's goes) and, when it ends, writes to file
 * descriptor 3 the CPU seconds it used, user and system, with every process it waited for:
 * the test runner uses it for each step's CPU column, which on a shared or loaded machine says
 * more than wall time. Linux only (it reads /proc/self/stat, where a process's waited-for
 * children's times add up); a daemon a step starts (PostgreSQL's server) is not counted.
 *
 *   node scripts/cpu-seconds.mjs <command> [args...] 3>cpu.txt
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(error.message);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  // Fields 14 to 17 (utime, stime, cutime, cstime) in clock ticks, 100 a second on Linux;
  // the command (field 2) may hold spaces, so count from the ") " that ends it.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ').at(-1).split(' ');
  const ticks = fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
  try {
    writeSync(3, `${ticks / 100}\n`);
  } catch {
    // No descriptor 3: run by hand without 3>file.
  }
  process.exit(code ?? (signal ? 128 : 1));
});
