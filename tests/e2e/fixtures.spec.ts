/**
 * The automatic checks of fixtures.ts can fail: each test here breaks one rule on purpose and is
 * marked `test.fail()`, so it passes only if the check catches the breach. The last one proves the same of
 * the accessibility check every spec uses (axe.ts).
 */
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';

test('a console error fails the test that caused it', async ({ page }) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() => console.error('deliberate error'));
});

test('an uncaught page error fails the test that caused it', async ({ page }) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() => { setTimeout(() => { throw new Error('deliberate page error'); }); });
  await page.waitForTimeout(100);
});

test('a request to another origin fails the test that made it', async ({ page }) => {
  test.fail();
  // A closed port on another loopback address: the request is made, and nothing leaves the machine.
  await page.goto('http://127.0.0.2:9/').catch(() => undefined);
});

test('axeViolations finds what axe should find, in both colour schemes, and reads nothing it is told to leave out', async ({ page }) => {
  await page.goto('/');
  // Broken on purpose, on a page of the site: an image without text, and grey text on grey.
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'broken';
    box.innerHTML = '<img src="/favicon.svg"><p>Texte peu lisible</p>';
    // Through the CSSOM: the site's content security policy refuses style attributes.
    Object.assign(box.querySelector('p')!.style, { color: '#777', background: '#888' });
    document.querySelector('main')!.append(box);
  });
  const backgrounds = new Set<string>();
  for (const colorScheme of ['light', 'dark'] as const) {
    // As the quality spec switches a loaded page: the site's colours follow (CSS media queries only).
    await page.emulateMedia({ colorScheme });
    backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    const ids = (await axeViolations(page)).map((v) => v.id).sort();
    expect(ids, colorScheme).toEqual(['color-contrast', 'image-alt']);
  }
  expect(backgrounds.size, 'the page background changes with the scheme').toBe(2);
  expect(await axeViolations(page, ['#broken'])).toEqual([]);
});

test.describe('one context per worker, left clean between tests', () => {
  // Serial: both tests run in this order in one worker, so the second gets the context the first used.
  test.describe.configure({ mode: 'serial' });

  test('a test that stores data, grants a permission and goes offline…', async ({ page, context, baseURL }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      localStorage.setItem('left', '1');
      sessionStorage.setItem('left', '1');
      document.cookie = 'left=1; path=/';
      await (await caches.open('left')).put('/left', new Response('left'));
      await new Promise((done) => { indexedDB.open('left').onsuccess = done; });
    });
    await context.grantPermissions(['clipboard-read'], { origin: baseURL! });
    await context.setOffline(true);
  });

  test('…leaves nothing for the next test of its worker', async ({ page }) => {
    // History is the one thing the reset keeps: it shows that this is the context the test above used.
    expect(await page.evaluate(() => history.length), 'the context was reused').toBeGreaterThan(1);
    await page.goto('/');
    expect(await page.evaluate(async () => ({
      online: navigator.onLine,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      caches: await caches.keys(),
      databases: (await indexedDB.databases()).map((d) => d.name),
      clipboard: (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
    }))).toEqual({ online: true, local: 0, session: 0, cookie: '', caches: [], databases: [], clipboard: 'prompt' });
  });
});
