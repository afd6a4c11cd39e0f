import { readFileSync } from 'node:fs'; import { gzipSync } from 'node:zlib'; import { minify } from 'csso';
for (const f of process.argv.slice(2)) { const c = readFileSync(f, 'utf8'); const m = minify(c, { restructure: true }).css; console.log(f, c.length, gzipSync(c).length, m.length, gzipSync(m).length); }
