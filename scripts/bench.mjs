/**
 * `npm run bench`: runs every scripts/bench/*.mjs in name order; each one measures one area and
 * prints its numbers. Not part of `npm test`: measurements are reported, never asserted.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs') && (!only || f.includes(only))).sort()) {
  console.log(`\n=== ${file} ===`);
  const started = performance.now();
  await import(pathToFileURL(join(dir, file)).href);
  console.log(`=== ${file}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
