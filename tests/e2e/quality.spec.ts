/**
 * Every page of the built site (a walk of dist/) in a real browser, in the light and the dark colour
 * scheme: no request to another origin, no failed request, no console or page error, no breach of the
 * content security policy, nothing stored on load (cookies, local and session storage, IndexedDB,
 * caches, service workers), articles load no script; and axe finds no WCAG 2.2 A/AA violation,
 * contrast included. Light runs at phone size on every page; dark runs at desktop size on the pages
 * that together show every piece of markup the site uses (every tag, class, role and input type, each
 * also in the box it sits in, plus
 * the home page, the shortest page of each kind and a search with results: `coveringPages`), since a colour
 * scheme changes colours, not markup. The palette's contrast is also checked token by token in
 * tests/unit. The header and footer, the same on every page, are checked on the covering pages; elsewhere
 * axe reads the page's own content. `npm run test:a11y` checks every page in full in both schemes.
 * Pages run in a loop inside a few tests (one browser context each): far faster than a test per page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { htmlPages } from '../helpers/dist.ts';
import { kindOf, urlOf } from '../helpers/pages.ts';
import { coveringPages, shortestOfEachKind } from '../helpers/coverage.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BUILT = htmlPages().map((p) => ({ url: urlOf(p.path), html: p.html })).sort((a, b) => a.url.localeCompare(b.url));
const PAGES = BUILT.map((p) => p.url);
/** The search page once more with a query: the search runs on load (Pagefind's WebAssembly, its index files). */
const QUERY = PAGES.includes('/recherche/') ? ['/recherche/?q=radiation'] : [];
const ONE_OF_EACH_KIND = shortestOfEachKind(BUILT, kindOf);
/** `npm run test:a11y` (QUALITY_EVERY_PAGE=1): every page in both schemes, each in full, as before the sample. */
const EVERY_PAGE = process.env.QUALITY_EVERY_PAGE === '1';
const COVERING = EVERY_PAGE ? PAGES : coveringPages(BUILT, ['/', ...ONE_OF_EACH_KIND]);
const COVERING_SET = new Set(COVERING);

/**
 * Light: every page, in 3 tests; dark: the covering pages (about a fifth of the site), in 1 test. With
 * 2 workers the 4 tests share the time about evenly.
 */
const SCHEMES = [
  { colorScheme: 'light', viewport: { width: 390, height: 844 }, label: 'light, phone', urls: [...PAGES, ...QUERY], shares: 3 },
  { colorScheme: 'dark', viewport: { width: 1280, height: 800 }, label: 'dark, desktop', urls: [...COVERING, ...QUERY], shares: EVERY_PAGE ? 3 : 1 },
] as const;

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
  // The dark run covers every kind of page and stays a sample, not the whole site again.
  for (const url of ONE_OF_EACH_KIND) expect(COVERING).toContain(url);
  if (!EVERY_PAGE) expect(COVERING.length).toBeLessThan(PAGES.length);
});

for (const scheme of SCHEMES) {
  test.describe(scheme.label, () => {
    test.use({ colorScheme: scheme.colorScheme, viewport: scheme.viewport });

    for (let share = 0; share < scheme.shares; share++) {
      const urls = scheme.urls.filter((_, i) => i % scheme.shares === share);
      test(`pages ${share + 1}/${scheme.shares}: private, error-free and WCAG 2.2 AA (${scheme.label})`, async ({ page, context, baseURL }) => {
        test.setTimeout(30_000 + urls.length * 15_000);
        const origin = new URL(baseURL!).origin;
        const problems: string[] = [];
        let current = '';
        const report = (what: string) => problems.push(`${current} [${scheme.colorScheme}]: ${what}`);

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
          // A query fetches the search index after load: wait until the network is quiet.
          const res = await page.goto(url, { waitUntil: url.includes('?') ? 'networkidle' : 'load' });
          if (res?.status() !== 200) report(`status ${res?.status()}`);
          // Violations only (axe then skips detailing what passed). The booklets' article bodies are the same
          // Markdown output as the articles' own pages, checked there: on a booklet page, its own parts only.
          let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] });
          if (kindOf(url) === 'booklet') builder = builder.exclude('.booklet .prose');
          // The header, breadcrumb and footer are the same markup on every page: checked in full on the covering
          // pages (both schemes), the page's own content everywhere.
          else if (!COVERING_SET.has(url)) builder = builder.exclude('body > header').exclude('body > footer');
          const axe = await builder.analyze();
          for (const v of axe.violations) {
            report(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          }
          for (const v of await page.evaluate(() => window.__cspViolations ?? [])) report(`CSP: ${v}`);
          // Checked after axe has run for a while: late writes by a script are caught too.
          const stored = await storedOnDevice(page, context);
          if (stored.length) {
            report(`stored on load: ${stored.join(', ')}`);
            await wipe(page, context);
          }
        }
        expect(problems, `${urls.length} pages checked`).toEqual([]);
      });
    }
  });
}
