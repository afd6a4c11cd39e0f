/**
 * « Ce qui a changé » in the built site: the Atom feed validates (RFC 4287 rules, tests/helpers/atom.ts),
 * lists the law changes the legal watch knows with the pages they touch, and one entry per history
 * line of every page; every article, fiche and letter shows its « Historique ».
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderedPages } from '../../src/lib/content-fs.ts';
import { SITE_FILES, STATIC_PAGES } from '../../src/lib/pages.ts';
import { CHANGES_UI } from '../../src/lib/ui.ts';
import { checkAtom } from '../helpers/atom.ts';
import { DIST } from '../helpers/dist.ts';
import { attr, builtPages, elements, shownText } from '../helpers/pages.ts';

const feed = checkAtom(readFileSync(join(DIST, SITE_FILES.feed), 'utf8'));
const pages = builtPages();
const path = (href: string) => new URL(href).pathname;

test('the feed is valid Atom, newest first, and every entry links to a built page', () => {
  const built = new Set(pages.map((p) => p.url));
  const dates = feed.entries.map((e) => e.updated);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  assert.equal(feed.updated, dates[0]);
  for (const e of feed.entries) {
    for (const href of [e.alternate, ...e.related]) assert.ok(built.has(path(href)), `${e.title}: ${href} is not a built page`);
  }
  console.log(`feed: ${feed.entries.length} entries (${feed.entries.filter((e) => e.related.length).length} law changes)`);
});

test('the feed lists the law changes the watch knows, with the pages that cite the article', () => {
  const lawEntries = feed.entries.filter((e) => path(e.alternate) === STATIC_PAGES.changements);
  assert.ok(lawEntries.length > 0, 'no law change in the feed');
  for (const e of lawEntries) assert.ok(e.related.length > 0, `${e.title}: no page concerned`);
  // Every page shown « à revérifier » because a cited article changed is named by a law entry.
  const touched = new Set(lawEntries.flatMap((e) => e.related.map(path)));
  const flagged = pages.filter((p) => elements(p.tree, 'strong').some((s) => /\bmodifié : nouvelle version\b/.test(shownText(s))));
  assert.ok(flagged.length > 0, 'no page shows a known law change');
  for (const p of flagged) assert.ok(touched.has(p.url), `${p.url} shows a changed article but no feed entry names it`);
});

test('every page of content has at least one editorial entry, and its « Historique »', () => {
  const edited = new Set(feed.entries.filter((e) => e.related.length === 0).map((e) => path(e.alternate)));
  for (const f of renderedPages()) {
    assert.ok(edited.has(f.url), `${f.url}: no editorial entry in the feed`);
    const page = pages.find((p) => p.url === f.url)!;
    const section = elements(page.tree, 'section').find((s) => attr(s, 'className')?.includes('historique'));
    assert.ok(section && shownText(section).includes(CHANGES_UI.historyTitle), `${f.url}: no « ${CHANGES_UI.historyTitle} »`);
    assert.ok(elements(section, 'time').length > 0, `${f.url}: history without a date`);
  }
});

test('/changements/ shows each law change with links to its pages, and the feed link', () => {
  const page = pages.find((p) => p.url === STATIC_PAGES.changements);
  assert.ok(page, '/changements/ is not built');
  assert.ok(elements(page.tree, 'a').some((a) => attr(a, 'href') === SITE_FILES.feed));
  for (const e of feed.entries.filter((x) => x.related.length)) {
    const anchor = new URL(e.alternate).hash.slice(1);
    const li = elements(page.tree, 'li').find((l) => attr(l, 'id') === anchor);
    assert.ok(li, `/changements/ has no #${anchor}`);
    const links = elements(li, 'a').map((a) => attr(a, 'href'));
    for (const r of e.related) assert.ok(links.includes(path(r)), `#${anchor} does not link to ${path(r)}`);
  }
});
