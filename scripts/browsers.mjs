import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** Debian's browsers, unless CHROME_PATH / FIREFOX_PATH say otherwise. */
export function browserPaths() {
  return {
    chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  };
}

/**
 * Flags for Debian's Chromium here: as root it needs --no-sandbox; its wrapper forgets
 * --disable-dev-shm-usage; this machine's closed network refuses background connections.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Makes sure both browsers are there: installs Debian's packages when running as root,
 * else stops with the command to run. Test tools must never download their own browser.
 */
export function ensureBrowsers() {
  const { chromium, firefox } = browserPaths();
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (!existsSync(firefox)) missing.push('firefox-esr');
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() === 0) {
    console.log(`Installing ${missing.join(' and ')} from Debian: ${command}`);
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  console.error(`Missing browser(s): ${missing.join(', ')}. Install them with:\n  sudo ${command}\nor set CHROME_PATH / FIREFOX_PATH.`);
  process.exit(1);
}

/**
 * LibreOffice Calc (without its desktop parts), which opens the pay export in a unit test.
 * As root it is installed from Debian when missing; otherwise that one test says it skipped.
 */
export function ensureCalc() {
  if (existsSync('/usr/bin/soffice') || process.getuid?.() !== 0) return;
  const command = 'apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui';
  console.log(`Installing LibreOffice Calc from Debian: ${command}`);
  try {
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error('Could not install LibreOffice Calc; the spreadsheet round trip will be skipped.');
  }
}
