/**
 * Reads icons from the Tabler set (`@iconify-json/tabler`, MIT, outline, 2-px stroke, 24-px grid) at
 * build time, from disk, so pages carry the few icons they draw as inline SVG: no icon font, no
 * script, no request. Only build code imports this module (it reads node_modules).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface IconSet { icons: Record<string, { body: string }>; aliases?: Record<string, { parent: string }> }

/** The stroke attributes every Tabler outline icon repeats: drawn once by CSS (.icon, global.css) and the search sprite. */
const STROKE = / fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2"/g;
export const SVG_ATTRS = { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

let set: IconSet | undefined;
const cache = new Map<string, string>();

/** The inner SVG markup of a Tabler icon, its shared stroke attributes removed. Throws on an unknown name. */
export function iconBody(name: string): string {
  let body = cache.get(name);
  if (body !== undefined) return body;
  set ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@iconify-json/tabler/icons.json'), 'utf8')) as IconSet;
  const icon = set.icons[name] ?? set.icons[set.aliases?.[name]?.parent ?? ''];
  if (!icon) throw new Error(`Unknown Tabler icon "${name}" (see https://tabler.io/icons)`);
  body = icon.body.replace(STROKE, '').replace(/<g>([\s\S]*)<\/g>/, '$1');
  cache.set(name, body);
  return body;
}
