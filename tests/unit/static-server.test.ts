/** The one static server (src/lib/static-server-fs.ts): index files, the French 404, gzip on request, 304 for unchanged files, nothing outside its folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { serveStatic } from '../../src/lib/static-server-fs.ts';

/** A raw GET: fetch() would normalise "/../" away before sending it. */
const get = (url: string, path: string, headers: Record<string, string> = {}) => new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
  const req = request(`${url}${path}`, { headers }, (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
  });
  req.path = path;
  req.on('error', fail);
  req.end();
});

test('directories serve their index.html, unknown paths the 404 page with status 404, and nothing leaves the folder', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'sc-serve-'));
  const root = join(parent, 'dist');
  mkdirSync(join(root, 'articles/x'), { recursive: true });
  writeFileSync(join(root, 'articles/x/index.html'), '<p>article</p>');
  writeFileSync(join(root, '404.html'), '<p>introuvable</p>');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  mkdirSync(join(parent, 'dist2'));
  writeFileSync(join(parent, 'dist2/index.html'), 'other folder');
  const server = await serveStatic({ root, gzip: true });
  try {
    const page = await get(server.url, '/articles/x/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(page.body.toString(), '<p>article</p>');
    const missing = await get(server.url, '/nulle-part/');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.toString(), '<p>introuvable</p>');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/../dist2/']) {
      const r = await get(server.url, path);
      assert.equal(r.status, 404, path);
      assert.doesNotMatch(r.body.toString(), /secret|other folder/, path);
    }
    const zipped = await get(server.url, '/articles/x/', { 'accept-encoding': 'gzip' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(zipped.body).toString(), '<p>article</p>');
  } finally {
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  }
});

test('a file unchanged since the browser\'s copy answers 304 with no body; a changed one, or the 404 page, is sent again', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sc-serve-'));
  writeFileSync(join(root, 'style.css'), 'p { color: red }');
  writeFileSync(join(root, '404.html'), '<p>introuvable</p>');
  const server = await serveStatic({ root });
  try {
    const first = await get(server.url, '/style.css');
    const modified = String(first.headers['last-modified']);
    assert.match(modified, /GMT$/);
    const again = await get(server.url, '/style.css', { 'if-modified-since': modified });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    const older = new Date(Date.parse(modified) - 60_000).toUTCString();
    assert.equal((await get(server.url, '/style.css', { 'if-modified-since': older })).status, 200);
    const missing = await get(server.url, '/absent.css', { 'if-modified-since': new Date().toUTCString() });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.toString(), '<p>introuvable</p>');
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
