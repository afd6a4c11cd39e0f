/**
 * Finds a Chromium for the booklet PDF, the browser tests and the benchmarks: CHROMIUM_PATH, then a
 * system Chromium or Chrome, then Playwright's own browser. Getting one when none is found is
 * `ensureChromium()` in scripts/chromium.mjs (it may run an installer, which the build never does).
 */
import { existsSync } from 'node:fs';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

/** Flags that keep Chromium quiet and offline: no background requests to any server. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function playwrightBrowser(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The executable to use, or undefined; a CHROMIUM_PATH that does not exist is an error. */
export async function findChromium(): Promise<string | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return SYSTEM.find((p) => existsSync(p)) ?? (await playwrightBrowser());
}
