/**
 * Lighthouse (mobile: emulated phone, simulated slow 4G and CPU) on the home page, the heaviest
 * article, fiche and letter, the search page and the booklets: the four scores of each (goal: 100 everywhere), and the
 * audits that cost points. Each page runs LIGHTHOUSE_RUNS times (default 3) and the median run is
 * kept, as Lighthouse advises: on a busy machine one run's blocking time can be far off.
 * About 10 s a run. `npm run bench -- lighthouse`; `--smoke`: the home page, one run, the SEO
 * category only, no screenshot, at most 4 s waiting for the page to settle (it proves the chain works).
 * `--pages=/livret/,/livret/essentiel/`: only those pages (by path), e.g. to measure one change on a busy machine.
 * Pages are served gzipped, as a host does; `--uncompressed` serves the raw files (the figures before November 2026).
 */
import { runIfMain } from './lib/measurements.mjs';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { serve } from '../serve.mjs';

const SMOKE = process.argv.includes('--smoke');
const CATEGORIES = SMOKE ? ['seo'] : ['performance', 'accessibility', 'best-practices', 'seo'];
// On a busy machine the page never looks idle enough to Lighthouse: a smoke run stops waiting after 4 s.
// It also runs only three of the SEO audits (title, description, status code): the chain is the same, and
// Lighthouse then runs only the gatherers they need (about 3 s instead of 10 on this machine).
const SMOKE_SETTINGS = {
  throttlingMethod: 'provided', disableFullPageScreenshot: true, maxWaitForLoad: 4000, pauseAfterFcpMs: 0, pauseAfterLoadMs: 0,
  onlyAudits: ['document-title', 'meta-description', 'http-status-code'],
};
const RUNS = SMOKE ? 1 : Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const score = (lhr, c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);

/** The page of a kind (articles, fiches, lettres) with the largest HTML: the worst case a reader meets. */
function heaviest(dist, kind) {
  const dir = join(dist, kind);
  if (!existsSync(dir)) return undefined;
  const sized = readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'index.html')))
    .map((slug) => ({ slug, size: statSync(join(dir, slug, 'index.html')).size }))
    .sort((a, b) => b.size - a.size);
  return sized[0] && `/${kind}/${sized[0].slug}/`;
}

/** Starts a headless Chromium with a DevTools port for Lighthouse; resolves to { port, close }. */
function launch(chromium) {
  const profile = mkdtempSync(join(tmpdir(), 'sc-lighthouse-'));
  const proc = spawn(chromium, ['--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const close = async () => {
    if (proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => { close(); fail(new Error(`Chromium gave no DevTools port in 30 s:\n${err}`)); }, 30_000);
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) { clearTimeout(timer); ok({ port: Number(m[1]), close }); }
    });
    proc.once('exit', (code) => { clearTimeout(timer); fail(new Error(`Chromium exited (${code}):\n${err}`)); });
  });
}

export async function run({ chromium, dist }) {
  if (!chromium) throw new Error('No Chromium found: set CHROMIUM_PATH (Lighthouse drives Chromium).');
  const all = [['home', '/'], ['article', heaviest(dist, 'articles')], ['fiche', heaviest(dist, 'fiches')], ['letter', heaviest(dist, 'lettres')], ['search', '/recherche/'], ['booklet', '/livret/'], ['essential booklet', '/livret/essentiel/'], ['pocket card', '/livret/carte/'], ['composer', '/livret/composer/']];
  const only = process.argv.find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',').filter(Boolean);
  const pages = SMOKE ? all.slice(0, 1) : only ? all.filter(([, path]) => only.includes(path)) : all;
  if (pages.length === 0) throw new Error(`--pages: none of ${only?.join(', ')} is among ${all.map(([, p]) => p).join(', ')}`);
  // Compressed, as the deployed site serves every page (deploy/nginx: .br/.gz written by the build) and
  // as the other benchmarks count bytes on the wire. Uncompressed, the 0.77 MB full guide alone took
  // 3.8–4.7 s to first paint on the simulated slow 4G (score 69–79), although no reader ever gets it so.
  const server = await serve(dist, 0, { gzip: !process.argv.includes('--uncompressed') });
  const browser = await launch(chromium);
  const rows = {};
  const lost = [];
  try {
    for (const [name, path] of pages) {
      if (!path || !existsSync(join(dist, path, 'index.html'))) {
        rows[name] = { page: path ?? '—', note: 'not in this build' };
        continue;
      }
      const started = performance.now();
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const { lhr } = await lighthouse(`${server.url}${path}`, {
          port: browser.port, output: 'json', logLevel: process.env.LH_LOG ?? 'error', onlyCategories: CATEGORIES, ...(SMOKE ? SMOKE_SETTINGS : {}),
        });
        if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        runs.push(lhr);
      }
      // The median run by performance, the only score that varies from run to run.
      const lhr = runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(runs.length / 2)];
      rows[name] = { page: path };
      for (const c of CATEGORIES) rows[name][c] = score(lhr, c);
      if (!SMOKE) rows[name]['perf. of each run'] = runs.map((r) => score(r, 'performance')).join(' ');
      rows[name]['s/run'] = ((performance.now() - started) / 1000 / RUNS).toFixed(1);
      // What costs points: scored audits below their best, in each category.
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c].auditRefs) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) {
            lost.push(`${path} ${c}: ${a.title} (${a.displayValue ?? `score ${a.score}`})`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (Object.values(rows).every((r) => r.note)) throw new Error(`none of ${pages.map(([, p]) => p ?? '—').join(', ')} is in ${dist}`);
  console.table(rows);
  console.log(`Median of ${RUNS} run(s) a page; load average during the runs: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine.`);
  console.log(lost.length ? `Audits that cost points:\n  ${lost.join('\n  ')}` : 'No audit costs a point.');
}

await runIfMain(import.meta, run, { needsBuild: true });
