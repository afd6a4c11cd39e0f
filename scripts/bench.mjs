/**
 * `npm run bench`: runs every scripts/bench/*.mjs in name order, or those whose name contains the
 * word given (`npm run bench -- lighthouse`). Each module measures one area and prints its own table;
 * it exports `async function run({ root, chromium, dist })` (a module without `run` does its work when
 * imported). Not part of `npm test`: measurements are reported, never asserted.
 * Uses the last build (dist/, or OUT_DIR); builds first when there is none.
 */
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const dir = join(import.meta.dirname, 'bench');
const only = process.argv[2];
const all = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
const files = all.filter((f) => !only || f.includes(only));
if (files.length === 0) {
  console.error(`No benchmark named like "${only}". There are: ${all.map((f) => f.replace(/\.mjs$/, '')).join(', ')}.`);
  process.exit(1);
}

if (!existsSync(join(dist, 'index.html'))) {
  console.log(`No build in ${dist}: building first.`);
  if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
} else {
  console.log(`Measuring the build in ${dist} (run \`npm run build\` first to measure the current sources).`);
}
const chromium = await findChromium();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = performance.now();
  try {
    const mod = await import(pathToFileURL(join(dir, file)).href);
    if (typeof mod.run === 'function') await mod.run({ root, chromium, dist });
  } catch (e) {
    failed++;
    console.error(`${file} failed: ${e.stack ?? e}`);
  }
  console.log(`=== ${file}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
process.exit(failed ? 1 : 0);
