/**
 * The automatic checks of fixtures.ts can fail: each test here breaks one rule on purpose and is
 * marked `test.fail()`, so it passes only if the check catches the breach.
 */
import { test } from './fixtures.ts';

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
