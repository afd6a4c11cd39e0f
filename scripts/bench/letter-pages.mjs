/**
 * What a letter page costs a reader on a slow phone: bytes of script and style it loads, raw and
 * gzipped, read from the last build (dist/). Also what the `ics` package would add to the browser
 * bundle against the hand-written src/lib/ics.ts, which is why the site does without it.
 */
import { runIfMain } from './lib/measurements.mjs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });

export async function run({ dist: DIST = process.env.OUT_DIR ?? join(ROOT, 'dist'), smoke = false } = {}) {
  if (!existsSync(join(DIST, 'lettres'))) {
    // A smoke run must measure something: a build without letters is a failure there.
    if (smoke) throw new Error(`No letters in ${DIST}.`);
    console.log(`No letters in ${DIST}: run \`npm run build\` first.`);
  } else {
    const rows = [];
    for (const slug of readdirSync(join(DIST, 'lettres'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const html = readFileSync(join(DIST, 'lettres', slug, 'index.html'));
      const assets = [...html.toString().matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="stylesheet"[^>]*\bhref)="(\/[^"]+)"/g)].map((m) => m[1]);
      // Scripts import shared chunks: follow their static imports once each.
      const seen = new Set();
      const queue = assets.filter((a) => a.endsWith('.js'));
      while (queue.length) {
        const a = queue.shift();
        if (seen.has(a)) continue;
        seen.add(a);
        const code = readFileSync(join(DIST, a), 'utf8');
        for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(`/_astro/${m[1].slice(2)}`);
      }
      const js = [...seen].map((a) => sizes(readFileSync(join(DIST, a))));
      const css = assets.filter((a) => a.endsWith('.css')).map((a) => sizes(readFileSync(join(DIST, a))));
      const sum = (list, k) => list.reduce((t, s) => t + s[k], 0);
      rows.push({ page: slug, html: kb(sizes(html).gzip), 'js files': js.length, 'js gzip': kb(sum(js, 'gzip')), 'js raw': kb(sum(js, 'raw')), 'css gzip (incl. print)': kb(sum(css, 'gzip')) });
    }
    console.table(rows);
  }

  try {
    const { build } = await import('esbuild');
    const bundle = async (contents) => {
      const r = await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent' });
      return sizes(Buffer.from(r.outputFiles[0].contents));
    };
    const pkg = await bundle("import { createEvents } from 'ics'; console.log(createEvents([{ start: [2026, 5, 20], end: [2026, 5, 21], title: 'x' }]));");
    const own = await bundle("import { calendarFile } from './src/lib/ics.ts'; console.log(calendarFile([{ uid: 'x', date: new Date(0), summary: 'x' }], new Date()));");
    console.table({ 'ics package': { raw: kb(pkg.raw), gzip: kb(pkg.gzip) }, 'src/lib/ics.ts': { raw: kb(own.raw), gzip: kb(own.gzip) } });
  } catch (e) {
    console.log(`ics comparison skipped: ${e.message}`);
  }
}

await runIfMain(import.meta, run, { needsBuild: true });
