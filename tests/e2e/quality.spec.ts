/**
 * Every page of the built site (a walk of dist/) in a real browser, in the light and the dark colour
 * scheme: no request to another origin, no failed request, no console or page error, no breach of the
 * content security policy, nothing stored on load (cookies, local and session storage, IndexedDB,
 * caches, service workers), articles load no script; and axe finds no WCAG 2.2 A/AA violation,
 * contrast included (tests/e2e/axe.ts). Light at phone size, then dark at desktop size on the same load, so
 * that every page is also read in both layouts. The palette's contrast is also checked token by token in tests/unit.
 * Pages run in a loop inside a few tests (one browser context each): far faster than a test per page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeViolations, describeViolation } from './axe.ts';
import { htmlPages } from '../helpers/dist.ts';
import { kindOf, urlOf } from '../helpers/pages.ts';

const PAGES = htmlPages().map((p) => urlOf(p.path)).sort((a, b) => a.localeCompare(b));
/** The search page once more with a query: the search runs on load (Pagefind's WebAssembly, its index files). */
const QUERY = PAGES.includes('/recherche/') ? ['/recherche/?q=radiation'] : [];

/**
 * Each page is loaded once and checked twice: light at phone size, then dark at desktop size. No script of the
 * site reads the width or the colour scheme (layout and colours are CSS media queries only), so switching both on
 * the loaded page shows what a fresh load in dark on a desktop shows, at half the cost of a second load.
 */
const LIGHT = { colorScheme: 'light', viewport: { width: 390, height: 844 } } as const;
const DARK = { colorScheme: 'dark', viewport: { width: 1280, height: 800 } } as const;
/** The pages in 4 tests: with 2 workers they share the time with the other specs about evenly. */
const SHARES = 4;

declare global { interface Window { __cspViolations?: string[] } }

/** What the page keeps on the reader's device once loaded. */
async function storedOnDevice(page: Page, context: BrowserContext): Promise<string[]> {
  const found = (await context.cookies()).map((c) => `cookie ${c.name}`);
  found.push(...await page.evaluate(async () => {
    const out: string[] = [];
    for (const [name, store] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < store.length; i++) out.push(`${name} ${store.key(i)}`);
    }
    for (const db of await indexedDB.databases()) out.push(`IndexedDB ${db.name}`);
    if ('caches' in self) for (const k of await caches.keys()) out.push(`cache ${k}`);
    for (const r of await navigator.serviceWorker?.getRegistrations() ?? []) out.push(`service worker ${r.scope}`);
    return out;
  }));
  return found;
}

/** Wipes what a page stored, so that the next page is judged on its own. */
async function wipe(page: Page, context: BrowserContext): Promise<void> {
  await context.clearCookies();
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
    if ('caches' in self) for (const k of await caches.keys()) await caches.delete(k);
    for (const r of await navigator.serviceWorker?.getRegistrations() ?? []) await r.unregister();
  });
}

test('the built site has pages to check', () => {
  expect(PAGES.length).toBeGreaterThan(10);
  expect(PAGES).toContain('/');
});

test.describe('every page, light on a phone then dark on a desktop', () => {
  test.use({ colorScheme: LIGHT.colorScheme, viewport: LIGHT.viewport });

  for (let share = 0; share < SHARES; share++) {
    const urls = [...PAGES, ...QUERY].filter((_, i) => i % SHARES === share);
    test(`pages ${share + 1}/${SHARES}: private, error-free and WCAG 2.2 AA in both colour schemes`, async ({ page, context, baseURL }) => {
      test.setTimeout(30_000 + urls.length * 10_000);
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      let current = '';
      let scheme: string = LIGHT.colorScheme;
      const report = (what: string) => problems.push(`${current} [${scheme}]: ${what}`);

      await context.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
        });
      });
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) report(`request to another origin: ${url}`);
        else if (kindOf(current) === 'article' && req.resourceType() === 'script') report(`an article loads a script: ${url}`);
      });
      page.on('response', (res) => { if (res.status() >= 400) report(`${res.status()} for ${res.url()}`); });
      page.on('requestfailed', (req) => report(`request failed: ${req.url()} (${req.failure()?.errorText})`));
      page.on('console', (msg) => { if (msg.type() === 'error') report(`console error: ${msg.text()}`); });
      page.on('pageerror', (err) => report(`page error: ${err.message}`));

      for (const url of urls) {
        current = url;
        // The booklets' article bodies are the same Markdown output as the articles' own pages, checked there:
        // on a booklet page, its own parts only.
        const exclude = kindOf(url) === 'booklet' ? ['.booklet .prose'] : [];
        for (const mode of [LIGHT, DARK]) {
          scheme = mode.colorScheme;
          await page.emulateMedia({ colorScheme: mode.colorScheme });
          await page.setViewportSize(mode.viewport);
          if (mode === LIGHT) {
            // A query fetches the search index after load: wait until the network is quiet.
            const res = await page.goto(url, { waitUntil: url.includes('?') ? 'networkidle' : 'load' });
            if (res?.status() !== 200) report(`status ${res?.status()}`);
          } else {
            // Two frames: the new width and scheme are laid out and painted before axe reads them.
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          }
          for (const v of await axeViolations(page, exclude)) report(describeViolation(v));
        }
        for (const v of await page.evaluate(() => window.__cspViolations ?? [])) report(`CSP: ${v}`);
        // Checked after axe has run twice: late writes by a script are caught too.
        const stored = await storedOnDevice(page, context);
        if (stored.length) {
          report(`stored on load: ${stored.join(', ')}`);
          await wipe(page, context);
        }
      }
      expect(problems, `${urls.length} pages checked, each in both schemes`).toEqual([]);
    });
  }
});
