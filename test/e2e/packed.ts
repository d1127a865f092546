/**
 * The package as a developer installs it, without the network: `npm pack` makes the tarball
 * npm would publish, and an app folder in the temp directory gets it unpacked in
 * `node_modules/coprod-widgets` (as `npm install <tarball>` puts it), plus links to this
 * repository's installed copies of its dependencies and of the app's own tools.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, cpSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { ROOT } from './harness.js';

/** Packs the package into `folder` and returns the tarball's path. */
export function pack(folder: string): string {
  const name = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', folder], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  return join(folder, name);
}

/** Installs the tarball in `app` (which may hold an app's files already) and links `tools` from this repository's node_modules. */
export function install(app: string, tarball: string, tools: string[] = []): void {
  const target = join(app, 'node_modules/coprod-widgets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  const packed = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of [...Object.keys(packed.dependencies), ...tools]) {
    const link = join(app, 'node_modules', name);
    if (existsSync(link)) continue;
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
}

/** Copies an example app from `examples/<name>` (without anything installed or built). */
export function copyExample(name: string, to: string): string[] {
  const from = join(ROOT, 'examples', name);
  cpSync(from, to, { recursive: true, filter: (source) => !/[/\\](node_modules|dist)$/.test(source) });
  const manifest = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  return [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})].filter((dependency) => dependency !== 'coprod-widgets');
}

/** Every .js file under `folder`, relative to it. */
export function jsFiles(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(folder, path)).isDirectory()) return jsFiles(folder, path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

/** A static server over `folder` on 127.0.0.1 and a free port. */
export function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const file = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const path = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!path.startsWith(folder) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
