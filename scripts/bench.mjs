/**
 * `npm run bench`: benchmarks, one file per measured area in scripts/bench/, never part of
 * `npm test`. Each area returns a Markdown table and its budget checks; this driver prints them
 * and exits non-zero when a budget is missed.
 *
 *   npm run bench                      every area, default sizes
 *   npm run bench -- search            one area
 *   npm run bench -- search --sizes=10,100
 */
const AREAS = {
  search: () => import('./bench/search.mjs'),
};

const args = process.argv.slice(2);
const sizesArg = args.find((a) => a.startsWith('--sizes='));
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : undefined;
if (sizes && sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes expects whole numbers separated by commas, got "${sizesArg}"`);
  process.exit(2);
}
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in AREAS));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}. Known: ${Object.keys(AREAS).join(', ')}.`);
  process.exit(2);
}

let failed = 0;
for (const name of names.length ? names : Object.keys(AREAS)) {
  const area = await AREAS[name]();
  const result = await area.run(sizes ? { sizes } : {});
  console.log(`\n## ${result.title}\n\n${result.table.join('\n')}\n\n${result.notes}\n`);
  for (const c of result.checks) {
    console.log(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.value}`);
    if (!c.ok) failed += 1;
  }
}
console.log(failed ? `\nbudgets: ${failed} missed` : '\nbudgets: all met');
process.exit(failed ? 1 : 0);
