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

test("L'essentiel has its own page: its cover names it, its contents lead somewhere, and the full guide links to it", async ({ page, offsite, consoleErrors }) => {
  void offsite; void consoleErrors;
  await page.goto('/livret/');
  await expect(page.locator('.cover .kicker')).toHaveText('Le guide complet');
  await page.getByRole('link', { name: 'L\u2019essentiel' }).click();
  await expect(page).toHaveURL(/\/livret\/essentiel\/$/);
  await expect(page.locator('.cover .kicker')).toHaveText('L\u2019essentiel');
  // The fiches come first, then how to count a deadline, then the letters.
  const order = await page.locator('nav.toc > ul > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
  expect(order.indexOf('#partie-fiches')).toBeLessThan(order.indexOf('#compter-un-delai'));
  expect(order.indexOf('#compter-un-delai')).toBeLessThan(order.indexOf('#partie-lettres'));
  for (const id of await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)))) {
    await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
  }
  // A short booklet's letters: deadline, how to send, the letter; what to check first stays on the site.
  const letters = page.locator('#partie-lettres article.lettre');
  expect(await letters.count()).toBeGreaterThan(0);
  for (const letter of await letters.all()) {
    await expect(letter.locator('.verified')).toContainText('Version complète et formulaire');
    await expect(letter.locator('.facts')).toContainText('Votre délai');
    await expect(letter.locator('.remarques')).toHaveCount(0);
    await expect(letter.locator('.letter')).toHaveCount(1);
  }
  // The full guide keeps them.
  await page.goto('/livret/');
  await expect(page.locator('#partie-lettres article.lettre .remarques').first()).toBeVisible();
});

test('a fiche and a letter link their own PDF, with its page count, and the file is served', async ({ page, request, offsite }) => {
  void offsite;
  for (const path of ['/fiches/contrainte/', '/lettres/mediation-sanction/', '/livret/carte/']) {
    await page.goto(path);
    const link = page.locator('.print-pdf a');
    if ((await link.count()) === 0) continue; // built without PDFs
    await expect(page.locator('.print-pdf .pdf-facts')).toHaveText(/^\(PDF, \d+\u00A0pages?, [\d,]+\u00A0(ko|Mo)\)$/);
    const response = await request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
});

test('the pocket card shows one front with the deadlines and one back with every number to call and its price', async ({ page, offsite, consoleErrors }) => {
  void offsite; void consoleErrors;
  await page.goto('/livret/carte/');
  await expect(page.locator('.pocket-card.front:visible')).toHaveCount(1);
  await expect(page.locator('.pocket-card.back:visible')).toHaveCount(1);
  await expect(page.locator('.pocket-card.front:visible li[data-rule="observations-sanction"]')).toContainText('10\u00A0jours');
  const back = page.locator('.pocket-card.back:visible');
  // Every number of content/contacts.yaml: the Défenseur des droits, the CAF, France Travail, each with its price.
  for (const [number, price] of [['09\u00A069\u00A039\u00A000\u00A000', /pas pu vérifier le prix/], ['3230', /service gratuit, plus le prix d.un appel/], ['3949', /pas pu vérifier le prix de l.appel en.2026/]] as const) {
    const item = back.locator('li', { hasText: number });
    await expect(item).toHaveCount(1);
    await expect(item.locator('.card-price')).toHaveText(price);
  }
});
