import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs a local or system command, streaming its output; exits the process if it fails. */
export function run(command, args = [], options = {}) {
  const local = join(process.cwd(), 'node_modules', '.bin', command);
  const result = spawnSync(command === 'node' ? process.execPath : local, args, { stdio: 'inherit', ...options });
  if (result.error?.code === 'ENOENT') return run2(command, args, options);
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result;
}

function run2(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result;
}
