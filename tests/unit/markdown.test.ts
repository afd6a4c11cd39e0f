/** The Markdown plugins, each checked through the real Astro processor. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPlugins } from '../../src/markdown/index.ts';
import { layoutIds } from '../../src/lib/layout-ids-fs.ts';
import { NBSP, NNBSP } from '../../src/lib/typography.ts';

const glossary = [
  { id: 'are', formes: ['ARE', 'allocation chômage'] },
  { id: 'indu', formes: ['indu'] },
];
const processor = await createMarkdownProcessor({ ...markdownPlugins(glossary), smartypants: false } as never);
const render = async (md: string) => (await processor.render(md)) as { code: string; metadata: { headings: { text: string; slug: string }[] } };

test('French typography in text, not in code, links or URLs', async () => {
  const { code } = await render("Pourquoi ? Voici l'article : « L5412-1 » ! `a ? b` [lien](https://x.fr/?q=a) https://x.fr/a?b");
  assert.match(code, new RegExp(`Pourquoi${NNBSP}\\?`));
  assert.match(code, new RegExp(`article${NBSP}:`));
  assert.match(code, new RegExp(`«${NNBSP}L5412-1${NNBSP}»${NNBSP}!`));
  assert.match(code, /l’article/);
  assert.match(code, /<code>a \? b<\/code>/);
  assert.match(code, /href="https:\/\/x\.fr\/\?q=a"/);
  assert.match(code, />https:\/\/x\.fr\/a\?b</);
});

test('space before punctuation that follows bold text', async () => {
  const { code } = await render('Le **délai** : 10 jours.');
  assert.match(code, new RegExp(`</strong>${NBSP}:`));
});

test('headings get ids and an anchor link outside the heading, which stays out of the heading list', async () => {
  const { code, metadata } = await render('## Que faire ?\n\ntexte');
  assert.match(code, /<div class="heading-wrapper"><h2 id="que-faire">Que faire\u202F\?<\/h2><a class="anchor-link" href="#que-faire">/);
  assert.deepEqual(metadata.headings.map((h) => h.text.trim()), [`Que faire${NNBSP}?`]);
  assert.doesNotMatch(metadata.headings[0]!.text, /#|Lien/);
});

test('external links get the external class and the shared « site externe » description; internal links do not', async () => {
  const { code } = await render('[Légifrance](https://www.legifrance.gouv.fr/) et [ici même](/glossaire/)');
  assert.match(code, /<a href="https:\/\/www\.legifrance\.gouv\.fr\/" class="external" aria-describedby="site-externe">Légifrance<\/a>/);
  assert.match(code, /<a href="\/glossaire\/">ici même<\/a>/);
});

test('glossary terms link to their definition once per page, never in headings or links', async () => {
  const { code } = await render('## ARE\n\nL’ARE est versée. Encore l’ARE. Un indu et [un ARE](/x/).');
  assert.equal(code.match(/href="\/glossaire\/#are"/g)?.length, 1);
  assert.equal(code.match(/href="\/glossaire\/#indu"/g)?.length, 1);
  assert.match(code, /<h2 id="are">ARE<\/h2>/);
  assert.match(code, /L’<a href="\/glossaire\/#are" class="glossary-term">ARE<\/a> est versée/);
});

test('glossary matching respects word boundaries and case for acronyms', async () => {
  const { code } = await render('La CARE et les indus. Une are de terrain.');
  assert.doesNotMatch(code, /#are/);
  assert.doesNotMatch(code, /#indu/);
});

test('a heading never takes an id the layout uses: "Contenu" would steal the skip link target', async () => {
  const { code, metadata } = await render('## Contenu\n\ntexte\n\n## Contenu 1\n\n## Autre');
  assert.match(code, /<h2 id="contenu-2">Contenu<\/h2><a class="anchor-link" href="#contenu-2">/);
  assert.match(code, /<h2 id="contenu-1">Contenu 1<\/h2>/);
  assert.match(code, /<h2 id="autre">/);
  assert.doesNotMatch(code, /id="contenu"/);
  assert.deepEqual(metadata.headings.map((h) => h.slug), ['contenu-2', 'contenu-1', 'autre']);
});

test('the reserved ids are read from the .astro files: the main content, the sources heading', () => {
  const ids = layoutIds();
  for (const id of ['contenu', 'sources-titre', 'essentiel-titre']) assert.ok(ids.includes(id), id);
  assert.ok(ids.every((id) => /^[\w-]+$/.test(id)), ids.join(' '));
});

/** Visible text of rendered HTML: tags removed, so the test reads what the reader reads. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');
const q = (inner: string) => `«${NNBSP}${inner}${NNBSP}»`;

test('guillemets around bold, emphasis, a link or code get one space each side, and are never doubled', async () => {
  const cases: [string, string][] = [
    ['Une « **offre raisonnable** », telle que définie.', `Une ${q('offre raisonnable')}, telle que définie.`],
    ['Voir « [la page](https://example.org) ».', `Voir ${q('la page')}.`],
    ['Le mot « *idle time* » désigne.', `Le mot ${q('idle time')} désigne.`],
    ['La commande « `npm test` » lance.', `La commande ${q('npm test')} lance.`],
    ['**Refuser une « offre raisonnable »**, telle que.', `Refuser une ${q('offre raisonnable')}, telle que.`],
    ['La page « [Se faire aider](/articles/se-faire-aider/) » indique.', `La page ${q('Se faire aider')} indique.`],
    ['«**gras**»', q('gras')],
  ];
  for (const [md, text] of cases) assert.equal(textOf((await render(md)).code).trim(), text, md);
});

test('a closing guillemet at the end of a block never spills into the next block or the anchor label', async () => {
  const { code } = await render('## Le modèle « DMDE 2026 »\n\nDepuis le 1er janvier.\n\n- « **a** »\n- b');
  assert.match(code, /<span class="sr-only">Lien vers la section «\u202FLe modèle “DMDE 2026”\u202F»<\/span>/);
  assert.match(code, /<p>Depuis le 1er janvier\.<\/p>/);
  assert.match(code, /<li>b<\/li>/);
  assert.doesNotMatch(textOf(code), /»\s*»/);
});

test('a straight apostrophe before « or across bold becomes typographic; code keeps its own', async () => {
  const { code } = await render("Ne pas faire d'« actes positifs ». L'**ARE**, l'[indu](/x/), d'*emphase*, `l'code` : fin.");
  const text = textOf(code);
  assert.match(text, /d’«\u202Factes positifs\u202F»/);
  assert.match(text, /L’ARE, l’indu, d’emphase, l'code\u00A0: fin\./);
  assert.doesNotMatch(text, /'\s*«/);
});

test('no-break spaces land outside the bold text when the punctuation is outside it', async () => {
  const { code } = await render('**Attention**! Et « **gras** ».');
  assert.match(code, new RegExp(`</strong>${NNBSP}!`));
  assert.match(code, new RegExp(`«${NNBSP}<strong>gras</strong>${NNBSP}»`));
});
