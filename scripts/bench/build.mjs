/**
 * Build speed, and what the project's remark/rehype plugins (French typography, heading ids and
 * anchors, external links, glossary links) add to it: for N synthetic articles with the site's real
 * glossary, the build with the plugins and with `MARKDOWN_PLUGINS=off` (Astro's own Markdown
 * pipeline only), interleaved, best of BUILD_RUNS runs (default 3) each. Content sync is where the
 * Markdown is rendered; the budget: the plugins add at most 30 % to it at N = 1,000.
 * Then the same Markdown rendered in this process by Astro's renderer with and without the plugins:
 * no file reading, schema or data store around it, and steadier figures on a shared machine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { markdownPlugins } from '../../src/markdown/index.ts';
import { astroBuild } from './lib/astro-build.mjs';
import { article, writeSyntheticSite } from './lib/generate.mjs';
import { ROOT, runIfMain } from './lib/measurements.mjs';

export const BUDGET = { size: 1000, overheadPercent: 30 };

const s = (ms) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
const percent = (x) => (Number.isNaN(x) ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(0)} %`);
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * CPU milliseconds per article to render `n` synthetic articles with Astro's Markdown renderer,
 * without and with the project's plugins (the site's glossary), median of `rounds` interleaved rounds.
 */
async function renderCost(n, rounds) {
  const glossary = parse(readFileSync(join(process.env.CONTENT_DIR ?? join(ROOT, 'content'), 'glossaire.yaml'), 'utf8'))
    .map((t) => ({ id: t.id, formes: t.formes ?? [] }));
  const bodies = Array.from({ length: n }, (_, i) => article(i).replace(/^---\n[\s\S]*?\n---\n/, ''));
  const renderers = {
    off: await createMarkdownProcessor({ smartypants: false }),
    on: await createMarkdownProcessor({ ...markdownPlugins(glossary), smartypants: false }),
  };
  const times = { off: [], on: [] };
  // A first round warms the JIT up and is not counted.
  for (let r = 0; r <= rounds; r++) {
    for (const mode of ['off', 'on']) {
      const started = cpuMs();
      for (const body of bodies) await renderers[mode].render(body);
      if (r > 0) times[mode].push((cpuMs() - started) / n);
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { off: median(times.off), on: median(times.on) };
}

export async function run({ sizes, smoke = false } = {}) {
  sizes ??= smoke ? [3] : [100, 1000];
  const runs = smoke ? 1 : Math.max(1, Number(process.env.BUILD_RUNS ?? 3));
  const rows = [];
  for (const n of sizes) {
    const content = writeSyntheticSite(n, { glossary: 'real' });
    const best = { on: undefined, off: undefined };
    try {
      for (let r = 0; r < runs; r++) {
        // A smoke run builds once, without the plugins: the smoke runner's other builds have them.
        for (const mode of smoke ? ['off'] : ['on', 'off']) {
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
    const overhead = best.on ? ((best.on.syncCpuMs - best.off.syncCpuMs) / best.off.syncCpuMs) * 100 : NaN;
    rows.push({ n, on: best.on ?? {}, off: best.off, overhead });
  }
  const renderN = smoke ? 3 : 300;
  const render = await renderCost(renderN, smoke ? 1 : 5);
  const renderOverhead = ((render.on - render.off) / render.off) * 100;

  const table = [
    '| articles | build, plugins on: wall (CPU) | plugins off: wall (CPU) | content sync, plugins on: wall (CPU) | plugins off: wall (CPU) | plugins add to content sync (CPU) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${s(r.on.ms)} (${s(r.on.cpuMs)}) | ${s(r.off.ms)} (${s(r.off.cpuMs)}) | `
      + `${s(r.on.syncMs)} (${s(r.on.syncCpuMs)}) | ${s(r.off.syncMs)} (${s(r.off.syncCpuMs)}) | ${percent(r.overhead)} |`),
  ];
  const big = rows.find((r) => r.n === BUDGET.size);
  return {
    title: 'Build',
    table,
    notes: `Markdown rendering alone, in this process (${renderN} articles, CPU, median of ${smoke ? 1 : 5} rounds): `
      + `${render.off.toFixed(2)} ms an article without the plugins, ${render.on.toFixed(2)} ms with them: ${percent(renderOverhead)}.\n\n`
      + `Builds: ${smoke ? 'smoke run, plugins off only' : `best of ${runs} runs each, plugins on and off interleaved`}; \`astro build --force\`, PDFs skipped. `
      + 'CPU: time the build process spent on the CPU (Pagefind\'s own process not counted), from a probe preloaded into it. '
      + `Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (others' work inflates both columns).`,
    checks: big ? [{
      name: `the plugins add at most ${BUDGET.overheadPercent} % to content sync at N = ${BUDGET.size.toLocaleString('en')}`,
      ok: big.overhead <= BUDGET.overheadPercent,
      value: percent(big.overhead),
    }] : [],
  };
}

await runIfMain(import.meta, run);
