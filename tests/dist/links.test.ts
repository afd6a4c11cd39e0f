/**
 * Links on every built page: each internal link and #anchor reaches a file and an id in dist/;
 * linkinator crawls the site from the home page as a second opinion (CSS too); the sitemap lists
 * only pages that exist; every link to another site is a well-formed https URL. Other sites are
 * never contacted: tests run offline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { DIST } from '../helpers/dist.ts';
import { attr, builtPages, elements } from '../helpers/pages.ts';

const pages = builtPages();
/** Base of the addresses used below: only the path and the fragment of a link matter. */
const BASE = 'http://site.invalid';

/** The file a path of the site serves (directories serve their index.html), or undefined. */
function fileFor(pathname: string): string | undefined {
  const file = join(DIST, decodeURIComponent(pathname));
  if (!file.startsWith(DIST)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    // With trailing slashes everywhere, "/x" would be a redirect on most hosts: ask for "/x/".
    return pathname.endsWith('/') && existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  }
  return existsSync(file) ? file : undefined;
}

const idsCache = new Map<string, Set<string>>();
/** Every id and <a name> of a page: the fragments a link to it may use. */
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Problems grouped by what is wrong, each with the pages it was found on: one line per broken target. */
function grouped(found: Map<string, string[]>): string[] {
  return [...found].map(([problem, all]) => [problem, [...new Set(all)]] as const).map(([problem, from]) => `${problem} (on ${from.length} page${from.length > 1 ? 's' : ''}: ${from.slice(0, 3).join(', ')}${from.length > 3 ? ', …' : ''})`);
}

test('every internal link and anchor on every page reaches an existing page and id', () => {
  const found = new Map<string, string[]>();
  const report = (problem: string, page: string) => found.set(problem, [...(found.get(problem) ?? []), page]);
  for (const p of pages) {
    const here = new URL(p.url, BASE);
    for (const el of elements(p.tree, 'a', 'area', 'link', 'script', 'img', 'source', 'form', 'iframe')) {
      const raw = attr(el, 'href') ?? attr(el, 'src') ?? attr(el, 'action');
      if (raw === undefined) continue;
      const url = new URL(raw, here);
      if (url.origin !== BASE) continue;
      const file = fileFor(url.pathname);
      if (!file) { report(`<${el.tagName}> ${url.pathname}: no such page or file`, p.url); continue; }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // "#" alone and "#top" are the top of the page in every browser.
      if (fragment && fragment !== 'top' && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        report(`<${el.tagName}> ${url.pathname}#${fragment}: no such id on that page`, p.url);
      }
    }
  }
  assert.deepEqual(grouped(found), []);
});

test('linkinator finds no broken link or fragment in the site crawled from the home page', async () => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: DIST,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    timeout: 10_000,
    // A loaded machine can drop a connection (status 0, no answer): ask again, up to twice. A 404 is never retried.
    retryErrors: true,
    retryErrorsCount: 2,
    retryErrorsJitter: 500,
    // Offline: only the local server that linkinator starts for dist/ is contacted.
    linksToSkip: async (link: string) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link),
  });
  const checked = result.links.filter((l) => l.state !== 'SKIPPED');
  assert.ok(checked.length >= Math.min(pages.length, 10), `linkinator checked only ${checked.length} links`);
  const found = new Map<string, string[]>();
  for (const l of result.links.filter((x) => x.state === 'BROKEN')) {
    const local = (u = '?') => u.replace(DIST, '') || '/';
    const problem = `${local(l.url)}: ${l.status ?? 'no answer'}`;
    found.set(problem, [...(found.get(problem) ?? []), local(l.parent)]);
  }
  assert.deepEqual(grouped(found), []);
});

test('the sitemap lists only pages that exist, at the site address', () => {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  assert.ok(maps.length > 0, 'sitemap-index.xml lists no sitemap');
  const locs = maps.flatMap((m) => [...readFileSync(join(DIST, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!));
  assert.ok(locs.length > 0, 'the sitemap lists no page');
  const origins = new Set(locs.map((l) => new URL(l).origin));
  assert.equal(origins.size, 1, `sitemap origins: ${[...origins].join(', ')}`);
  const missing = locs.filter((l) => !fileFor(new URL(l).pathname));
  assert.deepEqual(missing, []);
});

test('every link to another site is a well-formed https URL', () => {
  const bad: string[] = [];
  for (const p of pages) {
    for (const a of elements(p.tree, 'a', 'area')) {
      const href = attr(a, 'href');
      if (!href || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue;
      // Links that open an app on the device (mail, phone, SMS: « Envoyer ce lien »), not another site.
      if (/^(mailto|tel|sms):/i.test(href)) continue;
      let url: URL | undefined;
      try { url = new URL(href); } catch { /* reported below */ }
      if (!url) bad.push(`${p.url}: ${href} is not a URL`);
      else if (url.protocol !== 'https:') bad.push(`${p.url}: ${href} is not https`);
      else if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || /\s/.test(href) || url.username || url.password) bad.push(`${p.url}: ${href} is malformed`);
    }
  }
  assert.deepEqual(bad, []);
});
