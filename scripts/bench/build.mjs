/**
 * Build speed, and what the project's remark/rehype plugins (French typography, heading ids and
 * anchors, external links, glossary links) add to it: for N synthetic articles with the site's real
 * glossary, the build with the plugins and with `MARKDOWN_PLUGINS=off` (Astro's own Markdown
 * pipeline only), interleaved, best of BUILD_RUNS runs (default 2) each. Content sync is where the
 * Markdown is rendered; the budget: the plugins add at most 30 % to it at N = 1,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from './lib/astro-build.mjs';
import { writeSyntheticSite } from './lib/generate.mjs';
import { runIfMain } from './lib/measurements.mjs';

export const BUDGET = { size: 1000, overheadPercent: 30 };

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

export async function run({ sizes, smoke = false } = {}) {
  sizes ??= smoke ? [3] : [100, 1000];
  const runs = smoke ? 1 : Math.max(1, Number(process.env.BUILD_RUNS ?? 2));
  const rows = [];
  for (const n of sizes) {
    const content = writeSyntheticSite(n, { glossary: 'real' });
    const best = { on: undefined, off: undefined };
    try {
      for (let r = 0; r < runs; r++) {
        for (const mode of ['on', 'off']) {
          const out = mkdtempSync(join(tmpdir(), `sc-bench-build-${n}-`));
          try {
            const b = await astroBuild({ content, out, env: mode === 'off' ? { MARKDOWN_PLUGINS: 'off' } : {} });
            console.log(`build: ${n} articles, plugins ${mode}, run ${r + 1}: ${s(b.ms)}, CPU ${s(b.cpuMs)}; content sync ${s(b.syncMs)}, CPU ${s(b.syncCpuMs)}`);
            const prev = best[mode] ?? {};
            best[mode] = Object.fromEntries(['ms', 'cpuMs', 'syncMs', 'syncCpuMs'].map((k) => [k, Math.min(prev[k] ?? Infinity, b[k])]));
          } finally {
            rmSync(out, { recursive: true, force: true });
          }
        }
      }
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
    // On CPU time: wall time on a shared machine measures the neighbours as much as the build.
    const overhead = ((best.on.syncCpuMs - best.off.syncCpuMs) / best.off.syncCpuMs) * 100;
    rows.push({ n, on: best.on, off: best.off, overhead });
  }

  const table = [
    '| articles | build, plugins on: wall (CPU) | plugins off: wall (CPU) | content sync, plugins on: wall (CPU) | plugins off: wall (CPU) | plugins add to content sync (CPU) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${s(r.on.ms)} (${s(r.on.cpuMs)}) | ${s(r.off.ms)} (${s(r.off.cpuMs)}) | `
      + `${s(r.on.syncMs)} (${s(r.on.syncCpuMs)}) | ${s(r.off.syncMs)} (${s(r.off.syncCpuMs)}) | ${r.overhead.toFixed(0)} % |`),
  ];
  const big = rows.find((r) => r.n === BUDGET.size);
  return {
    title: 'Build',
    table,
    notes: `Best of ${runs} run(s) each, plugins on and off interleaved; \`astro build --force\`, PDFs skipped. `
      + 'CPU: time the build process spent on the CPU (Pagefind\'s own process not counted), from a probe preloaded into it. '
      + `Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (others' work inflates both columns).`,
    checks: big ? [{
      name: `the plugins add at most ${BUDGET.overheadPercent} % to content sync at N = ${BUDGET.size.toLocaleString('en')}`,
      ok: big.overhead <= BUDGET.overheadPercent,
      value: `${big.overhead.toFixed(0)} %`,
    }] : [],
  };
}

await runIfMain(import.meta, run);
