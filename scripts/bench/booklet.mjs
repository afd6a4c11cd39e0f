/**
 * Printed matter: the whole build with every PDF (the booklets, their imposed copies, each fiche and
 * letter, the pocket card) timed end to end (budget 40 s on a 2-core machine), then the PDF step
 * alone 3 times on a build without PDFs. Reports page and sheet counts, sizes and the machine's load:
 * on a shared machine, slow runs measure the neighbours, so budgets apply to the fastest run.
 * Builds into temporary folders (CONTENT_DIR is honoured).
 * `--smoke`: no build; one PDF step on a copy of the build in OUT_DIR or dist/ (the fixture site's,
 * built without PDFs, when the smoke runner made it).
 */
import { runIfMain } from './lib/measurements.mjs';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../chromium.mjs';
import { buildBookletPdfs } from '../../src/integrations/booklet-pdf.ts';

const s = (ms) => Number((ms / 1000).toFixed(2));

function build(out, env = {}) {
  const started = Date.now();
  const r = spawnSync('npx', ['astro', 'build'], { env: { ...process.env, OUT_DIR: out, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return Date.now() - started;
}

export default async function run({ smoke = false, dist } = {}) {
  const RUNS = smoke ? 1 : 3;
  const chromium = await findChromium();
  if (!chromium) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  const full = mkdtempSync(join(tmpdir(), 'sc-bench-print-'));
  const bare = mkdtempSync(join(tmpdir(), 'sc-bench-print-bare-'));
  try {
    const load = loadavg()[0];
    let whole;
    if (smoke) {
      // The PDFs are written into the build: work on a copy, never on the site's dist/.
      cpSync(dist, bare, { recursive: true });
    } else {
      whole = build(full);
      build(bare, { SKIP_PDF: '1' });
    }
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await buildBookletPdfs(bare, chromium));
    const fastest = [...runs].sort((a, b) => a.timings.total - b.timings.total)[0];
    const last = runs.at(-1);
    const rows = [
      ...(whole === undefined ? [] : [{ name: 'whole build with every PDF', value: s(whole), unit: 's', budget: 40 }]),
      { name: `PDF step alone, fastest of ${RUNS}`, value: s(fastest.timings.total), unit: 's' },
      { name: '  fiche, letter and card PDFs (2 at a time)', value: s(fastest.timings.pages), unit: 's' },
    ];
    for (const b of last.booklets) {
      const timing = fastest.booklets.find((x) => x.fichier === b.fichier).timings;
      rows.push(
        { name: `${b.titre}: A5 pages`, value: b.a5.pages, unit: 'pages', ...(b.fichier === 'essentiel' ? { budget: 32 } : {}) },
        { name: `${b.titre}: A4 sheets (sides / 2)`, value: b.a4.pages / 2, unit: 'sheets', ...(b.fichier === 'essentiel' ? { budget: 8 } : {}) },
        { name: `${b.titre}: Paged.js layout`, value: s(timing.layout), unit: 's' },
        { name: `${b.titre}: A5 PDF size`, value: Number((b.a5.bytes / 1e6).toFixed(2)), unit: 'MB', budget: 2 },
      );
    }
    const fiches = last.pages.filter((p) => p.kind === 'fiche');
    rows.push(
      { name: 'largest fiche PDF', value: Math.max(...fiches.map((f) => f.pages)), unit: 'A4 pages', budget: 2 },
      { name: 'letter PDFs', value: last.pages.filter((p) => p.kind === 'lettre').length, unit: 'files' },
      { name: `machine load at start (1 min average, ${cpus().length} cores)`, value: Number(load.toFixed(2)), unit: '' },
    );
    return rows;
  } finally {
    rmSync(full, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

await runIfMain(import.meta, run, { needsBuild: process.argv.includes('--smoke') });
