/**
 * `npm run bench`: runs every benchmark in scripts/bench/, in name order, or those whose file name
 * contains a word given (`npm run bench -- lighthouse`). A benchmark is a module that exports
 * `async function run({ root, chromium, dist, args })` and prints its own table; modules without
 * `run` are helpers and are skipped. `run` may also return { title, table: string[], notes, checks:
 * [{ name, value, ok }] }: the driver prints it and exits with 1 when a check (a budget) fails.
 * Not part of `npm test`. Uses the last build (dist/, or OUT_DIR); builds first when there is none.
 */
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const dir = join(import.meta.dirname, 'bench');
const words = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** Options for the benchmarks themselves, e.g. `--sizes=10,100`. */
const args = process.argv.slice(2).filter((a) => a.startsWith('--'));
const benchmarks = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  if (typeof mod.run === 'function') benchmarks.push({ name: file.replace(/\.mjs$/, ''), run: mod.run });
}
const chosen = benchmarks.filter((b) => words.length === 0 || words.some((w) => b.name.includes(w)));
if (chosen.length === 0) {
  console.error(`No benchmark named like "${words.join(' ')}". There are: ${benchmarks.map((b) => b.name).join(', ')}.`);
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
for (const { name, run } of chosen) {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  try {
    const result = await run({ root, chromium, dist, args });
    if (result && Array.isArray(result.table)) {
      console.log(`\n## ${result.title ?? name}\n\n${result.table.join('\n')}\n\n${result.notes ?? ''}\n`);
      for (const c of result.checks ?? []) {
        console.log(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.value}`);
        if (!c.ok) failed++;
      }
    }
  } catch (e) {
    failed++;
    console.error(`${name} failed: ${e.stack ?? e}`);
  }
  console.log(`=== ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
console.log(failed ? `\nbench: ${failed} failed (a benchmark or a budget)` : '\nbench: all ran, every budget met');
process.exit(failed ? 1 : 0);
