/**
 * Share cards and structured data on every built page: Open Graph and Twitter tags, an og:image that
 * is an existing 1200 × 630 PNG of at most 60 KB of its own, and JSON-LD blocks that parse and carry
 * the required properties (Article + BreadcrumbList on articles, fiches and letters; Organization
 * and WebSite on the home page).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARE_IMAGE } from '../../src/lib/share-image.ts';
import { REQUIRED_LD } from '../../src/lib/structured-data.ts';
import { SITE } from '../../src/lib/site.ts';
import { DIST } from '../helpers/dist.ts';
import { attr, builtPages, elements, shownText } from '../helpers/pages.ts';

const pages = builtPages();
const meta = (p: (typeof pages)[number], key: string) =>
  elements(p.tree, 'meta').filter((m) => attr(m, 'property') === key || attr(m, 'name') === key).map((m) => attr(m, 'content') ?? '');

test('every page has its share metadata and its own 1200 × 630 PNG of at most 60 KB', () => {
  const bad: string[] = [];
  const seen = new Map<string, string>();
  const sizes: number[] = [];
  for (const p of pages) {
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:site_name', 'twitter:card']) {
      const v = meta(p, key);
      if (v.length !== 1 || !v[0]) bad.push(`${p.url}: ${key} ${v.length === 0 ? 'missing' : 'repeated or empty'}`);
    }
    if (meta(p, 'og:locale')[0] !== 'fr_FR') bad.push(`${p.url}: og:locale is not fr_FR`);
    const canonical = elements(p.tree, 'link').find((l) => attr(l, 'rel') === 'canonical');
    if (meta(p, 'og:url')[0] !== (canonical && attr(canonical, 'href'))) bad.push(`${p.url}: og:url differs from the canonical address`);
    const image = meta(p, 'og:image')[0] ?? '';
    if (!image.startsWith(`${SITE.url}/`)) { bad.push(`${p.url}: og:image ${image} is not on ${SITE.url}`); continue; }
    const file = join(DIST, new URL(image).pathname);
    if (!existsSync(file)) { bad.push(`${p.url}: ${image} is not in the build`); continue; }
    const png = readFileSync(file);
    const isPng = png.subarray(1, 4).toString('latin1') === 'PNG';
    if (!isPng || png.readUInt32BE(16) !== SHARE_IMAGE.width || png.readUInt32BE(20) !== SHARE_IMAGE.height) bad.push(`${p.url}: ${image} is not a ${SHARE_IMAGE.width} × ${SHARE_IMAGE.height} PNG`);
    if (png.length > SHARE_IMAGE.maxBytes) bad.push(`${p.url}: ${image} weighs ${(png.length / 1024).toFixed(1)} KB`);
    if (seen.has(image)) bad.push(`${p.url}: shares its image with ${seen.get(image)}`);
    seen.set(image, p.url);
    sizes.push(png.length);
  }
  assert.ok(sizes.length > 0);
  console.log(`share images: ${sizes.length}, largest ${(Math.max(...sizes) / 1024).toFixed(1)} KB, mean ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(1)} KB`);
  assert.deepEqual(bad, []);
});

/** Every JSON-LD object of a page, flattened from arrays. */
function jsonLd(p: (typeof pages)[number], bad: string[]): Record<string, unknown>[] {
  return elements(p.tree, 'script').filter((s) => attr(s, 'type') === 'application/ld+json').flatMap((s) => {
    const text = s.children.map((c) => ('value' in c ? c.value : '')).join('');
    try {
      const data = JSON.parse(text) as unknown;
      // A block is an object, an array of objects, or one @context over a @graph of objects.
      return ((Array.isArray(data) ? data : [data]) as Record<string, unknown>[]).flatMap((o) =>
        Array.isArray(o['@graph']) ? (o['@graph'] as Record<string, unknown>[]).map((g) => ({ '@context': o['@context'], ...g })) : [o]);
    } catch (error) {
      bad.push(`${p.url}: a JSON-LD block does not parse (${(error as Error).message})`);
      return [];
    }
  });
}

test('every JSON-LD block parses and has the required properties; articles are dated by their check', () => {
  const bad: string[] = [];
  let blocks = 0;
  for (const p of pages) {
    const objects = jsonLd(p, bad);
    blocks += objects.length;
    for (const o of objects) {
      const type = String(o['@type']);
      if (o['@context'] !== 'https://schema.org') bad.push(`${p.url}: ${type} without @context https://schema.org`);
      const required = REQUIRED_LD[type];
      if (!required) { bad.push(`${p.url}: unexpected type ${type}`); continue; }
      for (const key of required) if (o[key] === undefined || o[key] === '' || (Array.isArray(o[key]) && (o[key] as unknown[]).length === 0)) bad.push(`${p.url}: ${type}.${key} missing`);
    }
    const types = objects.map((o) => o['@type']);
    if (['article', 'fiche', 'lettre'].includes(p.kind)) {
      if (!types.includes('Article') || !types.includes('BreadcrumbList')) { bad.push(`${p.url}: no Article and BreadcrumbList`); continue; }
      const article = objects.find((o) => o['@type'] === 'Article')!;
      const verified = elements(p.tree, 'p').find((e) => /\bverified\b/.test(attr(e, 'className') ?? ''));
      const date = verified && attr(elements(verified, 'time')[0]!, 'dateTime');
      if (article.dateModified !== date) bad.push(`${p.url}: dateModified ${String(article.dateModified)} is not the « vérifié le » ${date}`);
      if (article.inLanguage !== 'fr-FR') bad.push(`${p.url}: inLanguage ${String(article.inLanguage)}`);
      const plain = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();
      if (plain(article.headline) !== shownText(elements(p.tree, 'h1')[0]!)) bad.push(`${p.url}: headline « ${String(article.headline)} » differs from the h1`);
      const citations = article.citation as string[];
      const sourceLinks = new Set(elements(p.tree, 'a').map((a) => attr(a, 'href')));
      for (const c of citations) if (!sourceLinks.has(c)) bad.push(`${p.url}: cites ${c}, which the page does not link to`);
      const crumbs = objects.find((o) => o['@type'] === 'BreadcrumbList')!.itemListElement as { item: string }[];
      if (crumbs.at(-1)?.item !== `${SITE.url}${p.url}`) bad.push(`${p.url}: the breadcrumb does not end on the page`);
    }
    if (p.url === '/' && !(types.includes('Organization') && types.includes('WebSite'))) bad.push('/: no Organization and WebSite');
  }
  console.log(`JSON-LD: ${blocks} objects on ${pages.length} pages`);
  assert.deepEqual(bad, []);
});
