/**
 * Preloaded into `astro build` by the build benchmark (NODE_OPTIONS=--import): prints the CPU time
 * the build process spent in content sync, and in all, as `[bench-cpu] …` lines. CPU time, unlike
 * wall time, hardly moves when other work shares the machine's two cores.
 */
const write = process.stdout.write.bind(process.stdout);
let syncStart;
process.stdout.write = (chunk, ...rest) => {
  const text = String(chunk);
  if (text.includes('[content] Syncing content')) syncStart = process.cpuUsage();
  else if (text.includes('[content] Synced content') && syncStart) {
    const d = process.cpuUsage(syncStart);
    write(`[bench-cpu] content sync ${((d.user + d.system) / 1000).toFixed(0)} ms\n`);
  }
  return write(chunk, ...rest);
};
process.once('exit', () => {
  const d = process.cpuUsage();
  write(`[bench-cpu] total ${((d.user + d.system) / 1000).toFixed(0)} ms\n`);
});
