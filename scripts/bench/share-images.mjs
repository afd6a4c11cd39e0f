/**
 * Share cards: time to draw every built page's 1200 × 630 card with satori and resvg, cold (empty
 * cache: what a first build or a design change costs) and warm (cache hit: what a rebuild costs), and
 * their sizes (budget 60 KB each). Reads the last build (built first if missing).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { runIfMain } from './lib/measurements.mjs';
import { formatDate } from '../../src/lib/dates.ts';
import { SHARE_IMAGE, cardFromHtml } from '../../src/lib/share-image.ts';
import { drawShareCard } from '../../src/lib/share-image-fs.ts';
import { SITE } from '../../src/lib/site.ts';

export default async function run({ dist }) {
  const day = (iso) => formatDate(new Date(`${iso}T00:00:00Z`));
  const cards = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => cardFromHtml(readFileSync(join(dist, f.split(sep).join('/')), 'utf8'), SITE, day))
    .filter(Boolean);
  const cache = mkdtempSync(join(tmpdir(), 'sc-bench-share-'));
  try {
    const t0 = performance.now();
    const first = await drawShareCard(cards[0], cache);
    const firstMs = performance.now() - t0;
    const sizes = [first.png.length];
    const t1 = performance.now();
    for (const card of cards.slice(1)) sizes.push((await drawShareCard(card, cache)).png.length);
    const coldMs = performance.now() - t1;
    const t2 = performance.now();
    for (const card of cards) await drawShareCard(card, cache);
    const warmMs = performance.now() - t2;
    const kb = (n) => Number((n / 1024).toFixed(1));
    return [
      { name: 'pages with a card', value: cards.length, unit: 'cards' },
      { name: 'first card (fonts and WebAssembly loaded)', value: Math.round(firstMs), unit: 'ms' },
      { name: 'each further card, cold (mean)', value: Math.round(coldMs / Math.max(1, cards.length - 1)), unit: 'ms', budget: 500 },
      { name: 'all cards, cold', value: Math.round(firstMs + coldMs), unit: 'ms', budget: 60_000 },
      { name: 'all cards, warm (cache)', value: Math.round(warmMs), unit: 'ms', budget: 2_000 },
      { name: 'largest card', value: kb(Math.max(...sizes)), unit: 'KB', budget: SHARE_IMAGE.maxBytes / 1024 },
      { name: 'mean card', value: kb(sizes.reduce((a, b) => a + b, 0) / sizes.length), unit: 'KB' },
    ];
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

runIfMain(import.meta, run, { needsBuild: true });
