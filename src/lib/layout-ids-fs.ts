/**
 * The ids written literally in the site's .astro files (`id="contenu"` on <main>, `id="sources-titre"`…).
 * Markdown headings must not take them (src/markdown/rehype-reserved-ids.ts): two elements with one
 * id break the skip link and in-page links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function layoutIds(srcDir = resolve(import.meta.dirname, '..')): string[] {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.astro')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/\bid="([^"{}\s]+)"/g)) ids.add(m[1]!);
      }
    }
  };
  walk(srcDir);
  return [...ids].sort();
}
