import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_QUERY, cleanQuery, excerptParts, isSectionLink, pagefindFilters, readState, searchTerms, statusText, writeState,
} from '../../src/lib/search.ts';
import {
  bodyText, bookletRecord, glossaryPage, hasSearchBody, isIndexedPath, servedHtml, titleText, urlOf, withSynonyms,
} from '../../src/lib/search-records.ts';
import { compileSynonyms } from '../../src/lib/synonyms.ts';

test('the URL state round-trips, and unknown themes or types are ignored', () => {
  const state = readState('?q=trop-per%C3%A7u&theme=argent&type=lettre');
  assert.deepEqual(state, { q: 'trop-perçu', theme: 'argent', type: 'lettre' });
  assert.equal(writeState(state), '?q=trop-per%C3%A7u&theme=argent&type=lettre');
  assert.deepEqual(readState(writeState(state)), state);
  assert.deepEqual(readState('?q=indu&theme=inconnu&type=%3Cscript%3E'), { q: 'indu' });
  assert.equal(writeState({ q: '' }), '');
  assert.deepEqual(pagefindFilters(state), { 'thème': 'argent', type: 'lettre' });
});

test('queries are trimmed, flattened and cut at MAX_QUERY characters without splitting a character', () => {
  assert.equal(cleanQuery('  pôle \n\t emploi  '), 'pôle emploi');
  assert.equal(cleanQuery('a'.repeat(1000)).length, MAX_QUERY);
  const emoji = '😀'.repeat(300);
  assert.equal(Array.from(cleanQuery(emoji)).length, MAX_QUERY);
  assert.ok(!/[\uD800-\uDBFF]$/.test(cleanQuery(emoji)), 'no lone surrogate at the end');
  assert.equal(readState(`?q=${'x'.repeat(1000)}`).q.length, MAX_QUERY);
});

test('elisions and stop words are dropped before searching, unless nothing else is left', () => {
  assert.equal(searchTerms("qu'est-ce qu'un indu ?"), 'indu');
  assert.equal(searchTerms('l’indu'), 'indu');
  assert.equal(searchTerms('somme à rembourser'), 'somme rembourser');
  assert.equal(searchTerms('Contester une sanction de France Travail'), 'Contester sanction France Travail');
  assert.equal(searchTerms('somme à rembourser'), 'somme rembourser');
  assert.equal(searchTerms('le la'), 'le la');
  assert.equal(searchTerms('trop-perçu'), 'trop-percu');
  assert.equal(searchTerms('Contrôle à Noël'), 'Controle Noel');
  assert.equal(searchTerms('15 heures'), '15 heures');
});

test('excerpts keep only <mark>, as text runs; any other markup stays visible text', () => {
  assert.deepEqual(excerptParts('un <mark>indu</mark> de l&#39;ARE &amp; co'), [
    { text: 'un ', mark: false }, { text: 'indu', mark: true }, { text: " de l'ARE & co", mark: false },
  ]);
  const evil = excerptParts('&lt;img src=x onerror=alert(1)&gt; <b>gras</b> <mark><script>x</script></mark>');
  assert.deepEqual(evil, [
    { text: '<img src=x onerror=alert(1)> <b>gras</b> ', mark: false },
    { text: '<script>x</script>', mark: true },
  ]);
  assert.deepEqual(excerptParts('&#0; &#x110000; &bogus;'), [{ text: '&#0; &#x110000; &bogus;', mark: false }]);
  assert.deepEqual(excerptParts(''), []);
});

test('the status sentence counts in French and names the filters', () => {
  assert.equal(statusText(0, { q: 'zzz' }), 'Aucun résultat pour «\u202Fzzz\u202F».');
  assert.equal(statusText(1, { q: 'indu' }), '1 résultat pour «\u202Findu\u202F».');
  assert.equal(statusText(12, { q: 'indu', type: 'lettre', theme: 'argent' }),
    '12 résultats pour «\u202Findu\u202F», filtre\u00A0: L’argent\u00A0: indus et retenues, Lettres.');
  assert.match(statusText(0, { q: 'x'.repeat(200) }), /^Aucun résultat pour «\u202Fx{60}…\u202F»\.$/);
});

test('section links leave out the page itself and the sources', () => {
  assert.equal(isSectionLink('/articles/a/#que-faire', '/articles/a/'), true);
  assert.equal(isSectionLink('/articles/a/', '/articles/a/'), false);
  assert.equal(isSectionLink('/articles/a/#sources-titre', '/articles/a/'), false);
  assert.equal(isSectionLink('/articles/a/#textes-titre', '/articles/a/'), false);
});

test('which built files are indexed, and under which URL', () => {
  assert.equal(isIndexedPath('articles/indu/index.html'), true);
  assert.equal(isIndexedPath('404.html'), false);
  assert.equal(isIndexedPath('livret/index.html'), false);
  assert.equal(isIndexedPath('recherche/index.html'), false);
  assert.equal(isIndexedPath('livret/livret-a5.pdf'), false);
  assert.equal(urlOf('articles/indu/index.html'), '/articles/indu/');
  assert.equal(urlOf('index.html'), '/');
});

const PAGE = `<!doctype html><html lang="fr"><body>
<header><nav>Les indus du menu</nav></header>
<main><article data-pagefind-body><h1 data-pagefind-weight="10">Trop-perçu : que faire&nbsp;?</h1>
<div><p>France Travail vous écrit. <a href="https://x.fr">Lien<span class="sr-only">(site externe)</span></a></p></div>
<script>var indu = 1;</script></article><footer>Pôle emploi</footer></main></body></html>`;

test('the indexed text is the data-pagefind-body only, without scripts', () => {
  assert.equal(hasSearchBody(PAGE), true);
  assert.equal(hasSearchBody('<main data-pagefind-body-x>x</main>'), false);
  const text = bodyText(PAGE);
  assert.match(text, /^Trop-perçu : que faire \? France Travail vous écrit\. Lien \(site externe\)$/);
  assert.equal(titleText(PAGE), 'Trop-perçu : que faire ?');
  // Nested elements of the same name do not end the body early.
  assert.equal(bodyText('<div data-pagefind-body><div>a</div> b</div> c'), 'a b');
});

test('synonyms are added as hidden metadata inside the body, from the title and from the text', () => {
  const matcher = compileSynonyms([['indu', 'trop-perçu'], ['pôle emploi', 'france travail'], ['sanction', 'radiation']]);
  const { html, aliases } = withSynonyms(PAGE, matcher);
  assert.deepEqual(aliases.sort(), ['indu', 'pôle emploi']);
  assert.match(html, /<article data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-meta="synonymes">indu ; pôle emploi<\/span><span data-pagefind-meta="synonymes_titre">indu<\/span><\/div><h1/);
  // Text outside the body (menu, footer) adds nothing; a page without synonyms is left as it is.
  assert.deepEqual(withSynonyms('<main data-pagefind-body>rien</main><nav>indu</nav>', matcher), {
    html: '<main data-pagefind-body>rien</main><nav>indu</nav>', aliases: [],
  });
});

test('the page as served keeps its text and data-pagefind-body, not the fields and weights only the indexer reads', () => {
  const built = '<article data-pagefind-body class="x"><h1 data-pagefind-weight="10">Indu</h1>'
    + '<div hidden data-pagefind-ignore><span data-pagefind-filter="thème">caf</span><span data-pagefind-meta="verifie">2026-01-15</span></div>'
    + '<nav class="toc" data-pagefind-ignore><a href="#a">A</a></nav><div data-pagefind-weight="0.5"><p>On cite data-pagefind-ignore ici.</p></div>'
    + '<div hidden data-pagefind-ignore><span>Texte caché</span><b>lu par personne ?</b></div></article>';
  assert.equal(servedHtml(built), '<article data-pagefind-body class="x"><h1>Indu</h1>'
    + '<nav class="toc"><a href="#a">A</a></nav><div><p>On cite data-pagefind-ignore ici.</p></div>'
    + '<div hidden><span>Texte caché</span><b>lu par personne ?</b></div></article>');
  assert.equal(servedHtml('<p>Rien à retirer</p>'), '<p>Rien à retirer</p>');
});

test('a glossary term is a small weighted page at its anchor; the booklet record points at the PDF when it exists', () => {
  const matcher = compileSynonyms([['indu', 'trop-perçu']]);
  const page = glossaryPage({ id: 'indu', terme: 'Indu', definition: 'Une somme versée à tort <b>.' }, matcher);
  assert.equal(page.url, '/glossaire/#indu');
  assert.match(page.content, /<p data-pagefind-meta="terme">Indu<\/p><p>Une somme versée à tort &lt;b&gt;\.<\/p>/);
  assert.match(page.content, /data-pagefind-filter="type">glossaire</);
  assert.match(page.content, /data-pagefind-meta="synonymes_titre">trop-perçu</);
  assert.equal(glossaryPage({ id: 'are', terme: 'ARE', long: "Allocation d'aide", definition: 'x'.repeat(20) }, matcher).content.includes('ARE\u00A0: Allocation d’aide'), true);
  assert.equal(bookletRecord(true).url, '/livret/livret-a5.pdf');
  assert.equal(bookletRecord(false).url, '/livret/');
  assert.equal(bookletRecord(true).meta.title, 'Livret Sous contrôle (PDF)');
  assert.match(bookletRecord(true).content, /livret/i);
});
