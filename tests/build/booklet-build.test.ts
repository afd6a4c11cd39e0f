/** Builds of the fixture site: the /livret/ page, the build without PDFs, and booklet errors that must stop the build. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, cleanup, fixtureBuild, fixtureCopy } from '../helpers/build.ts';

const edit = (dir: string, file: string, from: RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  assert.match(text, from, `fixture ${file} no longer contains ${from}`);
  writeFileSync(path, text.replace(from, to));
};

test('the booklet page gathers the parts in front-matter order, and without PDFs links to none', async () => {
  const r = await fixtureBuild();
  assert.match(r.output, /Booklet PDFs skipped: SKIP_PDF=1 is set\. To get them, install Chromium/);
  const html = readFileSync(join(r.outDir, 'livret/index.html'), 'utf8');
  const home = readFileSync(join(r.outDir, 'index.html'), 'utf8');

  // Without content/livrets/, the full guide: the fiches first (the reader's entry), then the other
  // parts in BOOKLET_PARTS order, pages in livret.ordre order, then contacts, glossary, notes, back cover.
  const order = ['id="livret-titre"', 'id="sommaire"', 'id="partie-fiches"', 'id="fiche-une-fiche"',
    'id="partie-controle"', 'id="article-premier-article"', 'id="article-second-article"', 'id="partie-lettres"',
    'id="lettre-une-lettre"', 'id="adresses-utiles"', 'id="glossaire"', 'id="notes-titre"', 'id="quatrieme"'];
  const positions = order.map((marker) => html.indexOf(marker));
  assert.ok(positions.every((p) => p >= 0), `missing: ${order.filter((_, i) => positions[i] === -1).join(', ')}`);
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b));

  // The table of contents links to every page of the booklet.
  for (const anchor of ['partie-controle', 'article-premier-article', 'fiche-une-fiche', 'lettre-une-lettre', 'glossaire']) {
    assert.match(html, new RegExp(`<a href="#${anchor}"`), anchor);
  }
  // A link between two pages of the booklet stays inside it; glossary words point to its glossary.
  assert.match(html, /<a href="#article-premier-article" class="booklet-ref">lien interne<\/a>/);
  assert.match(html, /href="#glossaire-are" class="glossary-term"/);
  // The contact quotes its source, and says where.
  assert.match(html, /Comment le joindre\u00A0:<\/strong> Notez la date\./);
  // Edition date: the latest "vérifié le" of the pages in the booklet.
  assert.match(html, /data-edition="2026-01-15"/);

  // Never in search results (every article is indexed on its own page), never a duplicate id.
  assert.doesNotMatch(html, /data-pagefind-body/);
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  // CSP: no inline style, no inline script.
  assert.doesNotMatch(html, /\sstyle="/);
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>[^<]/);
  // The print stylesheet replaces print.css on this page, and comes after the site's stylesheet.
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"( media="print")?/g)].map((m) => `${m[1]}${m[2] ? ' print' : ''}`);
  assert.match(links.at(-1)!, /\/booklet-print\.[\w-]+\.css print$/, links.join(', '));
  assert.equal(links.filter((l) => /\/print\.[\w-]+\.css/.test(l)).length, 0, links.join(', '));

  // Without PDFs: the fallback text, no marker, no link to a PDF, on the booklet page and the home page.
  assert.match(html, /utilisez la commande «\u202FImprimer\u202F» de votre navigateur/);
  for (const page of [html, home]) {
    assert.doesNotMatch(page, /livret-pdf/);
    assert.doesNotMatch(page, /\.pdf"/);
  }
});

test('a contact that says what its source does not say fails the build, naming the contact', async () => {
  const content = fixtureCopy();
  edit(content, 'contacts.yaml', /joindre: "Notez la date\."/, 'joindre: "Appelez le 01 23 45 67 89."');
  const r = await buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /contact "are" says "Appelez le 01 23 45 67 89\.", which content\/articles\/premier-article does not say/);
});

test('two pages in the same place of the booklet fail the build, naming both', async () => {
  const content = fixtureCopy();
  edit(content, 'articles/second-article.md', /livret: \{ partie: controle, ordre: 2 \}/, 'livret: { partie: controle, ordre: 1 }');
  const r = await buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/articles\/(premier|second)-article and content\/articles\/(premier|second)-article both take livret \{ partie: controle, ordre: 1 \}/);
});

test('a booklet of content/livrets/ that lists a page that does not exist fails the build, naming the file and the page', async () => {
  const content = fixtureCopy();
  mkdirSync(join(content, 'livrets'));
  writeFileSync(join(content, 'livrets/court.yaml'), [
    'titre: "Court"', 'sousTitre: "Un livret de test"', 'chemin: court/', 'fichier: court', 'pagesMax: 8',
    'parties:', '  - partie: fiches', '    pages: [fiches/une-fiche, fiches/absente]',
  ].join('\n'));
  const r = await buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/livrets\/court\.yaml: part "fiches" lists "fiches\/absente", but content\/fiches\/absente\.md does not exist/);
});
