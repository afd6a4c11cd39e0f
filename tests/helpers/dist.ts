/** Reads the built site in dist/: every HTML page, and its visible text. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './build.ts';

export const DIST = process.env.OUT_DIR ?? join(ROOT, 'dist');

export function htmlPages(dir = DIST): { path: string; html: string }[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run the build first (npm run build).`);
  const out: { path: string; html: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push({ path: relative(dir, p), html: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/**
 * Text a reader sees: without scripts, styles, code, preformatted blocks and elements marked
 * `hidden` (search metadata); tags removed, entities decoded. Hidden elements are matched to their
 * first closing tag, which is enough for the flat blocks the site hides.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|code|pre|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(\w+)\b[^>]*\shidden\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
