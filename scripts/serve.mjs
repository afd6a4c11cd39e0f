/**
 * A small static server for the built site: used by the browser tests, the booklet PDF and the
 * benchmarks. Directory URLs serve index.html, unknown paths serve 404.html with status 404.
 * `node scripts/serve.mjs [dir] [port]` from the command line; `serve()` from code.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf',
  '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json',
};

function resolveFile(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/**
 * Starts serving `dir` on 127.0.0.1; resolves to { url, port, close }. Port 0 picks a free port.
 * With `gzip`, text files are gzipped when the browser asks, as a static host would: the
 * benchmarks use it to count bytes on the wire.
 */
export function serve(dir, port = 0, { gzip = false } = {}) {
  const root = resolve(dir);
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    const notFound = join(root, '404.html');
    const target = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!target) { res.writeHead(404).end('Not found'); return; }
    const ext = extname(target);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!gzipped.has(target)) gzipped.set(target, gzipSync(readFileSync(target)));
      const body = gzipped.get(target);
      res.writeHead(file ? 200 : 404, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
      return;
    }
    res.writeHead(file ? 200 : 404, headers);
    createReadStream(target).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.on('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      ok({ url: `http://127.0.0.1:${p}`, port: p, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Serving ${dir} on ${url}/`);
}
