/** The offline copy: which built files it keeps within its budget, and the manifest the worker reads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  OFFLINE_BUDGET, OFFLINE_CACHE_PREFIX, OFFLINE_MANIFEST_URL, bookletPdfForOffline, formatSize, offlineManifest,
  pageScripts, referencedScripts, selectOfflineFiles, staticImports, urlOfBuiltPath, type BuiltFile,
} from '../../src/lib/offline.ts';
import { builtFiles, builtPageScripts } from '../../src/lib/offline-fs.ts';
import { BOOKLET_PDFS, ESSENTIAL_FILES, STATIC_PAGES, bookletFiles } from '../../src/lib/pages.ts';
import { cacheControlOf, REVALIDATE } from '../../src/lib/security-headers.ts';

const KB = 1024;
const site: BuiltFile[] = [
  { path: 'index.html', bytes: 10 * KB },
  { path: 'articles/x/index.html', bytes: 20 * KB },
  { path: 'articles/x/index.html.br', bytes: 4 * KB },
  { path: '404.html', bytes: 3 * KB },
  { path: '_astro/Base.abc.css', bytes: 7 * KB },
  { path: '_astro/letter.abc.js', bytes: 30 * KB },
  { path: '_astro/print-engine.abc.js', bytes: 5 * KB },
  { path: 'favicon.svg', bytes: 1 * KB },
  { path: 'icons/icon-192.png', bytes: 4 * KB },
  { path: 'livret/livret-a5.pdf', bytes: 100 * KB },
  { path: 'livret/livret-a4-imprime.pdf', bytes: 120 * KB },
  { path: 'pagefind/pagefind.js', bytes: 40 * KB },
  { path: 'pagefind/pagefind-entry.json', bytes: 1 * KB },
  { path: 'pagefind/wasm.fr.pagefind', bytes: 60 * KB },
  { path: 'pagefind/wasm.unknown.pagefind', bytes: 55 * KB },
  { path: 'pagefind/pagefind.fr_0a1b2c.pf_meta', bytes: 1 * KB },
  { path: 'pagefind/index/fr_1.pf_index', bytes: 50 * KB },
  { path: 'pagefind/fragment/fr_a.pf_fragment', bytes: 5 * KB },
  { path: 'pagefind/fragment/fr_b.pf_fragment', bytes: 5 * KB },
  { path: 'sitemap-index.xml', bytes: 1 * KB },
  { path: '_headers', bytes: 1 * KB },
];
const PDF = '/livret/livret-a5.pdf';
/** The scripts the pages of `site` load; the print engine is loaded on demand only. */
const SCRIPTS = new Set(['/_astro/letter.abc.js']);
const select = (budget?: number) => selectOfflineFiles(site, { pdf: PDF, scripts: SCRIPTS, ...(budget === undefined ? {} : { budget }) });
const urls = (files: { url: string }[]) => files.map((f) => f.url);

test('built paths become the addresses the browser asks for', () => {
  assert.equal(urlOfBuiltPath('index.html'), '/');
  assert.equal(urlOfBuiltPath('articles/x/index.html'), '/articles/x/');
  assert.equal(urlOfBuiltPath('404.html'), '/404.html');
  assert.equal(urlOfBuiltPath('_astro/a.css'), '/_astro/a.css');
});

test('the copy keeps pages, styles, scripts, icons, one PDF and the search index, and nothing else', () => {
  const { files, dropped, total } = select();
  const kept = urls(files);
  for (const u of ['/', '/articles/x/', '/404.html', '/_astro/Base.abc.css', '/_astro/letter.abc.js', '/favicon.svg', '/icons/icon-192.png', PDF,
    '/pagefind/pagefind.js', '/pagefind/wasm.fr.pagefind', '/pagefind/index/fr_1.pf_index', '/pagefind/fragment/fr_a.pf_fragment']) assert.ok(kept.includes(u), u);
  for (const u of ['/articles/x/index.html.br', '/livret/livret-a4-imprime.pdf', '/sitemap-index.xml', '/_headers', '/_astro/print-engine.abc.js',
    '/pagefind/wasm.unknown.pagefind']) assert.ok(!kept.includes(u), u);
  assert.ok(kept.includes('/pagefind/pagefind.fr_0a1b2c.pf_meta'));
  assert.deepEqual(dropped, []);
  assert.equal(total, files.reduce((t, f) => t + f.bytes, 0));
});

test('over the budget: the search index goes, whole (engine and result texts); pages and PDF never', () => {
  const pagesAndPdf = (10 + 20 + 3 + 7 + 30 + 1 + 4 + 100) * KB;
  const search = (40 + 1 + 60 + 1 + 50 + 5 + 5) * KB;
  const all = select(pagesAndPdf + search);
  assert.deepEqual(all.dropped, []);
  assert.equal(all.total, pagesAndPdf + search);
  const noSearch = select(pagesAndPdf + search - 1);
  assert.ok(!urls(noSearch.files).some((u) => u.startsWith('/pagefind/')), 'a search missing some result texts fails offline');
  assert.equal(urls(noSearch.dropped).length, 7);
  assert.equal(noSearch.total, pagesAndPdf);
});

test('pages and PDF over the budget fail the build, naming the size and the heaviest files', () => {
  assert.throws(() => select(100 * KB), /weighs 0\.17 MB \(8 files\).*budget of 0\.10 MB.*livret-a5\.pdf/);
  assert.equal(OFFLINE_BUDGET, 4 * 1024 * 1024);
});

test('the essential booklet is preferred when built, else the A5 guide, else none', () => {
  const essential = bookletFiles(ESSENTIAL_FILES).a5;
  assert.equal(bookletPdfForOffline((u) => u === BOOKLET_PDFS.a5), BOOKLET_PDFS.a5);
  assert.equal(bookletPdfForOffline(() => false), undefined);
  assert.equal(bookletPdfForOffline(() => true), essential);
});

test('the manifest names a cache per build version and refuses a version that is not a hash', () => {
  const m = offlineManifest(select(), '0123abcd4567ef89');
  assert.equal(m.cache, `${OFFLINE_CACHE_PREFIX}0123abcd4567ef89`);
  assert.equal(m.budget, OFFLINE_BUDGET);
  assert.throws(() => offlineManifest(select(), '../x'), /not a hex hash/);
  assert.equal(OFFLINE_MANIFEST_URL, `${STATIC_PAGES.horsConnexion}fichiers.json`);
});

test('the worker and its manifest are never kept immutable by a host: each visit revalidates them', () => {
  assert.equal(cacheControlOf('/sw.js'), REVALIDATE);
  assert.equal(cacheControlOf(OFFLINE_MANIFEST_URL), REVALIDATE);
  assert.equal(cacheControlOf('/manifest.webmanifest'), REVALIDATE);
});

test('sizes read as a French reader expects', () => {
  assert.equal(formatSize(2.74 * 1024 * 1024), '2,7\u00A0Mo');
  assert.equal(formatSize(340 * 1024), '340\u00A0Ko');
  assert.equal(formatSize(10), '1\u00A0Ko');
});

test('static imports: every form a built chunk uses, relative to the script; dynamic import() and packages are not followed', () => {
  const js = 'import{a as b,c}from"./ui.1.js";import"./side.2.js";export*from"../x/re.3.js";import d from \'/_astro/abs.4.js\';'
    + 'const e=await import(`./paged.5.js`);import("./other.6.js");import{f}from"pagefind";const s="import \\"./in-string.css\\"";';
  assert.deepEqual(staticImports(js, '/_astro/page.js'), ['/_astro/ui.1.js', '/_astro/side.2.js', '/x/re.3.js', '/_astro/abs.4.js']);
});

test('page scripts: <script src> (module or not) and the static imports of inline module scripts, not JSON-LD', () => {
  const html = '<script type="module" src="/_astro/a.js"></script><script src=../b.js></script>'
    + '<script type="application/ld+json">{"x":"./no.js"}</script><script type="module">import{x}from"/_astro/c.js";import("/_astro/lazy.js")</script>'
    + '<script src="https://elsewhere.example/x.js"></script>';
  assert.deepEqual(pageScripts(html, '/articles/x/'), ['/_astro/a.js', '/articles/b.js', '/_astro/c.js']);
});

test('referenced scripts: the pages\' scripts and what they import, transitively, once each; a missing file is not listed', () => {
  const built: Record<string, string> = {
    '/_astro/page.js': 'import{a}from"./shared.js";const p=()=>import("./print-engine.js");',
    '/_astro/shared.js': 'import"./runtime.js";import"./page.js";',
    '/_astro/runtime.js': '',
    '/_astro/print-engine.js': 'import"./runtime.js";',
  };
  const pages = [{ url: '/', html: '<script type="module" src="/_astro/page.js"></script><script type="module" src="/_astro/gone.js"></script>' }];
  assert.deepEqual([...referencedScripts(pages, (u) => built[u])].sort(), ['/_astro/page.js', '/_astro/runtime.js', '/_astro/shared.js']);
});

test('a tiny built site: the page\'s script and the chunk it imports are kept; a big script no page loads is not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  try {
    const put = (path: string, text: string) => { mkdirSync(dirname(join(dir, path)), { recursive: true }); writeFileSync(join(dir, path), text); };
    put('index.html', '<!doctype html><title>x</title><script type="module" src="/_astro/page.abc.js"></script>');
    put('lettres/x/index.html', '<!doctype html><title>y</title><p>no script</p>');
    put('_astro/page.abc.js', 'import{t}from"./chunk.def.js";t();');
    put('_astro/chunk.def.js', 'export const t=()=>import("./engine.ghi.js");');
    put('_astro/engine.ghi.js', `/* not loaded by any page */${'x'.repeat(300 * KB)}`);
    put('_astro/small-orphan.js', 'export{};');
    const files = builtFiles(dir);
    const scripts = builtPageScripts(dir, files);
    assert.deepEqual([...scripts].sort(), ['/_astro/chunk.def.js', '/_astro/page.abc.js']);
    const kept = urls(selectOfflineFiles(files, { pdf: undefined, scripts }).files);
    assert.deepEqual(kept.filter((u) => u.endsWith('.js')).sort(), ['/_astro/chunk.def.js', '/_astro/page.abc.js']);
    assert.ok(kept.includes('/') && kept.includes('/lettres/x/'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
