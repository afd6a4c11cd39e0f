import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './tests/helpers/dist.ts';
import { attr, builtPages, elements } from './tests/helpers/pages.ts';
const rows = builtPages().filter((p) => p.kind === 'article').map((p) => {
  const css = elements(p.tree, 'link').filter((l) => /\bstylesheet\b/.test(attr(l, 'rel') ?? '')).map((l) => attr(l, 'href')!).filter((h) => h.startsWith('/'))
    .reduce((t, f) => t + gzipSync(readFileSync(join(DIST, f))).length, 0);
  const html = gzipSync(p.html).length;
  const par = elements(p.tree, 'section').some((e) => /\bparcours\b/.test(attr(e, 'className') ?? ''));
  return { url: p.url, html, css, total: html + css, par };
}).sort((a, b) => b.total - a.total);
for (const r of rows.slice(0, 14)) console.log(r.total, r.html, r.css, r.par ? 'P' : '', r.url);
console.log('over 12288 (no parcours):', rows.filter((r) => !r.par && r.total > 12288).length, 'sum', rows.reduce((t, r) => t + r.total, 0));
