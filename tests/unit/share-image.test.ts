/** Share cards (share-image.ts, drawn by share-image-fs.ts) and the JSON-LD of structured-data.ts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARE_IMAGE, cardFromHtml, shareCardTree, shareImagePath, titleSize } from '../../src/lib/share-image.ts';
import { drawShareCard } from '../../src/lib/share-image-fs.ts';
import { articleLd, breadcrumbLd, graphLd, scriptJson, siteLd } from '../../src/lib/structured-data.ts';
import { routedKindOf } from '../../src/lib/pages.ts';

/** Width and height from a PNG's IHDR chunk. */
export const pngSize = (b: Buffer) => ({ png: b.subarray(1, 4).toString('latin1') === 'PNG', width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('each page has its own image address, from its own address', () => {
  assert.equal(shareImagePath('/'), '/partage/accueil.png');
  assert.equal(shareImagePath('/articles/indu/'), '/partage/articles/indu.png');
  assert.equal(shareImagePath('/themes/argent/'), '/partage/themes/argent.png');
  assert.equal(shareImagePath('/404.html'), '/partage/404.png');
  assert.equal(shareImagePath('/404/'), '/partage/404.png', 'the 404 page as Astro names it while rendering');
  assert.equal(routedKindOf('/lettres/x/'), 'lettre');
  assert.equal(routedKindOf('/themes/argent/'), undefined);
  assert.equal(routedKindOf('/'), undefined);
});

test('the card reads its facts from the page\'s own meta tags', () => {
  const html = '<meta property="og:title" content="Trop-perçu &amp; retenues : que faire ?"><meta property="article:section" content="L’argent"><meta property="article:modified_time" content="2026-11-23">';
  const card = cardFromHtml(html, { nom: 'Sous contrôle', url: 'https://sous-controle.fr' }, (d) => `le ${d}`);
  assert.deepEqual(card, { title: 'Trop-perçu & retenues : que faire ?', section: 'L’argent', verified: 'le 2026-11-23', siteName: 'Sous contrôle', host: 'sous-controle.fr' });
  assert.equal(cardFromHtml('<title>x</title>', { nom: 'S', url: 'https://x.fr' }, String), undefined, 'no og:title, no card');
  assert.ok(titleSize('x'.repeat(110)) < titleSize('x'.repeat(40)), 'long titles are drawn smaller');
  assert.match(JSON.stringify(shareCardTree(card!)), /Vérifié le le 2026-11-23/);
});

test('a card is a 1200 × 630 PNG under 60 KB, even for the longest title; the second draw comes from the cache', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'sc-share-'));
  try {
    const card = { title: `${'Contester une décision de France Travail prise avec un algorithme '.repeat(2)}`.slice(0, 110), section: 'Algorithmes et scores', verified: '23 novembre 2026', siteName: 'Sous contrôle', host: 'sous-controle.fr' };
    const first = await drawShareCard(card, cache);
    assert.deepEqual(pngSize(first.png), { png: true, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
    assert.ok(first.png.length <= SHARE_IMAGE.maxBytes, `${first.png.length} bytes`);
    assert.equal(first.cached, false);
    const again = await drawShareCard(card, cache);
    assert.equal(again.cached, true);
    assert.ok(again.png.equals(first.png));
    await drawShareCard({ ...card, verified: '24 novembre 2026' }, cache);
    assert.equal(readdirSync(cache).length, 2, 'a changed date draws a new card');
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

const SITE = { url: 'https://sous-controle.fr', nom: 'Sous contrôle', baseline: 'Comprendre les contrôles', licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr' };

test('JSON-LD: an Article dated by its check, citing its sources; a breadcrumb; the site on the home page', () => {
  const a = articleLd({
    url: 'https://sous-controle.fr/articles/x/', titre: 'Titre', resume: 'Résumé',
    verifie: new Date('2026-11-23'), publie: new Date('2026-01-10'),
    sources: [{ url: 'https://www.legifrance.gouv.fr/x' }, { url: 'https://exemple.fr/' }],
  }, SITE);
  assert.equal(a['@type'], 'Article');
  assert.equal(a.dateModified, '2026-11-23');
  assert.equal(a.datePublished, '2026-01-10');
  assert.equal(a.inLanguage, 'fr-FR');
  assert.deepEqual(a.publisher, { '@type': 'Organization', name: 'Sous contrôle', url: 'https://sous-controle.fr/' });
  assert.deepEqual(a.citation, ['https://www.legifrance.gouv.fr/x', 'https://exemple.fr/']);
  const b = breadcrumbLd([{ name: 'Accueil', url: 'https://sous-controle.fr/' }, { name: 'Titre', url: 'https://sous-controle.fr/articles/x/' }]);
  assert.deepEqual((b.itemListElement as { position: number }[]).map((i) => i.position), [1, 2]);
  assert.deepEqual(siteLd(SITE).map((x) => x['@type']), ['Organization', 'WebSite']);
  const g = graphLd([a, b]);
  assert.equal(g['@context'], 'https://schema.org');
  assert.deepEqual((g['@graph'] as { '@type': string }[]).map((x) => x['@type']), ['Article', 'BreadcrumbList']);
  assert.equal(a['@context'], undefined, 'the context is said once, on the graph');
});

test('JSON in a script element cannot close it', () => {
  const s = scriptJson({ t: '</script><script>alert(1)</script> <!-- \u2028' });
  assert.doesNotMatch(s, /<\/script|<!--/);
  assert.deepEqual(JSON.parse(s), { t: '</script><script>alert(1)</script> <!-- \u2028' });
});
