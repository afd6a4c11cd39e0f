/** The search index built with the fixture site: what is in it, what is not, and what the pages ship. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSite, cleanup, fixtureBuild, fixtureCopy } from '../helpers/build.ts';

interface Fragment { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }

/** Pagefind's fragments are gzip files holding "pagefind_dcd" then the page's JSON. */
function fragments(outDir: string): Fragment[] {
  const dir = join(outDir, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    assert.ok(raw.startsWith('pagefind_dcd'), `unexpected fragment format in ${f}`);
    return JSON.parse(raw.slice('pagefind_dcd'.length)) as Fragment;
  });
}

const build = await fixtureBuild();
const frags = fragments(build.outDir);

const byUrl = (url: string) => frags.find((f) => f.url === url);

test('the build logs the index it wrote', () => {
  assert.match(build.output, /search index: 4 pages \(\d+ with synonyms from 3 groups in .*synonymes\.yaml\), 2 glossary terms, booklet page \(no PDF yet\)/);
});

test('articles, fiches and letters are indexed with their theme, type and date; other pages are not', () => {
  const urls = frags.map((f) => f.url).sort();
  assert.deepEqual(urls, [
    '/articles/premier-article/', '/articles/second-article/', '/fiches/une-fiche/',
    '/glossaire/#are', '/glossaire/#indu', '/lettres/une-lettre/', '/livret/',
  ]);
  const article = byUrl('/articles/premier-article/')!;
  assert.deepEqual(article.filters, { 'thème': ['controle'], type: ['article'] });
  assert.equal(article.meta.verifie, '2026-01-15');
  assert.match(article.meta.title ?? '', /^Premier article de test\s:\sest-ce lisible\s\?$/);
  assert.deepEqual(byUrl('/lettres/une-lettre/')!.filters.type, ['lettre']);
  assert.deepEqual(byUrl('/fiches/une-fiche/')!.filters.type, ['fiche']);
});

test('indexed text leaves out hidden facts, screen-reader hints and the "vérifié le" line', () => {
  for (const f of frags) {
    assert.doesNotMatch(f.content, /\(site externe\)|Lien vers la section|Vérifié le|\b2026-01-15\b|\bcontrole\b/, f.url);
  }
});

test('a page gets the synonyms of its words as metadata, not as text', () => {
  const article = byUrl('/articles/premier-article/')!;
  assert.match(article.content, /\bARE\b/);
  assert.match(article.meta.synonymes ?? '', /allocation chômage ; chômage/);
  assert.doesNotMatch(article.content, /chômage/);
});

test('each glossary term is its own result at its anchor; the glossary page as a whole is not', () => {
  const indu = byUrl('/glossaire/#indu')!;
  assert.equal(indu.meta.terme, 'Indu');
  assert.deepEqual(indu.filters, { type: ['glossaire'] });
  assert.match(indu.meta.synonymes_titre ?? '', /trop-perçu/);
  assert.equal(byUrl('/glossaire/'), undefined);
  assert.ok(!readFileSync(join(build.outDir, 'glossaire/index.html'), 'utf8').includes('data-pagefind-body'));
});

test('the booklet has a record that "livret" finds', () => {
  const booklet = byUrl('/livret/')!;
  assert.equal(booklet.meta.title, 'Livret Sous contrôle (PDF)');
  assert.match(booklet.content, /livret/i);
  assert.deepEqual(booklet.filters, { type: ['livret'] });
});

test('only the files the search page uses are published', () => {
  const files = readdirSync(join(build.outDir, 'pagefind'));
  assert.ok(files.includes('pagefind.js') && files.includes('wasm.fr.pagefind') && files.includes('pagefind-entry.json'));
  for (const unused of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.js', 'pagefind-highlight.js']) {
    assert.ok(!files.includes(unused), unused);
  }
});

test('articles, fiches and other pages ship no script, letters no search code; the search page loads one bundled file', () => {
  // Letters may get a script of their own (the form that fills the letter); never search code.
  for (const page of ['articles/premier-article', 'articles/second-article', 'fiches/une-fiche', 'glossaire', 'themes/controle', '']) {
    // JSON-LD blocks (type="application/ld+json") are data, not scripts.
    assert.doesNotMatch(readFileSync(join(build.outDir, page, 'index.html'), 'utf8'), /<script(?![^>]*type="application\/ld\+json")/i, page || 'home');
  }
  for (const page of ['articles/premier-article', 'fiches/une-fiche', 'lettres/une-lettre']) {
    assert.doesNotMatch(readFileSync(join(build.outDir, page, 'index.html'), 'utf8'), /pagefind\.js|search-page|SearchResults/, page);
  }
  const search = readFileSync(join(build.outDir, 'recherche/index.html'), 'utf8');
  const scripts = [...search.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.equal(scripts.length, 1);
  assert.match(scripts[0]![1]!, /type="module" src="\/_astro\/[^"]+\.js"/);
  assert.equal(scripts[0]![2]!.trim(), '', 'no inline script');
  assert.doesNotMatch(search, /\sstyle=/);
});

test('a malformed synonym table stops the build and names the file', async () => {
  const broken = fixtureCopy();
  writeFileSync(join(broken, 'synonymes.yaml'), '- ["indu", "trop-perçu"]\n- ["Sanction", "radiation"]\n');
  const r = await buildSite(broken);
  cleanup(broken, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /synonymes\.yaml: group 2: "Sanction" must be written in lower case/);
});
