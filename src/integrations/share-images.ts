/**
 * Draws every built page's share card after the build (src/lib/share-image*.ts): reads the page's
 * own og:title, article:section and article:modified_time, writes the PNG where its og:image points
 * (`shareImagePath`), and fails the build if a card exceeds 60 KB. Cards are cached by content.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDate } from '../lib/dates.ts';
import { urlOf } from '../lib/search-records.ts';
import { SHARE_IMAGE, cardFromHtml, shareImagePath } from '../lib/share-image.ts';
import { drawShareCard } from '../lib/share-image-fs.ts';
import { SITE } from '../lib/site.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split(sep).join('/')).sort();
}

export default function shareImages(): AstroIntegration {
  return {
    name: 'sous-controle:share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        let drawn = 0;
        let largest = 0;
        const tooBig: string[] = [];
        const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));
        for (const file of htmlFiles(outDir)) {
          const card = cardFromHtml(readFileSync(join(outDir, file), 'utf8'), SITE, day);
          if (!card) continue;
          const { png, cached } = await drawShareCard(card);
          const target = join(outDir, shareImagePath(urlOf(file)));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, png);
          if (!cached) drawn += 1;
          largest = Math.max(largest, png.length);
          if (png.length > SHARE_IMAGE.maxBytes) tooBig.push(`${relative(outDir, target)}: ${(png.length / 1024).toFixed(1)} KB`);
        }
        if (tooBig.length) throw new Error(`Share images over ${SHARE_IMAGE.maxBytes / 1024} KB:\n${tooBig.join('\n')}`);
        logger.info(`share images: ${htmlFiles(outDir).length} pages, ${drawn} drawn, largest ${(largest / 1024).toFixed(1)} KB, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
