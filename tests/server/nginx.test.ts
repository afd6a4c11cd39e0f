/**
 * The built site as a reader gets it from nginx with the shipped server block (deploy/nginx/): status
 * codes, redirects, the 404 page, cache headers, precompressed files and the security headers on
 * every response. Needs nginx and its brotli module: where they are missing the test says so and
 * skips, except in CI (CI=true), where it fails.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CSP } from '../../src/lib/csp.ts';
import { pageUrl } from '../../src/lib/pages.ts';
import { BOOKLET_PDFS } from '../../src/lib/pages.ts';

const BOOKLET_PDF = BOOKLET_PDFS.a5;
import {
  HASHED_FILES, HEADER_CSP, IMMUTABLE, REVALIDATE, SECURITY_HEADERS, cacheControlOf, headersFile,
} from '../../src/lib/security-headers.ts';
import { DIST } from '../helpers/dist.ts';
import { findNginx, get, startNginx, type Nginx, type Response } from '../helpers/nginx.ts';

const found = findNginx();
if ('missing' in found) {
  if (process.env.CI === 'true') throw new Error(`nginx tests cannot run in CI: ${found.missing}`);
  console.log(`nginx tests skipped: ${found.missing}`);
}
const skip = 'missing' in found ? found.missing : false;

let nginx: Nginx;
before(async () => { if ('bin' in found) nginx = await startNginx(found.bin, DIST); });
after(async () => { await nginx?.stop(); });

const file = (path: string) => readFileSync(join(DIST, path));
const firstEntry = (folder: string) => readdirSync(join(DIST, folder), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
const article = pageUrl('article', firstEntry('articles'));
const letter = pageUrl('lettre', firstEntry('lettres'));
const asset = `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!}`;
const fragment = `/pagefind/fragment/${readdirSync(join(DIST, 'pagefind/fragment')).find((f) => !/\.(br|gz)$/.test(f))!}`;

/** Every response carries the same security headers, the 404 page and redirects included. */
function assertSecurity(r: Response, url: string): void {
  for (const [name, value] of SECURITY_HEADERS) assert.equal(r.headers[name.toLowerCase()], value, `${url}: ${name}`);
  assert.match(String(r.headers['content-security-policy']), /frame-ancestors 'none'/, `${url}: frame-ancestors`);
}

function assertPage(r: Response, url: string, path: string): void {
  assert.equal(r.status, 200, url);
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8', url);
  assert.equal(r.headers['cache-control'], REVALIDATE, url);
  assert.deepEqual(r.body, file(path), `${url}: body is dist/${path}`);
  assertSecurity(r, url);
}

test('home, an article and a letter: 200, HTML revalidated on each use', { skip }, async () => {
  for (const url of ['/', article, letter]) assertPage(await get(nginx.url, url), url, join(url, 'index.html'));
});

test('an address without its trailing slash is redirected to it (301, relative Location)', { skip }, async () => {
  const url = article.replace(/\/$/, '');
  const r = await get(nginx.url, url);
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, article);
  assertSecurity(r, url);
});

test('a missing page gets the French 404 page with status 404, never cached for a year', { skip }, async () => {
  for (const url of ['/pas-de-page-ici/', '/articles/pas-de-page-ici/', '/_astro/absent.js']) {
    const r = await get(nginx.url, url);
    assert.equal(r.status, 404, url);
    assert.deepEqual(r.body, file('404.html'), `${url}: body is dist/404.html`);
    assert.match(r.body.toString('utf8'), /<html lang="fr"/);
    assert.notEqual(r.headers['cache-control'], IMMUTABLE, url);
    assertSecurity(r, url);
  }
});

test('hashed assets are kept a year; Pagefind entry files revalidate', { skip }, async () => {
  const hashed = await get(nginx.url, asset);
  assert.equal(hashed.status, 200);
  assert.match(String(hashed.headers['content-type']), /^text\/css/);
  assert.equal(hashed.headers['cache-control'], IMMUTABLE);
  assertSecurity(hashed, asset);
  const chunk = await get(nginx.url, fragment);
  assert.equal(chunk.status, 200);
  assert.equal(chunk.headers['cache-control'], IMMUTABLE, fragment);
  for (const url of ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js']) {
    const r = await get(nginx.url, url);
    assert.equal(r.status, 200, url);
    assert.equal(r.headers['cache-control'], REVALIDATE, url);
    assert.deepEqual(r.body, file(url), url);
    assertSecurity(r, url);
  }
  const entry = await get(nginx.url, '/pagefind/pagefind-entry.json');
  assert.equal(entry.headers['content-type'], 'application/json');
});

test('the booklet PDF, when built, is served as a PDF and revalidated', { skip: skip || (!existsSync(join(DIST, BOOKLET_PDF)) && 'no PDF in this build (SKIP_PDF)') }, async () => {
  const r = await get(nginx.url, BOOKLET_PDF);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'application/pdf');
  assert.equal(r.headers['cache-control'], REVALIDATE);
  assert.equal(r.body.length, file(BOOKLET_PDF).length);
  assertSecurity(r, BOOKLET_PDF);
});

test('the precompressed .br or .gz copy is sent to a browser that accepts it', { skip }, async () => {
  const html = file(join(article, 'index.html'));
  const br = await get(nginx.url, article, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.match(String(br.headers.vary), /Accept-Encoding/i);
  assert.deepEqual(brotliDecompressSync(br.body), html);
  assert.ok(br.body.length < html.length / 2, `brotli: ${br.body.length} of ${html.length} bytes`);
  const gz = await get(nginx.url, article, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), html);
  const js = await get(nginx.url, '/pagefind/pagefind.js', { 'accept-encoding': 'br' });
  assert.equal(js.headers['content-encoding'], 'br');
  assert.deepEqual(brotliDecompressSync(js.body), file('pagefind/pagefind.js'));
});

test('the header policy is the meta policy plus frame-ancestors, on every page of the build', () => {
  assert.equal(HEADER_CSP, `${CSP}; frame-ancestors 'none'`);
  const metas = new Set(readdirSync(DIST, { recursive: true }).map(String).filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(DIST, f), 'utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replace(/&#39;/g, "'")));
  assert.deepEqual([...metas], [CSP]);
});

test('dist/_headers is the generated one, and only files with a hash in their name are kept a year', () => {
  assert.equal(readFileSync(join(DIST, '_headers'), 'utf8'), headersFile());
  const files = readdirSync(DIST, { recursive: true }).map((f) => `/${String(f).split('\\').join('/')}`);
  const immutable = files.filter((f) => cacheControlOf(f) === IMMUTABLE);
  assert.ok(immutable.some((f) => f.startsWith('/_astro/')) && immutable.some((f) => f.startsWith('/pagefind/fragment/')));
  // A content hash before the extension: Astro's 8 characters (Article.DqlznhZa.css), Pagefind's hex
  // digits (fr_11c15cb.pf_fragment, pagefind.fr_17778f9880.pf_meta).
  assert.deepEqual(immutable.filter((f) => !/(?:\.[\w-]{8}|_[0-9a-f]{7,})\.[a-z_]+(?:\.(?:br|gz))?$/.test(f)), []);
  for (const name of ['pagefind.js', 'pagefind-entry.json', 'pagefind-worker.js', 'wasm.fr.pagefind']) {
    assert.equal(cacheControlOf(`/pagefind/${name}`), REVALIDATE, name);
  }
  assert.ok(HASHED_FILES.length > 0);
});
