/** « Copier le lien » on a letter page copies the page's address; the share links load nothing. */
import { test, expect } from './fixtures.ts';

test('a letter\'s « Copier le lien » copies its address, and nothing is requested until then', async ({ page, context, baseURL, offsite, consoleErrors }) => {
  void offsite; void consoleErrors;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const index = await (await page.request.get('/lettres/')).text();
  const path = /href="(\/lettres\/[^"/]+\/)"/.exec(index)![1]!;
  await page.goto(path);
  const button = page.getByRole('button', { name: 'Copier le lien' });
  await expect(button).toBeVisible();
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^https://[^/]+${path.replace(/\//g, '\\/')}$`));
  await expect(page.locator('[data-letter-status]')).toContainText('Lien copié');
  await expect(page.getByRole('link', { name: 'Par WhatsApp (site externe)' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
});
