/** The offline copy: which built files it keeps within its budget, and the manifest the worker reads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  OFFLINE_BUDGET, OFFLINE_CACHE_PREFIX, OFFLINE_MANIFEST_URL, bookletPdfForOffline, formatSize, offlineManifest,
  selectOfflineFiles, urlOfBuiltPath, type BuiltFile,
} from '../../src/lib/offline.ts';
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
const urls = (files: { url: string }[]) => files.map((f) => f.url);

test('built paths become the addresses the browser asks for', () => {
  assert.equal(urlOfBuiltPath('index.html'), '/');
  assert.equal(urlOfBuiltPath('articles/x/index.html'), '/articles/x/');
  assert.equal(urlOfBuiltPath('404.html'), '/404.html');
  assert.equal(urlOfBuiltPath('_astro/a.css'), '/_astro/a.css');
});

test('the copy keeps pages, styles, scripts, icons, one PDF and the search index, and nothing else', () => {
  const { files, dropped, total } = selectOfflineFiles(site, PDF);
  const kept = urls(files);
  for (const u of ['/', '/articles/x/', '/404.html', '/_astro/Base.abc.css', '/_astro/letter.abc.js', '/favicon.svg', '/icons/icon-192.png', PDF,
    '/pagefind/pagefind.js', '/pagefind/wasm.fr.pagefind', '/pagefind/index/fr_1.pf_index', '/pagefind/fragment/fr_a.pf_fragment']) assert.ok(kept.includes(u), u);
  for (const u of ['/articles/x/index.html.br', '/livret/livret-a4-imprime.pdf', '/sitemap-index.xml', '/_headers',
    '/pagefind/wasm.unknown.pagefind']) assert.ok(!kept.includes(u), u);
  assert.ok(kept.includes('/pagefind/pagefind.fr_0a1b2c.pf_meta'));
  assert.deepEqual(dropped, []);
  assert.equal(total, files.reduce((t, f) => t + f.bytes, 0));
});

test('over the budget: the search index goes, whole (engine and result texts); pages and PDF never', () => {
  const pagesAndPdf = (10 + 20 + 3 + 7 + 30 + 1 + 4 + 100) * KB;
  const search = (40 + 1 + 60 + 1 + 50 + 5 + 5) * KB;
  const all = selectOfflineFiles(site, PDF, pagesAndPdf + search);
  assert.deepEqual(all.dropped, []);
  assert.equal(all.total, pagesAndPdf + search);
  const noSearch = selectOfflineFiles(site, PDF, pagesAndPdf + search - 1);
  assert.ok(!urls(noSearch.files).some((u) => u.startsWith('/pagefind/')), 'a search missing some result texts fails offline');
  assert.equal(urls(noSearch.dropped).length, 7);
  assert.equal(noSearch.total, pagesAndPdf);
});

test('pages and PDF over the budget fail the build, naming the size and the heaviest files', () => {
  assert.throws(() => selectOfflineFiles(site, PDF, 100 * KB), /weighs 0\.17 MB \(8 files\).*budget of 0\.10 MB.*livret-a5\.pdf/);
  assert.equal(OFFLINE_BUDGET, 4 * 1024 * 1024);
});

test('the essential booklet is preferred when built, else the A5 guide, else none', () => {
  const essential = bookletFiles(ESSENTIAL_FILES).a5;
  assert.equal(bookletPdfForOffline((u) => u === BOOKLET_PDFS.a5), BOOKLET_PDFS.a5);
  assert.equal(bookletPdfForOffline(() => false), undefined);
  assert.equal(bookletPdfForOffline(() => true), essential);
});

test('the manifest names a cache per build version and refuses a version that is not a hash', () => {
  const m = offlineManifest(selectOfflineFiles(site, PDF), '0123abcd4567ef89');
  assert.equal(m.cache, `${OFFLINE_CACHE_PREFIX}0123abcd4567ef89`);
  assert.equal(m.budget, OFFLINE_BUDGET);
  assert.throws(() => offlineManifest(selectOfflineFiles(site, PDF), '../x'), /not a hex hash/);
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
