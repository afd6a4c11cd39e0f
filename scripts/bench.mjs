/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (one file per measured area), one after
 * the other so they do not compete for the CPU. `npm run bench -- legal` runs only the files whose
 * name contains "legal". Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
const filters = process.argv.slice(2);
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
  const r = spawnSync(process.execPath, [join(dir, f)], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) failed.push(f);
}
console.log(`\nbenchmarks: ${files.length - failed.length} ran, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
process.exit(failed.length ? 1 : 0);
