/**
 * What a page costs a reader with little data: its HTML and every stylesheet and script it loads,
 * gzipped, read from dist/. Articles ship no JavaScript at all and stay within ARTICLE_BUDGET (issue
 * #13 asks 12 KB, 16 KB with a parcours picture); every other kind of page has its own budget; the
 * heaviest page of each kind is printed. Search code is not counted: it loads only when the reader searches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../helpers/dist.ts';
import { attr, builtPages, elements, type BuiltPage, type PageKind } from '../helpers/pages.ts';

/**
 * Budget of an article page: HTML, CSS and JS together, gzipped, as issue #13 sets it: 12 KB, 16 KB with a
 * parcours picture. With the share metadata, JSON-LD and « Historique » of issue #15, the heaviest weighed
 * 12.6 KB; folding print.css into the site sheet, taking Pagefind's fields out of served pages and one shared
 * « site externe » description for every link to another site (src/lib/external-link.ts, -0.25 KB on a page
 * with 40 sources) brought most under 12.2 KB (November 2026); the five longest were then tightened, with a
 * legal review, under 12 KB (December 2026: the heaviest, trop-percu-caf, 11.8 KB). A page over it is too long
 * for a phone on little data: shorten it, or give it a parcours picture only if it has a procedure to draw.
 * Shared heading-anchor labels save nothing here: gzip already stores each repeat of a heading's text.
 */
const ARTICLE_BUDGET = 12 * 1024;
/**
 * What a parcours picture may add to any page that shows one (issue #13: 16 KB for an article): its two
 * inline SVGs, its list and its stylesheet. A fiche or a letter gets the same allowance over its own budget.
 */
const PARCOURS_ALLOWANCE = 4 * 1024;
const ARTICLE_PARCOURS_BUDGET = ARTICLE_BUDGET + PARCOURS_ALLOWANCE;

/**
 * Budget of every other kind of page, the same sum, set at the heaviest page of the kind plus room to
 * grow. A letter carries its form script (23.6 KB in November 2026) and, since print.css is part of the
 * site sheet, about 0.45 KB of print rules its own print sheet turns off; the search page carries its
 * script (15.1 KB); fiches weighed 11.9 KB once the print sheet was folded in; other pages (glossary
 * 11.9 KB) and the booklet (110 KB, the whole booklet in one page) grow with the content. A page over its
 * budget fails: make it lighter or raise the budget here, saying why in the commit.
 */
const BUDGETS: Record<PageKind, number> = {
  article: ARTICLE_BUDGET,
  fiche: 12.5 * 1024,
  lettre: 31 * 1024,
  search: 21 * 1024,
  page: 20 * 1024,
  booklet: 200 * 1024,
};

const pages = builtPages();
const gzipCache = new Map<string, number>();
/** Gzipped size at the default level (6), what a web server typically sends. */
function gzipped(file: string): number {
  let n = gzipCache.get(file);
  if (n === undefined) { n = gzipSync(readFileSync(file)).length; gzipCache.set(file, n); }
  return n;
}

/** Scripts import shared chunks: the whole set of files a page's scripts load, followed once each. */
function scriptClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    // Static imports only: dynamic import() loads on use (the search index, for example).
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.m?js)["']/g)) {
      queue.push(new URL(m[1]!, `http://x${url}`).pathname);
    }
  }
  return [...seen];
}

interface Weight { page: BuiltPage; html: number; css: number; js: number; scripts: string[] }

function weigh(page: BuiltPage): Weight {
  const local = (u: string | undefined) => (u && u.startsWith('/') && !u.startsWith('//') ? u.split(/[?#]/)[0]! : undefined);
  const stylesheets = elements(page.tree, 'link')
    .filter((l) => /\bstylesheet\b/.test(attr(l, 'rel') ?? ''))
    .map((l) => local(attr(l, 'href'))).filter((u): u is string => !!u);
  const preloads = elements(page.tree, 'link')
    .filter((l) => /\bmodulepreload\b/.test(attr(l, 'rel') ?? '') || (/\bpreload\b/.test(attr(l, 'rel') ?? '') && attr(l, 'as') === 'script'))
    .map((l) => local(attr(l, 'href')));
  const entries = [...elements(page.tree, 'script').map((s) => local(attr(s, 'src'))), ...preloads].filter((u): u is string => !!u);
  const scripts = scriptClosure(entries);
  const sum = (files: string[]) => files.reduce((t, f) => t + gzipped(join(DIST, f)), 0);
  return { page, html: gzipSync(page.html).length, css: sum(stylesheets), js: sum(scripts), scripts };
}

const weights = pages.map(weigh);
const total = (w: Weight) => w.html + w.css + w.js;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test('articles load no JavaScript at all', () => {
  const bad: string[] = [];
  for (const w of weights.filter((x) => x.page.kind === 'article')) {
    // JSON-LD blocks are data, never executed (tests/dist/privacy.test.ts allows no other inline script).
    const scripts = elements(w.page.tree, 'script').filter((s) => attr(s, 'type') !== 'application/ld+json').length;
    if (scripts > 0 || w.scripts.length > 0) bad.push(`${w.page.url}: ${scripts} <script> elements (${w.scripts.join(', ')})`);
  }
  assert.ok(weights.some((x) => x.page.kind === 'article'), 'no article in dist/');
  assert.deepEqual(bad, []);
});

const hasParcours = (w: Weight) => elements(w.page.tree, 'section').some((e) => /\bparcours\b/.test(attr(e, 'className') ?? ''));
const budgetOf = (w: Weight) => BUDGETS[w.page.kind] + (hasParcours(w) ? PARCOURS_ALLOWANCE : 0);

test(`every article loads at most ${kb(ARTICLE_BUDGET)} of HTML, CSS and JS, gzipped (${kb(ARTICLE_PARCOURS_BUDGET)} with a parcours picture)`, () => {
  const articles = weights.filter((w) => w.page.kind === 'article').sort((a, b) => total(b) - total(a));
  for (const [label, list] of [['without', articles.filter((w) => !hasParcours(w))], ['with', articles.filter(hasParcours)]] as const) {
    const heaviest = list[0];
    if (heaviest) console.log(`heaviest article ${label} a parcours: ${heaviest.page.url} ${kb(total(heaviest))} (HTML ${kb(heaviest.html)}, CSS ${kb(heaviest.css)}, JS ${kb(heaviest.js)})`);
  }
  const over = articles
    .filter((w) => total(w) > budgetOf(w))
    .map((w) => `${w.page.url}: ${kb(total(w))}${hasParcours(w) ? ' (with a parcours)' : ''}`);
  assert.deepEqual(over, []);
});

test('every page stays within the budget of its kind, plus the parcours allowance where it shows one (the heaviest of each is printed; search code loads on use and is not counted)', () => {
  const rows: Record<string, Record<string, string>> = {};
  const kinds = [...new Set(weights.map((w) => w.page.kind))] as PageKind[];
  for (const kind of kinds) {
    const w = weights.filter((x) => x.page.kind === kind).sort((a, b) => total(b) - total(a))[0]!;
    rows[kind] = { page: w.page.url, total: kb(total(w)), budget: kb(budgetOf(w)), html: kb(w.html), css: kb(w.css), js: kb(w.js) };
  }
  console.table(rows);
  // Every figure is a real size: a page of a few bytes would mean the build or this reading went wrong.
  for (const w of weights) assert.ok(w.html > 200 && w.css > 0, `${w.page.url}: HTML ${w.html} B, CSS ${w.css} B`);
  const over = weights.filter((w) => total(w) > budgetOf(w)).map((w) => `${w.page.url}: ${kb(total(w))} > ${kb(budgetOf(w))}${hasParcours(w) ? ' (with a parcours)' : ''}`);
  assert.deepEqual(over, []);
});
