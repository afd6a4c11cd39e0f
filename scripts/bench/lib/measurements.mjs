/** Prints a list of measurements `{ name, value, unit, budget? }`; returns how many are over budget. */
export function printMeasurements(results) {
  let over = 0;
  for (const r of results) {
    const fail = r.budget !== undefined && r.value > r.budget;
    if (fail) over++;
    const budget = r.budget === undefined ? '' : ` (budget ${r.budget} ${r.unit}${fail ? ': OVER' : ''})`;
    console.log(`${r.name.padEnd(44)} ${String(r.value).padStart(10)} ${r.unit}${budget}`);
  }
  return over;
}

/** Runs a benchmark module's default export when the file is run directly (as scripts/bench.mjs does). */
export async function runIfMain(meta, run) {
  if (meta.url !== `file://${process.argv[1]}`) return;
  process.exit(printMeasurements(await run()) ? 1 : 0);
}
