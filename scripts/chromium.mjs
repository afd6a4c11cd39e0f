/**
 * `ensureChromium()`: the Chromium of src/lib/chromium-fs.ts, or, when none is found, one got for
 * `npm test` (Playwright's installer where the internet is reachable, Debian's package where
 * apt-get is usable). `node scripts/chromium.mjs` prints its path.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from '../src/lib/chromium-fs.ts';

// The benchmarks import the finder from here.
export { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium-fs.ts';

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
}

export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  console.log('No Chromium found: trying to install one.');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    const p = await findChromium();
    if (p) return p;
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = root ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  if (spawnSync('which', ['apt-get']).status === 0) {
    run(apt[0], [...apt.slice(1), 'update']);
    if (run(apt[0], [...apt.slice(1), 'install', '-y', 'chromium'])) {
      const p = await findChromium();
      if (p) return p;
    }
  }
  console.error('No Chromium or Chrome could be found or installed: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await ensureChromium());
}
