/**
 * « Qu'avez-vous reçu ? » in a phone-sized browser: from the home page, every fiche is reached in at
 * most 3 taps (sender, what the letter says, the answer's link), with and without JavaScript; the
 * answer page shows the deadline and the letter. Parcours pictures switch layout with the width.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** The scripts a page would run (JSON-LD blocks are data): « path: src », one per script. */
const scriptsOn = async (page: Page) => (await page.locator('script:not([type="application/ld+json"])').evaluateAll(
  (els) => els.map((e) => e.getAttribute('src') ?? 'inline'))).map((src) => `${new URL(page.url()).pathname}: ${src}`);

const fichesOf = async (page: Page) => {
  await page.goto('/fiches/');
  const hrefs = await page.locator('main a[href^="/fiches/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs.filter((h) => /^\/fiches\/[^/]+\/$/.test(h)))].sort();
};

/**
 * The walk runs once, without JavaScript, and checks that no page it passes through has a script to run: with
 * JavaScript on, those pages are the same pages, so the same taps reach the same fiches. If a script is ever
 * added to the tree's pages, that check fails: walk with JavaScript on as well then.
 */
test('every fiche is at most 3 taps from the home page, with and without JavaScript (the tree runs no script)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const fiches = await fichesOf(page);
  expect(fiches.length).toBeGreaterThanOrEqual(8);

  const entry = () => page.locator('section#recu .recu-choices a');
  await page.goto('/');
  const scripted: string[] = await scriptsOn(page);
  const senders = await entry().allTextContents();
  expect(senders.length).toBeGreaterThanOrEqual(4);

  const reached = new Map<string, string>();
  for (const sender of senders) {
    await page.goto('/');
    await entry().filter({ hasText: sender }).click(); // tap 1
    const senderPage = page.url();
    scripted.push(...await scriptsOn(page));
    const answers = await page.locator('main .recu-choices a').allTextContents();
    expect(answers.length, `after « ${sender} »`).toBeGreaterThan(0);
    for (const answer of answers) {
      // Back on the page that tap 1 opened (reached from the home page just above), for the next answer:
      // the browser's back button, as a reader would (and from its page cache, not a new load).
      while (page.url() !== senderPage) await page.goBack();
      await page.locator('main .recu-choices a').filter({ hasText: answer }).first().click(); // tap 2
      await expect(page.locator('main h1')).toBeVisible();
      scripted.push(...await scriptsOn(page));
      const target = page.locator('main a.button');
      const href = await target.getAttribute('href');
      expect(href, `answer for « ${sender} » › « ${answer} »`).toMatch(/^\/(fiches|lettres|articles)\/[^/]+\/$/);
      if (!href!.startsWith('/fiches/')) continue;
      // The answer shows the deadline before the tap that opens the fiche.
      await expect(page.locator('main section[aria-labelledby="recu-delai"]')).toContainText(/\d+ (jours|mois)|délai/);
      // Tap 3, once per fiche: another answer's link to a fiche already opened this way needs no second load.
      if (reached.has(href!)) continue;
      await target.click(); // tap 3
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator('main h1')).toBeVisible();
      scripted.push(...await scriptsOn(page));
      reached.set(href!, `${sender} › ${answer}`);
    }
  }
  expect(fiches.filter((f) => !reached.has(f)), 'fiches not reached in 3 taps').toEqual([]);
  expect([...new Set(scripted)], 'pages of the tree that run a script: walk them with JavaScript on too').toEqual([]);
  await context.close();
});

test('an answer names the fiche, its deadline from the rule and its letter', async ({ page }) => {
  await page.goto('/recu/ft-sanction/');
  await expect(page.locator('main h1')).toHaveText(/annonce une sanction/);
  await expect(page.locator('main section[aria-labelledby="recu-delai"]')).toContainText('10 jours');
  await expect(page.locator('main section[aria-labelledby="recu-lettres"] a[href="/lettres/observations-sanction/"]')).toBeVisible();
  await page.getByRole('link', { name: /Question précédente/ }).click();
  await expect(page).toHaveURL(/\/recu\/france-travail\/$/);
});

test('a parcours is drawn vertically on a phone and horizontally on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/fiches/notification-sanction/');
  const figure = page.locator('section.parcours').first();
  await expect(figure.locator('svg.parcours-v')).toBeVisible();
  await expect(figure.locator('svg.parcours-h')).toBeHidden();
  const box = await figure.locator('svg.parcours-v').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(360);
  await expect(figure.locator('ol.steps > li')).toHaveCount(5);
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(figure.locator('svg.parcours-h')).toBeVisible();
  await expect(figure.locator('svg.parcours-v')).toBeHidden();
});

test('no label of a parcours picture overflows it, on a phone or a wide screen', async ({ page }) => {
  const urls = ['/fiches/notification-sanction/', '/fiches/notification-indu/', '/fiches/indu-caf/', '/fiches/retenues-penalite-caf/', '/articles/obtenir-documents-cada/', '/articles/vos-donnees-rgpd/'];
  const overflow = (cls: string) => page.evaluate((c) => [...document.querySelectorAll(`svg.${c}`)].map((svg) => {
    const vb = (svg as SVGSVGElement).viewBox.baseVal;
    let worst = -Infinity;
    for (const t of svg.querySelectorAll('text')) {
      const b = (t as SVGTextElement).getBBox();
      worst = Math.max(worst, b.x + b.width - vb.width, -b.x, b.y + b.height - vb.height);
    }
    return worst;
  }), cls);
  for (const [width, cls] of [[360, 'parcours-v'], [1440, 'parcours-h']] as const) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of urls) {
      await page.goto(url);
      const worst = await overflow(cls);
      expect(worst.length, `${url}: ${cls}`).toBeGreaterThan(0);
      for (const w of worst) expect(w, `${url}: ${cls} label past the edge by ${w}`).toBeLessThanOrEqual(0);
    }
  }
});
