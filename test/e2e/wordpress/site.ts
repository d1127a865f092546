/**
 * A real WordPress for the plugin's test: Debian's `wordpress` (6.1) package on a private
 * MariaDB (its own data folder and socket) and a private Apache with mod_php on a free port,
 * so nothing on the machine is touched but one config file in /etc/wordpress, removed again.
 * Packages are installed with apt-get when the test runs as root (as CI does) and missing.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ROOT } from '../harness.js';

const WORDPRESS = '/usr/share/wordpress';
const PHP_MODULE = '/usr/lib/apache2/modules/libphp8.2.so';
const PACKAGES = ['wordpress', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-cli', 'php-mysql'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const have = () => [`${WORDPRESS}/wp-settings.php`, '/usr/sbin/mariadbd', '/usr/sbin/apache2', PHP_MODULE, '/usr/bin/php'].every((path) => existsSync(path));

/** Why the WordPress test cannot run here, or undefined when it can (installing what is missing as root). */
export function wordPressMissing(): string | undefined {
  if (have()) return process.getuid?.() === 0 ? undefined : 'the WordPress test runs as root (it starts MariaDB and Apache of its own)';
  if (process.getuid?.() !== 0) return `WordPress is not installed; as root run: apt-get install -y ${PACKAGES.join(' ')}`;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Debian's maintainer scripts try to start services; a policy file stops that while installing.
  const policy = '/usr/sbin/policy-rc.d';
  const hadPolicy = existsSync(policy);
  if (!hadPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    console.log(`Installing Debian's WordPress for the plugin test: apt-get install -y ${PACKAGES.join(' ')}`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
  } finally {
    if (!hadPolicy) rmSync(policy, { force: true });
  }
  return have() ? undefined : 'apt-get did not install WordPress';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface WordPressSite {
  url: string;
  adminPassword: string;
  authorPassword: string;
  /** Publishes a post as the Author (kses applies) and returns its address and saved content. */
  publish(title: string, content: string): { id: number; url: string; saved: string; unfilteredHtml: boolean };
  /** Sets one option (e.g. WPLANG, the site's language). */
  setOption(name: string, value: unknown): void;
  /** Apache's and MariaDB's error logs, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface PluginSettings {
  api_base: string;
  script_url: string;
  fallback_url?: string;
  fallback_text?: string;
}

/** Starts MariaDB and Apache, installs the site, switches the plugin on with `settings`. */
export async function startWordPress(port: number, settings: PluginSettings): Promise<WordPressSite> {
  const dir = mkdtempSync('/tmp/coprod-wp-');
  chmodSync(dir, 0o755);
  const url = `http://127.0.0.1:${port}`;
  const name = `coprod-e2e-${process.pid}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const children: ChildProcess[] = [];
  // Each daemon leads its own process group (detached), so neither CI's group kill nor the end
  // of the test process reaches it: kill the groups when this process exits, even if the site
  // never finished starting (then the test's after hook has nothing to stop).
  const killGroups = () => {
    for (const child of children) {
      if (child.pid && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  };
  process.once('exit', killGroups);
  const socket = join(dir, 'mysqld.sock');
  const dbPassword = randomBytes(12).toString('hex');

  // MariaDB: a data folder of its own, reachable only through its socket.
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=socket'], { stdio: 'ignore' });
  children.push(spawn('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${dir}/mysqld.pid`, `--log-error=${dir}/mysqld.err`], { stdio: 'ignore', detached: true }));
  for (let i = 0; i < 200 && !existsSync(socket); i++) await sleep(100);
  const sql = `CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${dbPassword}'; GRANT ALL ON wp.* TO 'wp'@'localhost';`;
  execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', sql]);

  // wp-content: the plugin as a site would install it (a copy), Debian's themes, uploads.
  const content = join(dir, 'wp-content');
  mkdirSync(join(content, 'plugins'), { recursive: true });
  cpSync(join(ROOT, 'integrations/wordpress/coprod-widgets'), join(content, 'plugins/coprod-widgets'), { recursive: true });
  symlinkSync(`${WORDPRESS}/wp-content/themes`, join(content, 'themes'));
  mkdirSync(join(content, 'uploads'));
  chownSync(join(content, 'uploads'), 33, 33);

  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`).join('\n');
  writeFileSync(configFile, `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', '${dbPassword}');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
${salts}
`);
  chmodSync(configFile, 0o644);

  // Apache: one site, mod_php, on the free port.
  writeFileSync(join(dir, 'apache2.conf'), `ServerRoot "${dir}"
DefaultRuntimeDir "${dir}"
PidFile "${dir}/apache2.pid"
ErrorLog "${dir}/apache-error.log"
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module ${PHP_MODULE}
TypesConfig /etc/mime.types
DocumentRoot "${WORDPRESS}"
DirectoryIndex index.php
Alias /wp-content "${content}"
SetEnv WORDPRESS_CONFIG ${name}
<Directory />
  AllowOverride None
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`);
  // Its own process group: Apache's parent, told to stop, signals its whole process group
  // (killpg(getpgrp(), SIGTERM)), which without this was the test runner and CI itself.
  children.push(spawn('apache2', ['-f', join(dir, 'apache2.conf'), '-DFOREGROUND'], { stdio: 'ignore', detached: true }));

  const logs = () => ['apache-error.log', 'mysqld.err'].map((file) => (existsSync(join(dir, file)) ? `${file}:\n${readFileSync(join(dir, file), 'utf8').slice(-3000)}` : '')).join('\n');
  const php = (script: string, input: unknown) => {
    const result = spawnSync('php', [join(ROOT, 'test/e2e/wordpress', script)], { input: JSON.stringify(input), env: { ...process.env, WORDPRESS_CONFIG: name }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`php ${script} failed (${result.status}): ${result.stderr}\n${result.stdout}\n${logs()}`);
    return JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
  };

  const adminPassword = randomBytes(12).toString('hex');
  const authorPassword = randomBytes(12).toString('hex');
  const installed = php('install.php', { adminPassword, authorPassword, settings });
  if (!installed.active) throw new Error('The plugin did not switch on.');

  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/wp-login.php`)).ok) break;
    } catch {
      // Apache is still starting
    }
    await sleep(100);
  }

  return {
    url,
    adminPassword,
    authorPassword,
    publish: (title, body) => php('publish.php', { title, content: body }),
    setOption: (name, value) => void php('option.php', { name, value }),
    logs,
    async stop() {
      for (const child of children.reverse()) {
        if (child.exitCode !== null) continue;
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([gone, sleep(10_000)]);
      }
      killGroups();
      rmSync(configFile, { force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
