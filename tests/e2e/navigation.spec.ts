import { test, expect } from './fixtures.ts';

test('home → theme → article by clicking, and the article shows its summary, date and sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const themeLink = page.locator('#themes ~ ul a, section[aria-labelledby="themes"] h3 a').first();
  const themeName = (await themeLink.textContent())!.trim();
  await themeLink.click();
  await expect(page.locator('h1')).toHaveText(themeName);
  const articleLink = page.locator('main .cards h3 a').first();
  const articleTitle = (await articleLink.textContent())!.trim();
  await articleLink.click();
  await expect(page.locator('h1')).toHaveText(articleTitle);
  await expect(page.locator('.breadcrumb')).toContainText(themeName);
  await expect(page.locator('.verified time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  expect(await page.locator('.essentiel li').count()).toBeGreaterThanOrEqual(3);
  expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.sources')).toContainText('source officielle');
  await expect(page.locator('.lead')).not.toBeEmpty();
});

test('keyboard only: the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/themes/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#contenu')).toBeFocused();
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(inMain).toBe(true);
});

test('an article link can be followed with the keyboard alone', async ({ page }) => {
  await page.goto('/themes/');
  const first = page.locator('main section a[href^="/articles/"]').first();
  const href = await first.getAttribute('href');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('no cookie is set and nothing is stored while browsing', async ({ page, context }) => {
  await page.goto('/');
  await page.locator('main a[href^="/themes/"]').first().click();
  await page.locator('main a[href^="/articles/"]').first().click();
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  expect(stored).toBe(0);
});

test.describe('a missing page', () => {
  // Chromium logs the 404 status of the page itself; anything else is still an error.
  test.use({ expectedConsoleErrors: [/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/] });

  test('the 404 page is in French and links home', async ({ page }) => {
    const res = await page.goto('/page-qui-n-existe-pas/');
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page introuvable');
    await expect(page.locator('main a[href="/"]')).toBeVisible();
  });
});
