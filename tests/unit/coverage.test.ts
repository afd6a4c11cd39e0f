/** The page sample of the dark-scheme browser checks covers every piece of markup (tests/helpers/coverage.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveringPages, markupTokens, shortestOfEachKind } from '../helpers/coverage.ts';

test('markup tokens are tags, tag.class pairs, roles, input types and open details; scripts and styles are not read', () => {
  const t = markupTokens('<main><p class="a b">x</p><details open><summary>s</summary></details>'
    + '<input type="date"><div role="note"></div><script>var x = "<span class=\'z\'>";</script><style>.y{}</style></main>');
  for (const tok of ['main', 'p', 'p.a', 'p.b', 'details', 'details[open]', 'summary', 'input[type=date]', 'div[role=note]']) {
    assert.ok(t.has(tok), `${tok} missing from ${[...t].join(' ')}`);
  }
  assert.ok(!t.has('span') && !t.has('span.z'), 'markup inside a script is not markup');
});

test('an element is also known by the box it sits in: a link in a warning box is not a link in the text', () => {
  const t = markupTokens('<div class="box-warn other"><p><a href="/x/">x</a></p></div><p><a href="/y/">y</a></p>');
  assert.ok(t.has('.box-warn > a'), [...t].join(' '));
  assert.ok(t.has(':root > a') || [...t].some((x) => x.endsWith('> a') && !x.startsWith('.box-warn')), [...t].join(' '));
  const pages = [
    { url: '/text/', html: '<p><a href="/y/">y</a></p>' },
    { url: '/box/', html: '<div class="box-warn"><p><a href="/x/">x</a></p></div>' },
    { url: '/both/', html: `<div class="box-warn"><p>${'mot '.repeat(5000)}</p></div><p><a href="/z/">z</a></p>` },
  ];
  assert.deepEqual(coveringPages(pages).sort(), ['/box/', '/text/']);
});

test('every token of every page is on at least one chosen page, and a page adding nothing is left out', () => {
  const pages = [
    { url: '/a/', html: '<p class="x">1</p>' },
    { url: '/b/', html: '<p class="x">2</p><table></table>' },
    { url: '/c/', html: '<p class="x">3</p>' },
    { url: '/d/', html: '<aside class="warn"></aside>' },
  ];
  const chosen = coveringPages(pages);
  const covered = new Set(chosen.flatMap((u) => [...markupTokens(pages.find((p) => p.url === u)!.html)]));
  for (const p of pages) for (const tok of markupTokens(p.html)) assert.ok(covered.has(tok), `${tok} of ${p.url} not covered`);
  assert.deepEqual(chosen, ['/b/', '/d/']);
});

test('pages asked for always come first, once, and unknown ones are ignored', () => {
  const pages = [{ url: '/a/', html: '<p></p>' }, { url: '/b/', html: '<p></p><ul></ul>' }];
  assert.deepEqual(coveringPages(pages, ['/a/', '/a/', '/nowhere/']), ['/a/', '/b/']);
});

test('a long page is taken only for markup no shorter page shows', () => {
  const long = `<p class="x"></p><table></table>${'<p class="x">filler</p>'.repeat(20_000)}`;
  const pages = [
    { url: '/long/', html: long },
    { url: '/p/', html: '<p class="x"></p>' },
    { url: '/t/', html: '<table></table>' },
  ];
  assert.deepEqual(coveringPages(pages), ['/p/', '/t/']);
  assert.deepEqual(coveringPages([...pages, { url: '/only-here/', html: `${long}<dl></dl>` }]).sort(), ['/only-here/', '/p/', '/t/']);
});

test('the shortest page of each kind', () => {
  const pages = [{ url: '/a/1/', html: '<p>long long</p>' }, { url: '/a/2/', html: '<p></p>' }, { url: '/b/1/', html: '<p>b</p>' }];
  assert.deepEqual(shortestOfEachKind(pages, (u) => u.split('/')[1]), ['/a/2/', '/b/1/']);
});
