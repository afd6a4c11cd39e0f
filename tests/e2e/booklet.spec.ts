import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

test('the booklet page: cover, contents whose every link leads somewhere, parts, and no search indexing', async ({ page }) => {
  await page.goto('/livret/');
  await expect(page.locator('h1')).toHaveText('Sous contrôle');
  await expect(page.locator('.cover .edition time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const targets = await page.locator('nav.toc a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  expect(targets.length).toBeGreaterThan(3);
  for (const id of targets) await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
  expect(await page.locator('section.part').count()).toBeGreaterThan(0);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  // Following a link of the contents lands on the page.
  await page.locator('nav.toc .toc-part > a').first().click();
  await expect(page.locator(`[id="${targets[1]}"]`)).toBeInViewport();
});

test('the PDF links: with PDFs, each gives size and page count and the file is served; without, there is none', async ({ page, request }) => {
  for (const path of ['/livret/', '/']) {
    await page.goto(path);
    const links = page.locator('a[href$=".pdf"]');
    if ((await links.count()) === 0) {
      // Built without Chromium or with SKIP_PDF=1: the booklet page tells how to print it instead.
      if (path === '/livret/') await expect(page.locator('.print-box')).toContainText('Imprimer');
      continue;
    }
    await expect(links).toHaveCount(2);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const facts = page.locator(`a[href="${href}"] + .pdf-facts`);
      await expect(facts).toHaveText(/^\(PDF, \d+\u00A0pages, [\d,]+\u00A0(ko|Mo)\)$/);
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.body();
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    }
  }
});

test('printed, the booklet page uses its own stylesheet: no site furniture, 10 pt text, page breaks before parts', async ({ page }) => {
  await page.goto('/livret/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.print-box')).toBeHidden();
  const styles = await page.evaluate(() => ({
    body: parseFloat(getComputedStyle(document.body).fontSize),
    part: getComputedStyle(document.querySelector('section.part')!).breakBefore,
    cover: getComputedStyle(document.querySelector('.cover')!).breakAfter,
  }));
  expect(styles.body).toBeCloseTo((10 * 96) / 72, 2);
  expect([styles.part, styles.cover]).toEqual(['page', 'page']);
});

test('the booklet page has no detectable accessibility violation (WCAG 2.2 AA)', async ({ page }) => {
  // The page holds every article: axe takes tens of seconds on a busy machine.
  test.setTimeout(180_000);
  await page.goto('/livret/');
  // Article bodies are the same Markdown output as on their own pages; the booklet's own parts are all checked.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('.booklet .prose')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
