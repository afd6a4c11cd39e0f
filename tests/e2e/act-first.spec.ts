/**
 * Action first on a 360 × 800 phone (issue #13): on every letter page the form's first field starts
 * within two screens; on the search page the first result's title is in view after typing « radiation »,
 * the filters are folded behind « Filtrer », the keyboard tip is for fine pointers only; a long article
 * prints its « Sur cette page » list open (checked in a real PDF).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { DIST } from '../helpers/dist.ts';

const PHONE = { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true };
/** Two phone screens: the first field of a letter form must start above this line. */
const FIRST_FIELD_MAX = 1600;

const LETTERS = readdirSync(join(DIST, 'lettres'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

test.describe('on a 360 × 800 phone', () => {
  test.use(PHONE);

  test('every letter page starts its form within two screens', async ({ page, offsite, consoleErrors }) => {
    expect(LETTERS.length).toBeGreaterThan(0);
    const tops: string[] = [];
    for (const slug of LETTERS) {
      await page.goto(`/lettres/${slug}/`);
      const field = page.locator('#formulaire').locator('input, textarea').first();
      await expect(field).toBeVisible();
      const top = await field.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      tops.push(`${slug} ${Math.round(top)}`);
      expect(top, `/lettres/${slug}/: first field at ${Math.round(top)} px`).toBeLessThanOrEqual(FIRST_FIELD_MAX);
      // The deadline comes before the form; the checklist is folded on screen.
      const deadline = await page.locator('.fact-deadline').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(deadline).toBeLessThan(top);
      const checks = page.locator('details.remarques');
      if (await checks.count()) {
        await expect(checks).not.toHaveAttribute('open');
        await expect(checks.locator('li').first()).toBeHidden();
      }
    }
    console.log(`first field tops: ${tops.join(', ')}`);
    void offsite; void consoleErrors;
  });

  test('after typing « radiation », the first result\'s title is in view, filters folded, no keyboard tip', async ({ page, offsite, consoleErrors }) => {
    await page.goto('/recherche/');
    await page.locator('#site-search-q').fill('radiation');
    const title = page.locator('#search-results > li').first().locator('h3');
    await expect(title).toBeVisible();
    const box = (await title.boundingBox())!;
    expect(box.y, 'title top').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `title bottom at ${Math.round(box.y + box.height)} px`).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The result says its type, with its icon.
    await expect(page.locator('#search-results > li').first().locator('.result-type')).toHaveText(/^(Article|Fiche|Lettre|Glossaire|Livret)$/);
    await expect(page.locator('#search-results > li').first().locator('.result-meta svg use')).toHaveAttribute('href', /^#i-/);
    // The glossary defines « radiation »: its definition comes above the results.
    const definition = page.locator('#search-definition');
    await expect(definition).toBeVisible();
    await expect(definition).toContainText('Radiation');
    await expect(definition.locator('a')).toHaveAttribute('href', '/glossaire/#radiation');
    // Filters: one « Filtrer » button, the chips behind it.
    await expect(page.locator('#search-filter-fold > summary')).toBeVisible();
    await expect(page.locator('#search-filters button.chip').first()).toBeHidden();
    await page.locator('#search-filter-fold > summary').click();
    await expect(page.locator('#search-filters button.chip').first()).toBeVisible();
    // A touch screen has no « / » key to press.
    expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(false);
    await expect(page.locator('.shortcut')).toBeHidden();
    void offsite; void consoleErrors;
  });

  test('the breadcrumb holds on one line', async ({ page }) => {
    await page.goto('/lettres/observations-sanction/');
    const crumb = await page.locator('.breadcrumb ol').boundingBox();
    const link = await page.locator('.breadcrumb a').first().boundingBox();
    expect(crumb!.height).toBeLessThanOrEqual(link!.height + 4);
  });
});

test('on a desktop with a mouse, the filters are open and the keyboard tip shows', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/recherche/?q=radiation');
  await expect(page.locator('#search-filters button.chip').first()).toBeVisible();
  await expect(page.locator('#search-filter-fold > summary')).toBeHidden();
  await expect(page.locator('.shortcut')).toBeVisible();
});

test('a long article prints « Sur cette page » open, in a real PDF', async ({ page }) => {
  await page.goto('/articles/ce-que-france-travail-voit/');
  const toc = page.locator('.toc details');
  await expect(toc).toHaveCount(1);
  const entries = await toc.locator('li').allInnerTexts();
  expect(entries.length).toBeGreaterThan(2);
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(toc.locator('li').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const first = await (await doc.getPage(1)).getTextContent();
  const text = first.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
  expect(text).toContain('Sur cette page');
  for (const entry of entries.slice(0, 3)) expect(text).toContain(entry.replace(/\s+/g, ' ').slice(0, 20));
});
