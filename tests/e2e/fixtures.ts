/**
 * Shared Playwright fixture: every page a test opens records requests that leave the site's
 * origin, console errors and page errors, and the test fails if there are any.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ offsite: string[]; consoleErrors: string[] }>({
  offsite: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const offsite: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
      if (new URL(url).origin !== origin) offsite.push(url);
    });
    await use(offsite);
    expect(offsite, 'requests to another origin').toEqual([]);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
