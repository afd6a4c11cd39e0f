/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (one file per measured area; helpers live
 * in scripts/bench/lib/), one after the other so they do not compete for the CPU. Not part of
 * `npm test`: figures are printed, and a benchmark exits non-zero when it misses its budget.
 *
 *   npm run bench                           every area
 *   npm run bench -- search                 the areas whose file name contains "search"
 *   npm run bench -- search --sizes=10,100  options after the names go to each benchmark
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const options = args.filter((a) => a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark in scripts/bench/ matches ${filters.join(', ') || '*.mjs'}`);
  process.exit(1);
}
const failed = [];
for (const f of files) {
  console.log(`\n=== bench: ${f} ===`);
  const r = spawnSync(process.execPath, [join(dir, f), ...options], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) failed.push(f);
}
console.log(`\nbenchmarks: ${files.length - failed.length} ran within budget, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
process.exit(failed.length ? 1 : 0);
