/**
 * Shared Playwright fixtures, applied to every test automatically (`auto: true`): each page a test
 * opens records requests that leave the site's origin, console errors and page errors, and the test
 * fails if there are any. Every spec imports `test` from here, never from '@playwright/test'.
 * A test that provokes an error on purpose lists it: `test.use({ expectedConsoleErrors: [/…/] })`.
 *
 * The tests of a worker share one browser context (`reuseContext` in playwright.config.ts). Playwright resets it
 * between tests (cookies, HTTP cache, local and session storage, IndexedDB, service workers, extra pages, routes,
 * init scripts, viewport and emulation); `cleanSlate` below clears what that reset leaves: permissions, offline
 * mode, and the site's storage of every kind (the Cache API's caches among them). A test that needs a context of
 * its own (scripts off, another locale) gets one through `test.use`, or makes it with `browser.newContext()`.
 */
import { test as base, expect } from '@playwright/test';

interface Checks {
  cleanSlate: void;
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
  cleanSlate: [async ({ context, page, baseURL }, use) => {
    await use();
    await context.setOffline(false);
    await context.clearPermissions();
    if (page.isClosed()) return;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'all' });
    await cdp.detach();
  }, { auto: true }],
});

export { expect };
