/**
 * Draws share cards (share-image.ts) to PNG with satori (element tree → SVG) and resvg (SVG → PNG),
 * with the Noto Sans files of @fontsource/noto-sans (WOFF: satori reads TTF, OTF and WOFF, not WOFF2).
 * The font is only used here, at build time: pages keep the system fonts. Drawn images are cached
 * by content, so a rebuild redraws only the cards that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_DESIGN_VERSION, SHARE_IMAGE, shareCardTree, type ShareCard } from './share-image.ts';

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  if (fonts) return fonts;
  const dir = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@fontsource/noto-sans/package.json')), 'files');
  fonts = ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans', weight, style: 'normal' as const,
    data: readFileSync(join(dir, `noto-sans-latin-${weight}-normal.woff`)),
  }));
  return fonts;
}

export function shareCacheDir(): string {
  return join(process.env.LEGI_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/sous-controle'), 'share');
}

/** One card as PNG bytes; `cached` says whether it came from the cache. */
export async function drawShareCard(card: ShareCard, cache = shareCacheDir()): Promise<{ png: Buffer; cached: boolean }> {
  const key = createHash('sha256').update(JSON.stringify({ v: SHARE_DESIGN_VERSION, card })).digest('hex').slice(0, 32);
  const file = join(cache, `${key}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const svg = await satori(shareCardTree(card) as never, { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width }, font: { loadSystemFonts: false } }).render().asPng();
  mkdirSync(cache, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return { png, cached: false };
}
