/** A page's HTML rewritten to sit inside the booklet (src/lib/booklet-html.ts), through the real Markdown pipeline. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { bookletHref, rewriteSection, type SectionOptions } from '../../src/lib/booklet-html.ts';
import { markdownPlugins } from '../../src/markdown/index.ts';

const options: SectionOptions = {
  prefix: 'article-radiation',
  targets: new Map([['/articles/contester/', 'article-contester'], ['/lettres/mediation/', 'lettre-mediation']]),
  glossary: new Set(['are']),
  siteUrl: 'https://sous-controle.fr',
  demote: 2,
};

const processor = await createMarkdownProcessor({ ...markdownPlugins([{ id: 'are', formes: ['ARE'] }]), smartypants: false } as never);
const markdownHtml = async (markdown: string): Promise<string> => ((await processor.render(markdown)) as { code: string }).code;

test('every id gets the prefix, and in-page links and aria references follow', () => {
  const html = rewriteSection(
    '<section aria-labelledby="t"><h2 id="t">Titre</h2><a href="#t">haut</a><label for="c">x</label></section>',
    options,
  );
  assert.match(html, /aria-labelledby="article-radiation-t"/);
  assert.match(html, /<h4 id="article-radiation-t">Titre<\/h4>/);
  assert.match(html, /href="#article-radiation-t"/);
  assert.match(html, /for="article-radiation-c"/);
  assert.doesNotMatch(html, /id="t"/);
});

test('a link to another site keeps pointing at the one « site externe » description of the page', async () => {
  const html = rewriteSection(await markdownHtml('Voir [Légifrance](https://www.legifrance.gouv.fr/).'), options);
  assert.match(html, /class="external" aria-describedby="site-externe"/);
});

test('a Markdown body: headings go down two levels, anchor marks go, links point inside the booklet or to the site', async () => {
  const body = await markdownHtml([
    '## Que faire ?',
    '',
    "L'ARE, voir [comment contester](/articles/contester/) et [la lettre](/lettres/mediation/#la-lettre),",
    "[les thèmes](/themes/recours/) et [Légifrance](https://www.legifrance.gouv.fr/x).",
  ].join('\n'));
  assert.match(body, /<h2 id="que-faire">/, 'precondition: the pipeline gives the heading an id');
  assert.match(body, /anchor-link/, 'precondition: the pipeline adds the # link');
  const html = rewriteSection(body, options);
  assert.match(html, /<h4 id="article-radiation-que-faire">Que faire/);
  assert.doesNotMatch(html, /anchor-link/);
  assert.match(html, /<a href="#article-contester" class="booklet-ref">comment contester<\/a>/);
  assert.match(html, /<a href="#lettre-mediation" class="booklet-ref">la lettre<\/a>/);
  assert.match(html, /<a href="https:\/\/sous-controle\.fr\/themes\/recours\/" class="site-ref" data-short="sous-controle\.fr\/themes\/recours">les thèmes<\/a>/);
  assert.match(html, /<a href="#glossaire-are" class="glossary-term">ARE<\/a>/);
  assert.match(html, /href="https:\/\/www\.legifrance\.gouv\.fr\/x"[^>]*class="external"/);
});

test('where links lead: in-page, booklet, glossary, site, elsewhere', () => {
  assert.deepEqual(bookletHref('#a', options), { href: '#article-radiation-a', kind: 'local' });
  assert.deepEqual(bookletHref('/articles/contester/#delais', options), { href: '#article-contester', kind: 'booklet' });
  assert.deepEqual(bookletHref('/glossaire/#are', options), { href: '#glossaire-are', kind: 'glossary' });
  // A glossary term the booklet does not print (a short glossary) stays a plain word; the glossary page itself is a site link.
  assert.deepEqual(bookletHref('/glossaire/#inconnu', options), { href: '/glossaire/#inconnu', kind: 'text' });
  assert.deepEqual(bookletHref('/glossaire/', options), { href: 'https://sous-controle.fr/glossaire/', kind: 'site' });
  assert.deepEqual(bookletHref('/fiches/absente/', options), { href: 'https://sous-controle.fr/fiches/absente/', kind: 'site' });
  assert.deepEqual(bookletHref('mailto:x@example.org', options), { href: 'mailto:x@example.org', kind: 'other' });
  assert.deepEqual(bookletHref('//cdn.example.org/x', options), { href: '//cdn.example.org/x', kind: 'other' });
});

test('a glossary word whose term is not printed loses its link and keeps its text', () => {
  const html = rewriteSection('<p>Un <a href="/glossaire/#indu" class="glossary-term">indu</a> et l\'<a href="/glossaire/#are" class="glossary-term">ARE</a>.</p>', options);
  assert.equal(html, '<p>Un indu et l\'<a href="#glossaire-are" class="glossary-term">ARE</a>.</p>');
});

test('a named section inside a page is named by the page title too, so that landmarks stay distinct', () => {
  const html = rewriteSection('<section aria-labelledby="sources"><h2 id="sources">Sources</h2></section><div aria-labelledby="x"></div>', { ...options, titleId: 'article-radiation-titre' });
  assert.match(html, /<section aria-labelledby="article-radiation-titre article-radiation-sources">/);
  assert.match(html, /<div aria-labelledby="article-radiation-x">/);
});

test('letter blanks of long fields are marked, the others are not', () => {
  const html = rewriteSection(
    '<p><span class="blank" data-field="motifs">[Motifs]</span> <span class="blank" data-field="identifiant">[Id]</span></p>',
    { ...options, longBlanks: new Set(['motifs']) },
  );
  assert.match(html, /class="blank blank-long" data-field="motifs"/);
  assert.match(html, /class="blank" data-field="identifiant"/);
});
