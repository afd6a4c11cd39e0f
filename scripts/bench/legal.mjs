/**
 * Legal watch: what reading the official codes costs. For each code of @socialgouv/legi-data, the
 * time and peak memory of building its index from the JSON file (cold cache) and of reading the
 * cached index (warm); then a whole build of the site (CONTENT_DIR, or the fixture site) with a
 * cold and a warm cache, and the time the legal watch itself reports in that build.
 * Each measure runs in a fresh process, with its own temporary cache folder.
 * `--smoke`: the smallest code only, cold and warm, and no whole build (the smoke runner's other
 * benchmarks build the site).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
const lib = pathToFileURL(join(ROOT, 'src/lib/legi-data-fs.ts')).href;
const { LEGAL_CODES } = await import(pathToFileURL(join(ROOT, 'src/lib/legal-codes.ts')).href);
const { legiSource, readDataDate } = await import(lib);

const smoke = process.argv.includes('--smoke');
const source = legiSource();
const content = process.env.CONTENT_DIR ?? join(ROOT, 'tests/fixtures/site/content');
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** Loads one code's index in a new process; returns its own timing and the process's peak memory. */
function loadInChild(legiText, cache) {
  const script = `
    const { legiSource, loadCodeIndex } = await import(${JSON.stringify(lib)});
    const r = loadCodeIndex(legiSource(), ${JSON.stringify(legiText)}, ${JSON.stringify(cache)});
    console.log(JSON.stringify({ ms: r.ms, cached: r.cached, articles: Object.keys(r.index.articles).length, maxRSS: process.resourceUsage().maxRSS }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

/** The RSS of a process that only starts Node and imports the module, to subtract from the above. */
function baselineRss() {
  const script = `await import(${JSON.stringify(lib)}); console.log(process.resourceUsage().maxRSS);`;
  return Number(spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).stdout.trim());
}

console.log(`@socialgouv/legi-data ${source.version}, data of ${readDataDate(source).date}; Node ${process.version}\n`);
console.log(`baseline process (Node + module): ${mb(baselineRss())}`);
console.log('| code | articles | cold: build index | cold peak RSS | warm: read index | warm peak RSS |');
console.log('|---|---|---|---|---|---|');
const checked = LEGAL_CODES.filter((c) => 'legiText' in c);
// The CRPA: about 2 MB of data where the code du travail has 55.
const measured = smoke ? checked.filter((c) => c.id === 'crpa') : checked;
if (measured.length === 0) throw new Error('no legal code to measure: is the CRPA still in src/lib/legal-codes.ts?');
for (const code of measured) {
  const cache = mkdtempSync(join(tmpdir(), 'sc-bench-legi-'));
  try {
    const cold = loadInChild(code.legiText, cache);
    const warm = loadInChild(code.legiText, cache);
    if (cold.cached || !warm.cached) throw new Error(`${code.id}: cache did not behave (cold ${cold.cached}, warm ${warm.cached})`);
    console.log(`| ${code.id} | ${cold.articles} | ${cold.ms} ms | ${mb(cold.maxRSS)} | ${warm.ms} ms | ${mb(warm.maxRSS)} |`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/** One `astro build` of the content with the given cache folder: wall time and the watch's own total. */
function build(cache) {
  const out = mkdtempSync(join(tmpdir(), 'sc-bench-out-'));
  const started = performance.now();
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, SKIP_PDF: '1', LEGI_CACHE_DIR: cache },
  });
  const wall = performance.now() - started;
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  const totals = [...`${r.stdout}`.matchAll(/\[legal watch\].*?total (\d+) ms/g)].map((m) => Number(m[1]));
  return { wall: (wall / 1000).toFixed(1), watch: Math.max(0, ...totals) };
}

if (smoke) process.exit(0);

console.log(`\nwhole build of ${content}:`);
const cache = mkdtempSync(join(tmpdir(), 'sc-bench-legi-'));
try {
  const cold = build(cache);
  const warm = build(cache);
  console.log('| cache | build wall time | added by the legal watch (its own timer) |');
  console.log('|---|---|---|');
  console.log(`| cold | ${cold.wall} s | ${cold.watch} ms |`);
  console.log(`| warm | ${warm.wall} s | ${warm.watch} ms |`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
