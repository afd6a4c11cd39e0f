/**
 * Runs the shipped nginx server block (deploy/nginx/) as an ordinary process on a loopback port,
 * serving a built site: only its `listen` port and `root` folder are replaced. Everything nginx
 * writes (pid, logs, temporary files) stays in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_CONF } from '../../src/lib/security-headers.ts';
import { ROOT } from './build.ts';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MIME_TYPES = '/etc/nginx/mime.types';

/** The nginx binary and its brotli module, or why they cannot be used. */
export function findNginx(): { bin: string } | { missing: string } {
  // NGINX_PATH, when set, is the only one tried.
  const candidates = process.env.NGINX_PATH ? [process.env.NGINX_PATH] : ['/usr/sbin/nginx', '/usr/local/sbin/nginx'];
  const bin = candidates.find((p) => existsSync(p));
  if (!bin) return { missing: 'nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-static)' };
  if (!existsSync(BROTLI_MODULE)) return { missing: `nginx's brotli module is missing (${BROTLI_MODULE}; Debian: apt-get install libnginx-mod-http-brotli-static)` };
  if (!existsSync(MIME_TYPES)) return { missing: `${MIME_TYPES} is missing (Debian: apt-get install nginx-common)` };
  return { bin };
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** The shipped server block with its port and root replaced, and nothing else. */
export function serverBlock(port: number, root: string): string {
  const shipped = readFileSync(join(ROOT, NGINX_CONF), 'utf8');
  const block = shipped
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;$/m, `$1root ${resolve(root)};`);
  if (!block.includes(`listen 127.0.0.1:${port};`) || !block.includes(`root ${resolve(root)};`)) {
    throw new Error(`${NGINX_CONF}: no "listen 80;" or "root …;" line to replace`);
  }
  return block;
}

export interface Nginx { url: string; port: number; stop: () => Promise<void> }

async function waitForPort(port: number, proc: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited with ${proc.exitCode}:\n${log()}`);
    const up = await new Promise<boolean>((ok) => {
      const req = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD' }, (res) => { res.resume(); ok(true); });
      req.on('error', () => ok(false));
      req.end();
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not answer on port ${port}:\n${log()}`);
}

/** Starts nginx on a free loopback port, serving `root` with the shipped server block. */
export async function startNginx(bin: string, root: string): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), 'sc-nginx-'));
  mkdirSync(join(dir, 'tmp'));
  const port = await freePort();
  writeFileSync(join(dir, 'site.conf'), serverBlock(port, root));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/tmp/${t};`);
  writeFileSync(join(dir, 'nginx.conf'), [
    `load_module ${BROTLI_MODULE};`,
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    'worker_processes 1;',
    'events { worker_connections 64; }',
    'http {',
    `  include ${MIME_TYPES};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...temp,
    `  include ${dir}/site.conf;`,
    '}',
    '',
  ].join('\n'));
  const proc = spawn(bin, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => { stderr += d; });
  const log = () => `${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  try {
    await waitForPort(port, proc, log);
  } catch (e) {
    proc.kill();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Response { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A GET that shows the response as sent: no redirect followed, no decompression. */
export function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((ok, fail) => {
    const req = request(`${base}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}
