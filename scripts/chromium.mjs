/**
 * Finds a Chromium for the browser tests and the booklet PDF: CHROMIUM_PATH, then a system
 * Chromium or Chrome, then Playwright's own browser. `ensureChromium()` also tries to get one
 * (Playwright's installer where the internet is reachable, Debian's package where apt-get is usable).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

/** Flags that keep Chromium quiet and offline: no background requests to any server. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function playwrightBrowser() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return SYSTEM.find((p) => existsSync(p)) ?? (await playwrightBrowser());
}

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
