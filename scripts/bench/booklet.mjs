/**
 * Booklet PDF: time to lay out and print /livret/ with Paged.js and Chromium, then impose it on A4
 * (budget 10 s on a 2-core machine), and the A5 file's size (budget 2 MB). Builds the site once,
 * without PDFs, into a temporary folder (CONTENT_DIR is honoured), then renders the PDFs 3 times.
 * The budget applies to the fastest run: on a shared machine the others measure the neighbours.
 * `--smoke`: one run, on the build in OUT_DIR or dist/ (the fixture site's, when the smoke runner made it).
 */
import { runIfMain } from './lib/measurements.mjs';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../chromium.mjs';
import { buildBookletPdfs } from '../../src/integrations/booklet-pdf.ts';

export default async function run({ smoke = false, dist } = {}) {
  const RUNS = smoke ? 1 : 3;
  const chromium = await findChromium();
  if (!chromium) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  const out = mkdtempSync(join(tmpdir(), 'sc-bench-booklet-'));
  try {
    if (smoke) {
      // The PDFs are written into the build: work on a copy, never on the site's dist/.
      cpSync(dist, out, { recursive: true });
    } else {
      const build = spawnSync('npx', ['astro', 'build'], {
        env: { ...process.env, OUT_DIR: out, SKIP_PDF: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    }
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await buildBookletPdfs(out, chromium));
    const totals = runs.map((r) => r.timings.total).sort((a, b) => a - b);
    const median = (key) => runs.map((r) => r.timings[key]).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const last = runs.at(-1);
    const s = (ms) => Number((ms / 1000).toFixed(2));
    return [
      { name: `A5 pages`, value: last.pdfs.a5.pages, unit: 'pages' },
      { name: `PDF + imposition, fastest of ${RUNS}`, value: s(totals[0]), unit: 's', budget: 10 },
      { name: `PDF + imposition, median of ${RUNS}`, value: s(totals[Math.floor(RUNS / 2)]), unit: 's' },
      { name: '  Paged.js layout (median)', value: s(median('layout')), unit: 's' },
      { name: '  Chromium print (median)', value: s(median('print')), unit: 's' },
      { name: '  pdf-lib metadata and imposition (median)', value: s(median('pdfLib')), unit: 's' },
      { name: 'A5 PDF size', value: Number((last.pdfs.a5.bytes / 1e6).toFixed(2)), unit: 'MB', budget: 2 },
      { name: 'A4 imposed PDF size', value: Number((last.pdfs.a4.bytes / 1e6).toFixed(2)), unit: 'MB' },
      { name: `machine load (1 min average, ${cpus().length} cores)`, value: Number(loadavg()[0].toFixed(2)), unit: '' },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

await runIfMain(import.meta, run, { needsBuild: process.argv.includes('--smoke') });
