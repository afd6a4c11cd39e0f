/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (one file per measured area; helpers live
 * in scripts/bench/lib/), one after the other so they do not compete for the CPU. Figures are
 * printed, and a benchmark exits non-zero when it misses its budget.
 *
 *   npm run bench                           every area
 *   npm run bench -- search                 the areas whose file name contains "search"
 *   npm run bench -- search --sizes=10,100  options after the names go to each benchmark
 *   npm run bench -- --smoke                every area at a small size, budgets not checked: proves
 *                                           each benchmark still runs (a step of `npm test`)
 *
 * In a smoke run, the benchmarks that read a finished site (booklet, letter pages, Lighthouse, search) share
 * one build of the fixture site (tests/fixtures/site), made first in a temporary folder, or the one the fixture
 * builds left in FIXTURE_OUT (`npm test` runs them just before).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from './bench/lib/astro-build.mjs';

const dir = join(import.meta.dirname, 'bench');
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const options = args.filter((a) => a.startsWith('--'));
const smoke = options.includes('--smoke');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark in scripts/bench/ matches ${filters.join(', ') || '*.mjs'}`);
  process.exit(1);
}

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const env = { ...process.env };
let shared;
// Under `npm test`, the fixture builds (tests/build/) leave the same build in FIXTURE_OUT: read it, don't rebuild.
const built = process.env.FIXTURE_OUT && existsSync(join(process.env.FIXTURE_OUT, 'index.html')) ? process.env.FIXTURE_OUT : undefined;
if (smoke && built) {
  env.OUT_DIR = built;
  console.log(`smoke: the fixture site built by the fixture builds, in ${built}`);
} else if (smoke) {
  const started = performance.now();
  shared = mkdtempSync(join(tmpdir(), 'sc-bench-smoke-'));
  try {
    await astroBuild({ content: join(import.meta.dirname, '../tests/fixtures/site/content'), out: shared });
  } catch (e) {
    rmSync(shared, { recursive: true, force: true });
    console.error(`smoke: the fixture site did not build: ${e.message}`);
    process.exit(1);
  }
  env.OUT_DIR = shared;
  console.log(`smoke: fixture site built in ${seconds(started)} into ${shared}`);
}

const failed = [];
try {
  for (const f of files) {
    console.log(`\n=== bench: ${f}${smoke ? ' (smoke)' : ''} ===`);
    const started = performance.now();
    const r = spawnSync(process.execPath, [join(dir, f), ...options], { stdio: 'inherit', env });
    if (r.status !== 0) failed.push(f);
    console.log(`=== ${f}: ${r.status === 0 ? 'ok' : 'FAILED'} (${seconds(started)})`);
  }
} finally {
  if (shared) rmSync(shared, { recursive: true, force: true });
}
const ran = files.length - failed.length;
console.log(smoke
  ? `\nbench smoke: ${ran} passed, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`
  : `\nbenchmarks: ${ran} ran within budget, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
process.exit(failed.length ? 1 : 0);
