/**
 * Search benchmark: for N synthetic French articles, build the site (CONTENT_DIR/OUT_DIR in a
 * temporary folder), then measure in headless Chromium what a reader's phone would pay:
 * build and index time, index size, bytes fetched by the first search, and the time from the last
 * keystroke to the results drawn, on a warm index. Checks the budgets at N = 1,000.
 * `--smoke` (a step of `npm test`): no build of its own; every measuring step runs once on the site
 * scripts/bench.mjs built for the smoke run (OUT_DIR). The synthetic-site generator is still built in the
 * smoke run, by build.mjs.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { astroBuild } from './lib/astro-build.mjs';
import { BENCH_QUERIES, writeSyntheticSite } from './lib/generate.mjs';
import { runIfMain } from './lib/measurements.mjs';
import { serve } from '../serve.mjs';

export const BUDGETS = { size: 1000, keystrokeMs: 100, firstSearchKB: 150 };

/** Typing speed of a quick reader: one key every 80 ms. */
const KEY_DELAY = 80;

function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) { bytes += s.size; files += 1; }
  }
  return { bytes, files };
}

async function build(content, out) {
  const { ms, output } = await astroBuild({ content, out });
  const index = output.match(/search index: (\d+) pages.* in (\d+) ms/);
  if (!index) throw new Error('the build did not log its search index');
  return { buildMs: ms, indexMs: Number(index[2]), pages: Number(index[1]) };
}

/** In the page: remembers the last keystroke and when each query's results are drawn (next frame). */
function installProbe() {
  const bench = { lastKey: 0, drawn: new Map() };
  window.__bench = bench;
  document.addEventListener('keydown', () => { bench.lastKey = performance.now(); }, true);
  const list = document.getElementById('search-results');
  new MutationObserver(() => {
    const q = list.dataset.query;
    if (q && !bench.drawn.has(q)) {
      const key = bench.lastKey;
      bench.drawn.set(q, null);
      requestAnimationFrame(() => bench.drawn.set(q, performance.now() - key));
    }
  }).observe(list, { attributes: true, attributeFilter: ['data-query'] });
}

async function typeAndWait(page, q) {
  const box = page.locator('#site-search-q');
  await box.fill('');
  await page.evaluate(() => window.__bench.drawn.clear());
  await box.pressSequentially(q, { delay: KEY_DELAY });
  await page.waitForFunction((query) => typeof window.__bench.drawn.get(query) === 'number', q, { timeout: 30_000 });
  return page.evaluate((query) => window.__bench.drawn.get(query), q);
}

/** Bytes of the search code and index fetched by `requests` (not the page, its CSS or its icon). */
async function searchBytes(requests) {
  let transferred = 0;
  let raw = 0;
  const lines = [];
  for (const req of requests) {
    const path = new URL(req.url()).pathname;
    if (!path.startsWith('/pagefind/') && !path.endsWith('.js')) continue;
    const size = (await req.sizes()).responseBodySize;
    transferred += size;
    raw += (await (await req.response())?.body())?.length ?? 0;
    lines.push(`${kb(size).padStart(7)}  ${path}`);
  }
  if (process.env.BENCH_VERBOSE) console.log(`\n${lines.join('\n')}`);
  return { transferred, raw, requests: lines.length };
}

/** Opens /recherche/?q=… in a fresh browser context (empty cache) and waits for the results. */
async function coldSearch(browser, base, q) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (req) => fetched.push(req));
  const response = await page.goto(`${base}/recherche/?q=${encodeURIComponent(q)}`);
  const pageBytes = (await response.request().sizes()).responseBodySize;
  await page.waitForFunction((query) => document.getElementById('search-results')?.dataset.query === query, q);
  await page.waitForLoadState('networkidle');
  return { context, page, pageBytes, bytes: await searchBytes(fetched) };
}

async function measure(browser, base, queries, articlePath) {
  const [first, ...others] = queries;

  // First search, cold, for every query: a reader arrives from any page's search box at /recherche/?q=…
  const cold = [];
  for (const q of others) {
    const c = await coldSearch(browser, base, q);
    cold.push({ q, ...c.bytes });
    await c.context.close();
  }
  const { context, page, pageBytes, bytes } = await coldSearch(browser, base, first);
  cold.push({ q: first, ...bytes });
  cold.sort((a, b) => a.transferred - b.transferred);

  // Warm: the index is loaded; each new query may still fetch its words' chunks and fragments.
  await page.evaluate(installProbe);
  const warm = [];
  for (const q of others) warm.push({ q, ms: await typeAndWait(page, q) });

  // An article: no script, nothing from /pagefind/.
  const articleRequests = [];
  page.on('request', (r) => articleRequests.push(new URL(r.url()).pathname));
  await page.goto(`${base}${articlePath}`, { waitUntil: 'networkidle' });
  // JSON-LD blocks are data, never run: only scripts count.
  const articleScripts = await page.locator('script:not([type="application/ld+json"])').count();
  const articleSearchRequests = articleRequests.filter((p) => p.startsWith('/pagefind/') || p.endsWith('.js')).length;
  await context.close();

  // Typing the first query key by key on a fresh /recherche/: every prefix is searched and drawn.
  const typingContext = await browser.newContext();
  const typingPage = await typingContext.newPage();
  await typingPage.goto(`${base}/recherche/`, { waitUntil: 'networkidle' });
  await typingPage.evaluate(installProbe);
  const typed = [];
  typingPage.on('requestfinished', (req) => typed.push(req));
  await typingPage.locator('#site-search-q').focus();
  await typeAndWait(typingPage, first);
  await typingPage.waitForLoadState('networkidle');
  const typing = await searchBytes(typed);
  await typingContext.close();

  warm.sort((a, b) => a.ms - b.ms);
  return {
    pageBytes, cold, coldMedian: cold[Math.floor(cold.length / 2)], coldMax: cold[cold.length - 1], typing, warm,
    warmMedian: warm[Math.floor(warm.length / 2)].ms, warmMax: warm[warm.length - 1].ms,
    articleScripts, articleSearchRequests,
  };
}

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The first article page of a built site: the page an article's measures are taken on. */
function firstArticle(out) {
  const slug = readdirSync(join(out, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()[0];
  if (!slug) throw new Error(`no article in ${out}`);
  return `/articles/${slug}/`;
}

export async function run({ sizes, smoke = false } = {}) {
  // A smoke run checks that every step still works: two queries are enough for that.
  const queries = smoke ? BENCH_QUERIES.slice(0, 2) : BENCH_QUERIES;
  const shared = smoke && !sizes ? process.env.OUT_DIR : undefined;
  sizes ??= smoke ? [10] : [10, 100, 1000];
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH (Debian: apt-get install chromium).');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rows = [];
  /** Measures a built site; `n` (its size, or 'fixture') and `b` (build times) go in the table row. */
  const measureSite = async (n, out, b) => {
    const index = folderSize(join(out, 'pagefind'));
    const server = await serve(out, 0, { gzip: true });
    try {
      const m = await measure(browser, server.url, queries, firstArticle(out));
      rows.push({ n, ...b, index, ...m });
      console.log(`${b.buildMs ? `built in ${s(b.buildMs)}; ` : ''}first search ${m.cold.map((c) => `${c.q} ${kb(c.transferred)}`).join(', ')}; typed ${kb(m.typing.transferred)}; warm ${m.warm.map((w) => `${w.q} ${w.ms.toFixed(0)} ms`).join(', ')}`);
    } finally {
      await server.close();
    }
  };
  try {
    if (shared) {
      process.stdout.write('search: the smoke run\'s fixture site… ');
      await measureSite('fixture', shared, { buildMs: 0, indexMs: 0, pages: 0 });
    }
    for (const n of shared ? [] : sizes) {
      process.stdout.write(`search: ${n} articles… `);
      const content = writeSyntheticSite(n);
      const out = mkdtempSync(join(tmpdir(), `sc-bench-out-${n}-`));
      try {
        await measureSite(n, out, await build(content, out));
      } finally {
        rmSync(content, { recursive: true, force: true });
        // BENCH_KEEP=1 keeps the built site, to look into what a search fetches.
        if (process.env.BENCH_KEEP) console.log(`kept the build in ${out}`);
        else rmSync(out, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }

  const table = [
    '| articles | build (of which index) | index on disk | /recherche/ page | first search, fetched: median / largest (files) | typing the first query key by key | keystroke → results, warm: median / slowest | article pages: scripts, search requests |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${r.buildMs ? `${s(r.buildMs)} (${s(r.indexMs)})` : 'not built here'} | ${kb(r.index.bytes)} in ${r.index.files} files | ${kb(r.pageBytes)} | ${kb(r.coldMedian.transferred)} / ${kb(r.coldMax.transferred)} (${r.coldMax.requests}) | ${kb(r.typing.transferred)} | ${r.warmMedian.toFixed(0)} / ${r.warmMax.toFixed(0)} ms | ${r.articleScripts}, ${r.articleSearchRequests} |`),
  ];
  const checks = [];
  const big = rows.find((r) => r.n === BUDGETS.size);
  if (big) {
    checks.push(
      { name: `keystroke → results ≤ ${BUDGETS.keystrokeMs} ms (warm, slowest of ${big.warm.length} queries)`, ok: big.warmMax <= BUDGETS.keystrokeMs, value: `${big.warmMax.toFixed(0)} ms for "${big.warm[big.warm.length - 1].q}"` },
      { name: `first search fetches ≤ ${BUDGETS.firstSearchKB} KB (largest of ${big.cold.length} queries)`, ok: big.coldMax.transferred <= BUDGETS.firstSearchKB * 1024, value: `${kb(big.coldMax.transferred)} for "${big.coldMax.q}"` },
      { name: 'article pages load no search code', ok: big.articleScripts === 0 && big.articleSearchRequests === 0, value: `${big.articleScripts} scripts, ${big.articleSearchRequests} requests` },
    );
  }
  return {
    title: 'Search',
    notes: `Queries: ${queries.map((q) => `"${q}"`).join(', ')}. First search: /recherche/?q=… opened with an empty cache, as from `
      + 'any page\'s search box; fetched = the search code and index files, bytes on the wire (text gzipped, as a static host serves it), '
      + `until the results are drawn. Typing: "${queries[0]}" typed key by key on a fresh /recherche/, each prefix of three letters `
      + `or more searched and drawn. Warm: the other queries typed one key every ${KEY_DELAY} ms after a first search, from the last `
      + 'keydown to the next frame after their results are drawn.',
    table,
    checks,
  };
}


await runIfMain(import.meta, run);
