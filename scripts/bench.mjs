/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (or only those named:
 * `npm run bench -- booklet`). A module's default export is an async function returning its
 * measurements, `{ name, value, unit, budget? }`; the driver prints them all and exits with 1 when
 * a measurement is over its budget. Benchmarks never run inside `npm test`.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const available = readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => basename(f, '.mjs')).sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

let over = 0;
for (const name of wanted.length ? wanted : available) {
  console.log(`\n=== bench: ${name} ===`);
  const { default: run } = await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
  const results = await run();
  for (const r of results) {
    const fail = r.budget !== undefined && r.value > r.budget;
    if (fail) over++;
    const budget = r.budget === undefined ? '' : ` (budget ${r.budget} ${r.unit}${fail ? ': OVER' : ''})`;
    console.log(`${r.name.padEnd(44)} ${String(r.value).padStart(10)} ${r.unit}${budget}`);
  }
}
console.log(over ? `\n${over} measurement(s) over budget` : '\nall measurements within budget');
process.exit(over ? 1 : 0);
