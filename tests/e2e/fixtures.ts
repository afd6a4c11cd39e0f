/**
 * Shared Playwright fixtures, applied to every test automatically (`auto: true`): each page a test
 * opens records requests that leave the site's origin, console errors and page errors, and the test
 * fails if there are any. Every spec imports `test` from here, never from '@playwright/test'.
 * A test that provokes an error on purpose lists it: `test.use({ expectedConsoleErrors: [/…/] })`.
 */
import { test as base, expect } from '@playwright/test';

interface Checks {
  /** Console messages a test expects (a 404 it requests on purpose), as patterns. */
  expectedConsoleErrors: RegExp[];
  offsite: string[];
  consoleErrors: string[];
}

export const test = base.extend<Checks>({
  expectedConsoleErrors: [[], { option: true }],
  offsite: [async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const offsite: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
      if (new URL(url).origin !== origin) offsite.push(url);
    });
    await use(offsite);
    expect(offsite, 'requests to another origin').toEqual([]);
  }, { auto: true }],
  consoleErrors: [async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    const unexpected = (text: string) => !expectedConsoleErrors.some((re) => re.test(text));
    page.on('console', (msg) => { if (msg.type() === 'error' && unexpected(msg.text())) errors.push(msg.text()); });
    page.on('pageerror', (err) => { if (unexpected(err.message)) errors.push(err.message); });
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  }, { auto: true }],
});

export { expect };
