/**
 * The static server of the built site, on loopback: `npm start` and `npm run preview` (through
 * scripts/serve.mjs), the browser tests (Playwright's webServer), the booklet PDF (Chromium prints
 * /livret/ from it: from file:// the page would not load as on the web) and the benchmarks.
 * Directory URLs serve their index.html; unknown paths serve 404.html with status 404.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf', '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json', '.ics': 'text/calendar; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface StaticServerOptions {
  /** Folder to serve, e.g. dist/. */
  root: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Gzip text files when the browser asks, as a static host would (the benchmarks count bytes on the wire). */
  gzip?: boolean;
}

export interface StaticServer {
  /** "http://127.0.0.1:4321", no trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The file a URL path names inside `root`, or undefined (outside root, or no such file). */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return undefined;
  }
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    const notFound = join(root, '404.html');
    const target = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const status = file ? 200 : 404;
    const ext = extname(target);
    // Revalidated on every use, as the deployed site's HTML is (deploy/): a file that has not changed since the
    // browser's copy answers 304, so a page's stylesheet or the search's WebAssembly is not sent and parsed again.
    const modified = statSync(target).mtime;
    modified.setMilliseconds(0);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'last-modified': modified.toUTCString() };
    const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
    if (status === 200 && !Number.isNaN(since) && modified.getTime() <= since) {
      res.writeHead(304, headers).end();
      return;
    }
    if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(target);
      if (!body) gzipped.set(target, (body = gzipSync(readFileSync(target))));
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
      return;
    }
    res.writeHead(status, headers);
    createReadStream(target).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
