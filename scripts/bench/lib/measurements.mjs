/**
 * What every benchmark in scripts/bench/ shares: the context it runs in, and how its result is
 * printed. A benchmark exports `run(context)`; it may print its own table and return nothing, or
 * return a list of measurements `{ name, value, unit, budget? }`, or a report
 * `{ title, table: string[], notes, checks: [{ name, value, ok }] }`. Either form is printed here,
 * and a missed budget makes the process exit with 1.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { findChromium } from '../../chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Prints a result; returns how many budgets it misses. */
export function printResult(result) {
  if (Array.isArray(result)) {
    let over = 0;
    for (const r of result) {
      const fail = r.budget !== undefined && r.value > r.budget;
      if (fail) over++;
      const budget = r.budget === undefined ? '' : ` (budget ${r.budget} ${r.unit}${fail ? ': OVER' : ''})`;
      console.log(`${r.name.padEnd(44)} ${String(r.value).padStart(10)} ${r.unit}${budget}`);
    }
    return over;
  }
  if (result && Array.isArray(result.table)) {
    console.log(`\n## ${result.title ?? ''}\n\n${result.table.join('\n')}\n\n${result.notes ?? ''}\n`);
    for (const c of result.checks ?? []) console.log(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.value}`);
    return (result.checks ?? []).filter((c) => !c.ok).length;
  }
  return 0;
}

/** The context a benchmark gets: the project root, a Chromium, the last build (built first if missing), the options. */
export async function benchContext({ needsBuild = false } = {}) {
  const dist = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
  if (needsBuild && !existsSync(join(dist, 'index.html'))) {
    console.log(`No build in ${dist}: building first.`);
    if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  const args = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const smoke = args.includes('--smoke');
  const sizesArg = args.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg?.slice('--sizes='.length).split(',').map(Number);
  if (sizes && sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`--sizes expects whole numbers separated by commas, got "${sizesArg}"`);
    process.exit(2);
  }
  return { root: ROOT, chromium: await findChromium(), dist, args, smoke, ...(sizes ? { sizes } : {}) };
}

/**
 * Runs the benchmark when its file is run directly (scripts/bench.mjs runs each file in its own process).
 * With `--smoke`, only completing counts: figures are printed, budgets are not checked (a small
 * size on a busy machine says nothing about them).
 */
export async function runIfMain(meta, run, options = {}) {
  if (meta.url !== `file://${process.argv[1]}`) return;
  const context = await benchContext(options);
  const missed = printResult(await run(context));
  if (context.smoke && missed) console.log(`(smoke run: ${missed} budget(s) not checked)`);
  process.exit(missed && !context.smoke ? 1 : 0);
}
