import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './src/lib/chromium-fs.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  forbidOnly: true,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'fr-FR',
    // One browser context per worker, reset between tests (Playwright's reset, then tests/e2e/fixtures.ts clears
    // what it leaves): a new context starts a new renderer process, about 0.6 core-second each on this machine.
    reuseContext: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs ${process.env.OUT_DIR ?? 'dist'} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
