/**
 * `npm run shots`: screenshots of the built site for the README, written to docs/: a fiche on a phone
 * (360 × 800), an article on a desktop (1440 × 900), and a spread of the printed booklet (two A5 pages
 * laid out by Paged.js, as the PDF prints them). Run `npm run build` first; set CHROMIUM_PATH if needed.
 * Each PNG must stay under 200 KB (the command fails otherwise): the README loads them all.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const DIST = process.env.OUT_DIR ?? 'dist';
const OUT = 'docs';
const MAX_BYTES = 200 * 1024;
const POLYFILL = join(dirname(createRequire(import.meta.url).resolve('pagedjs')), '../dist/paged.polyfill.js');

const SHOTS = [
  { file: 'telephone-fiche.png', path: '/fiches/notification-sanction/', viewport: { width: 360, height: 800 }, mobile: true },
  { file: 'ordinateur-article.png', path: '/articles/contester-une-sanction/', viewport: { width: 1440, height: 900 }, mobile: false },
];
/** The booklet spread: the page where the first fiche starts (its deadline box) and the page beside it. */
const SPREAD = { file: 'livret-double-page.png', first: '.booklet-page.fiche .deadline' };
/** Links that show the page number of their target (as src/integrations/booklet/render.ts fills them). */
const PAGE_REFS = '.toc a[href^="#"], a.booklet-ref[href^="#"]';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`${DIST}/index.html is missing: run \`npm run build\` first.`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const server = await serve(DIST, 0);
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const written = [];
try {
  for (const s of SHOTS) {
    const context = await browser.newContext({ viewport: s.viewport, isMobile: s.mobile, hasTouch: s.mobile, colorScheme: 'light', locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${server.url}${s.path}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: join(OUT, s.file) });
    written.push(s.file);
    await context.close();
  }

  // Paged.js adds <style> elements, which the site's CSP forbids: this context bypasses it (as the PDF build does).
  const context = await browser.newContext({ bypassCSP: true, colorScheme: 'light', viewport: { width: 1300, height: 1000 } });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${server.url}/livret/`, { waitUntil: 'load' });
  await page.evaluate(() => document.head.append(...document.body.querySelectorAll('link[rel="stylesheet"]')));
  await page.addScriptTag({ content: 'window.PagedConfig = { auto: false };' });
  await page.addScriptTag({ path: POLYFILL });
  await page.evaluate((selector) => { for (const a of document.querySelectorAll(selector)) a.dataset.folio = '000'; }, PAGE_REFS);
  await page.evaluate(async () => { await window.PagedPolyfill.preview(); });
  await page.evaluate((selector) => {
    for (const a of document.querySelectorAll(`.pagedjs_pages ${selector}`)) {
      const n = document.getElementById(decodeURIComponent(a.hash.slice(1)))?.closest('.pagedjs_page')?.dataset.pageNumber;
      if (n) a.dataset.folio = n;
    }
  }, PAGE_REFS);
  // Every page stays laid out (hiding some would stop the page counter in the margins): two pages a
  // row, an empty place before page 1 (a right-hand page), so each row is a spread; then one row is taken.
  const width = await page.evaluate(() => document.querySelector('.pagedjs_page')?.getBoundingClientRect().width ?? 0);
  await page.addStyleTag({ content: `
    html, body { background: #8c8279 !important; margin: 0; }
    .pagedjs_pages { display: flex !important; flex-wrap: wrap; width: ${2 * width}px; }
    .pagedjs_pages::before { content: ''; width: ${width}px; }
    .pagedjs_page { background: #fff; margin: 0 !important; outline: 1px solid #9a8b7a; outline-offset: -1px; }` });
  const box = await page.evaluate((selector) => {
    const pages = [...document.querySelectorAll('.pagedjs_page')];
    const at = pages.findIndex((p) => p.querySelector(selector));
    if (at < 0) return undefined;
    const left = (at + 1) % 2 === 0 ? at : at - 1;
    pages[left].scrollIntoView({ block: 'start', inline: 'start' });
    const a = pages[left].getBoundingClientRect();
    const b = (pages[left + 1] ?? pages[left]).getBoundingClientRect();
    return { x: a.left, y: a.top, width: b.right - a.left, height: Math.max(a.height, b.height) };
  }, SPREAD.first);
  if (!box) throw new Error(`/livret/: no page holds ${SPREAD.first}, nothing to photograph`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, SPREAD.file), clip: box });
  written.push(SPREAD.file);
} finally {
  await browser.close();
  await server.close();
}

let tooBig = false;
for (const file of written) {
  const bytes = statSync(join(OUT, file)).size;
  console.log(`${OUT}/${file}: ${(bytes / 1024).toFixed(0)} KB`);
  if (bytes > MAX_BYTES) { tooBig = true; console.error(`  over ${MAX_BYTES / 1024} KB: crop it or use a smaller viewport`); }
}
process.exit(tooBig ? 1 : 0);
