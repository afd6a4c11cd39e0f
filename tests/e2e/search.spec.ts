/**
 * Search, in the browser, against the real content: relevance of the queries readers type,
 * synonyms, filters and the URL, bad input, keyboard and screen reader use, and no search code
 * on article pages.
 */
import type { Page } from '@playwright/test';
import { axeViolations, describeViolation } from './axe.ts';
import { test, expect } from './fixtures.ts';

/** Opens /recherche/?q=… and returns the result links in order, once the results for `q` are drawn. */
async function search(page: Page, q: string, extra = ''): Promise<string[]> {
  await page.goto(`/recherche/?q=${encodeURIComponent(q)}${extra}`);
  await expect(page.locator('#search-status')).toContainText('résultat');
  return resultLinks(page);
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.locator('#search-results > li h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/**
 * Queries a reader would type, and the page that must come first (top 1) or among the first three.
 * With and without accents, singular and plural, acronyms, old names, elisions and whole questions.
 */
const RELEVANCE: { q: string; page: string; top: 1 | 2 | 3 }[] = [
  { q: 'radiation', page: '/articles/radiation-et-sanctions/', top: 3 },
  { q: 'radié', page: '/fiches/decision-radiation/', top: 3 },
  { q: 'sanctions', page: '/articles/radiation-et-sanctions/', top: 3 },
  { q: 'contester une sanction', page: '/articles/contester-une-sanction/', top: 3 },
  { q: 'trop percu', page: '/articles/trop-percu-indu/', top: 3 },
  { q: 'trop-perçu', page: '/articles/trop-percu-indu/', top: 3 },
  { q: 'indu', page: '/articles/trop-percu-indu/', top: 3 },
  { q: "l'indu", page: '/fiches/notification-indu/', top: 3 },
  { q: 'contrainte', page: '/fiches/contrainte/', top: 1 },
  { q: 'CADA', page: '/articles/obtenir-documents-cada/', top: 3 },
  { q: 'document administratif', page: '/articles/obtenir-documents-cada/', top: 3 },
  { q: 'RGPD', page: '/articles/vos-donnees-rgpd/', top: 3 },
  { q: 'donnees personnelles', page: '/articles/vos-donnees-rgpd/', top: 3 },
  { q: 'algorithmes', page: '/articles/algorithmes-france-travail/', top: 3 },
  { q: 'algorithme explication', page: '/articles/decision-algorithme-explication/', top: 3 },
  { q: 'score CAF', page: '/articles/score-risque-caf/', top: 3 },
  { q: 'releves bancaires', page: '/articles/droit-de-communication/', top: 1 },
  { q: 'fadettes', page: '/articles/droit-de-communication/', top: 3 },
  { q: 'JRE', page: '/articles/journal-recherche-emploi/', top: 3 },
  { q: 'journal de recherche d’emploi', page: '/articles/journal-recherche-emploi/', top: 1 },
  { q: 'controle recherche emploi', page: '/articles/controle-recherche-emploi/', top: 3 },
  { q: 'convocation', page: '/fiches/questionnaire-controle/', top: 3 },
  { q: 'délais', page: '/articles/compter-les-delais/', top: 3 },
  { q: 'delai franc', page: '/articles/compter-les-delais/', top: 3 },
  { q: 'loi plein emploi', page: '/articles/loi-plein-emploi/', top: 1 },
  { q: '15 heures', page: '/articles/loi-plein-emploi/', top: 3 },
  { q: 'teletravail', page: '/articles/surveillance-teletravail/', top: 1 },
  { q: 'sans internet', page: '/articles/agence-sans-internet/', top: 1 },
  { q: 'Yann Gaudin', page: '/articles/agents-qui-ont-refuse/', top: 1 },
  { q: 'avocat gratuit', page: '/articles/se-faire-aider/', top: 3 },
  { q: 'abolir les algorithmes', page: '/articles/debat-abolir-ou-encadrer/', top: 3 },
  { q: 'espace personnel', page: '/articles/ce-que-france-travail-voit/', top: 3 },
  { q: 'mediation', page: '/articles/contester-une-sanction/', top: 3 },
  { q: 'lettre pour contester une radiation', page: '/lettres/mediation-sanction/', top: 1 },
  { q: 'observations avant sanction', page: '/lettres/observations-sanction/', top: 3 },
  // CAF letters and fiches, in the words of someone holding the letter.
  { q: 'dette CAF', page: '/fiches/indu-caf/', top: 3 },
  // A CAF « rappel » is money owed to the reader, not a debt: the fiche says so in its summary (weighted in the index).
  { q: 'rappel CAF', page: '/fiches/indu-caf/', top: 1 },
  // The article's title is the reader's own words (« La CAF me réclame un trop-perçu »): the act-first
  // fiche and that article share the top two places, both about the CAF's overpayment letter.
  { q: 'la CAF me réclame de l’argent', page: '/fiches/indu-caf/', top: 2 },
  { q: 'la CAF me réclame de l’argent', page: '/articles/trop-percu-caf/', top: 2 },
  { q: 'trop perçu caf', page: '/fiches/indu-caf/', top: 3 },
  { q: 'contrôle à domicile', page: '/fiches/controle-caf/', top: 1 },
  { q: 'controle caf', page: '/fiches/controle-caf/', top: 1 },
  { q: 'la caf me demande des justificatifs', page: '/fiches/controle-caf/', top: 3 },
  { q: 'erreur de déclaration', page: '/lettres/droit-a-l-erreur-caf/', top: 3 },
  { q: 'droit a l erreur', page: '/lettres/droit-a-l-erreur-caf/', top: 3 },
  { q: 'commission de recours amiable', page: '/lettres/recours-cra-indu-caf/', top: 3 },
  { q: 'contester indu caf', page: '/lettres/recours-cra-indu-caf/', top: 3 },
  { q: 'remise de dette caf', page: '/lettres/remise-dette-caf/', top: 1 },
  { q: 'rapport de contrôle caf', page: '/lettres/communication-rapport-controle-caf/', top: 3 },
  { q: 'pénalité caf', page: '/fiches/retenues-penalite-caf/', top: 3 },
  { q: 'la caf retient sur mes allocations', page: '/fiches/retenues-penalite-caf/', top: 3 },
  { q: 'avertissement', page: '/fiches/notification-sanction/', top: 3 },
  { q: 'ARE', page: '/lettres/contester-indu-are/', top: 3 },
  { q: 'mes données caf', page: '/lettres/acces-donnees-caf/', top: 3 },
  { q: 'livret', page: '/livret/', top: 1 },
];

test.describe('relevance', () => {
  // The queries run in a loop in a few tests, typed one after another on one loaded page: far faster than a
  // test (and a page load) per query. Every miss is listed, not only the first.
  const SHARES = 2;
  for (let share = 0; share < SHARES; share++) {
    const cases = RELEVANCE.filter((_, i) => i % SHARES === share);
    test(`each query a reader types puts its page first or in the top 3 (${share + 1}/${SHARES}: ${cases.length} queries)`, async ({ page }) => {
      test.setTimeout(30_000 + cases.length * 10_000);
      const misses: string[] = [];
      // One page load; then each query is typed into the box, as a reader refining a search would, and
      // read once the status names it (« N résultats pour « q » »): Pagefind stays loaded between queries.
      await page.goto('/recherche/');
      const box = page.locator('#site-search-q');
      for (const { q, page: target, top } of cases) {
        await box.fill(q);
        await expect(page.locator('#search-status')).toContainText(`pour « ${q} »`);
        const links = await resultLinks(page);
        // The booklet record points at the PDF once the booklet integration builds it.
        const found = links.slice(0, top).map((l) => (l.startsWith('/livret/') ? '/livret/' : l));
        if (!found.includes(target)) misses.push(`"${q}": ${target} not in the top ${top}; first results: ${links.slice(0, 5).join(', ')}`);
      }
      expect(misses, `${cases.length} queries`).toEqual([]);
    });
  }
});

test.describe('synonyms and old names', () => {
  /** The page's own text, to prove that only a synonym can have matched. */
  async function pageText(page: Page, url: string): Promise<string> {
    const res = await page.request.get(url);
    expect(res.status()).toBe(200);
    return (await res.text()).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  test('"pole emploi" finds pages that only say "France Travail"', async ({ page }) => {
    const links = await search(page, 'pole emploi radiation');
    const target = '/articles/radiation-et-sanctions/';
    expect(links.slice(0, 3)).toContain(target);
    const text = await pageText(page, target);
    expect(text).not.toContain('pole emploi');
    expect(text).toContain('france travail');
  });

  test('"indu" finds the trop-perçu article, and "somme à rembourser" finds it through the synonym table', async ({ page }) => {
    expect(await search(page, 'indu')).toContain('/articles/trop-percu-indu/');
    const links = await search(page, 'somme à rembourser');
    expect(links.slice(0, 5)).toContain('/articles/trop-percu-indu/');
    expect(await pageText(page, '/articles/trop-percu-indu/')).not.toContain('somme a rembourser');
  });

  test('excerpts come from the page text, never from the hidden synonyms', async ({ page }) => {
    await search(page, 'anpe');
    const excerpts = await page.locator('#search-results .result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(e).not.toMatch(/assedic ; /i);
  });
});

test.describe('results', () => {
  test('each result has a title, its type and theme, an excerpt with only <mark> inside, and section links', async ({ page }) => {
    await search(page, 'radiation');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('h3 a')).not.toBeEmpty();
    await expect(first.locator('.result-meta')).toContainText(/Article|Fiche|Lettre/);
    await expect(page.locator('#search-results .result-excerpt mark').first()).toBeVisible();
    const tags = await page.locator('#search-results .result-excerpt *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags).toEqual(['MARK']);
    const section = page.locator('#search-results .result-sections a').first();
    await expect(section).toHaveAttribute('href', /^\/[^#]+#.+/);
  });

  test('glossary terms are results of their own, with their anchor', async ({ page }) => {
    const links = await search(page, 'aide juridictionnelle');
    expect(links).toContain('/glossaire/#aide-juridictionnelle');
    expect(links).not.toContain('/glossaire/');
  });

  test('the booklet, the 404 and the search page are never results; the booklet PDF is one', async ({ page }) => {
    const links = await search(page, 'livret imprimer');
    expect(links[0]).toMatch(/^\/livret\/(livret-a5\.pdf)?$/);
    for (const q of ['France Travail', 'page introuvable', 'recherche']) {
      const all = await search(page, q);
      for (const l of all) expect(l).not.toMatch(/^\/(404|recherche\/|livret\/$)/);
    }
  });

  test('filter chips show counts, filter the list, and live in the URL', async ({ page }) => {
    await search(page, 'sanction');
    const total = Number((await page.locator('#search-status').textContent())!.match(/^(\d+)/)![1]);
    const chip = page.locator('#search-filters button.chip[data-key="type"][data-value="lettre"]');
    const label = await chip.textContent();
    const count = Number(label!.match(/\((\d+)\)/)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await chip.click();
    await expect(page).toHaveURL(/\?q=sanction&type=lettre$/);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#search-status')).toContainText(`${count} résultat`);
    const letters = await resultLinks(page);
    expect(letters.length).toBe(count);
    for (const l of letters) expect(l).toMatch(/^\/lettres\//);
    // The theme chips count within the letters only.
    const themeCounts = await page.locator('#search-filters button.chip[data-key="theme"][data-value]:not([data-value=""])').allTextContents();
    const themeTotal = themeCounts.map((t) => Number(t.match(/\((\d+)\)/)![1])).reduce((a, b) => a + b, 0);
    expect(themeTotal).toBe(count);

    // Back restores the unfiltered list; forward the filtered one.
    await page.goBack();
    await expect(page).toHaveURL(/\?q=sanction$/);
    await expect(page.locator('#search-status')).toContainText(`${total} résultat`);
    await page.goForward();
    await expect(page.locator('#search-status')).toContainText(`${count} résultat`);
  });

  test('a shared URL with a filter shows the same list', async ({ page }) => {
    const links = await search(page, 'indu', '&type=glossaire');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^\/glossaire\/#/);
    await expect(page.locator('#site-search-q')).toHaveValue('indu');
  });

  test('typing updates the results and the URL, without a new history entry per key', async ({ page }) => {
    await page.goto('/recherche/');
    const before = await page.evaluate(() => history.length);
    await page.locator('#site-search-q').pressSequentially('contrainte');
    await expect(page.locator('#search-status')).toContainText('pour « contrainte »');
    await expect(page).toHaveURL(/\?q=contrainte$/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect((await resultLinks(page))[0]).toBe('/fiches/contrainte/');
  });
});

test.describe('bad input', () => {
  test('an empty query shows no error and no results, and the page still lists the themes and pages', async ({ page }) => {
    await page.goto('/recherche/?q=');
    await expect(page.locator('#search-status')).toBeEmpty();
    await expect(page.locator('#search-app')).toBeHidden();
    await expect(page.locator('#a-z')).toBeVisible();
    await page.goto('/recherche/?q=%20%20%20');
    await expect(page.locator('#search-status')).toBeEmpty();
  });

  test('HTML or a script in ?q= is shown as text, never run or inserted', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    for (const q of ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', '<mark>radiation</mark>']) {
      await page.goto(`/recherche/?q=${encodeURIComponent(q)}`);
      await expect(page.locator('#search-status')).toContainText('pour «');
      await expect(page.locator('#search-status')).toContainText(q.slice(0, 20));
      expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
      expect(await page.locator('#search-status *').count()).toBe(0);
      await expect(page.locator('#site-search-q')).toHaveValue(q);
    }
    expect(dialogs).toEqual([]);
  });

  test('a 1,000-character query is cut, answers "Aucun résultat" and suggests the themes', async ({ page }) => {
    const q = 'zq'.repeat(500);
    await page.goto(`/recherche/?q=${q}`);
    await expect(page.locator('#search-status')).toContainText('Aucun résultat pour « zqzq');
    await expect(page.locator('#search-status')).toContainText('…');
    expect((await page.locator('#site-search-q').inputValue()).length).toBe(200);
    await expect(page.locator('#search-empty')).toBeVisible();
    expect(await page.locator('#search-empty a[href^="/themes/"]').count()).toBeGreaterThanOrEqual(5);
  });

  test('unknown filters in the URL are ignored', async ({ page }) => {
    const plain = await search(page, 'radiation');
    const odd = await search(page, 'radiation', '&type=%3Cscript%3E&theme=inconnu');
    expect(odd).toEqual(plain);
  });
});

test.describe('keyboard and screen readers', () => {
  test('"/" puts the cursor in the search box, but not while typing in it', async ({ page }) => {
    await page.goto('/recherche/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    const box = page.locator('#site-search-q');
    await expect(box).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(box).toHaveValue('a/b');
  });

  test('the results are reached with Tab from the box, and followed with Enter', async ({ page }) => {
    await page.goto('/recherche/');
    await page.keyboard.press('/');
    await page.keyboard.type('contrainte');
    await expect(page.locator('#search-status')).toContainText('pour « contrainte »');
    let reached = '';
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const a = document.activeElement;
        return a instanceof HTMLAnchorElement && a.closest('#search-results') ? a.getAttribute('href') ?? '' : '';
      });
    }
    expect(reached).toBe('/fiches/contrainte/');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/fiches\/contrainte\/$/);
    // Back brings the same results.
    await page.goBack();
    await expect(page.locator('#search-status')).toContainText('pour « contrainte »');
  });

  test('the filter chips are buttons that work from the keyboard and say whether they are on', async ({ page }) => {
    await search(page, 'sanction');
    const chip = page.locator('#search-filters button.chip[data-key="type"][data-value="fiche"]');
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/type=fiche/);
    // The chip keeps the focus after the list is redrawn.
    await expect(page.locator('#search-filters button.chip[data-key="type"][data-value="fiche"]')).toBeFocused();
    await expect(page.locator('#search-filters button.chip[data-key="type"][data-value="fiche"]')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?q=sanction$/);
  });

  test('axe finds no accessibility problem on the search page, with results, filters and none', async ({ page }) => {
    for (const url of ['/recherche/?q=sanction&type=lettre', '/recherche/?q=zzzqqq']) {
      await page.goto(url);
      await expect(page.locator('#search-status')).toContainText('résultat');
      expect((await axeViolations(page)).map(describeViolation), url).toEqual([]);
    }
  });

  test('the status is a polite live region whose text follows the number of results', async ({ page }) => {
    await page.goto('/recherche/');
    const status = page.locator('#search-status');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    const box = page.locator('#site-search-q');
    await box.fill('contrainte');
    await expect(status).toHaveText(/^\d+ résultats?\spour\s«\scontrainte\s»\.$/);
    const n = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    // The first results are drawn, the others come with "more": then the list holds exactly n.
    const more = page.locator('#search-more');
    expect(n, 'a query with more results than the first page').toBeGreaterThan(5);
    for (let i = 0; i < 10 && await more.isVisible(); i++) {
      const before = (await resultLinks(page)).length;
      await more.click();
      await expect.poll(async () => (await resultLinks(page)).length).toBeGreaterThan(before);
      // The focus moves to the first of the new results, where reading goes on.
      await expect(page.locator('#search-results > li').nth(before).locator('h3 a')).toBeFocused();
    }
    await expect(more).toBeHidden();
    expect((await resultLinks(page)).length).toBe(n);
    await box.fill('zzzqqq');
    await expect(status).toHaveText('Aucun résultat pour « zzzqqq ».');
    // The results list is named by the status, for screen reader users who land on it.
    await expect(page.locator('#search-results')).toHaveAttribute('aria-labelledby', 'search-status');
  });
});

test.describe('no search code outside the search page', () => {
  test('an article has no script and fetches nothing from /pagefind/, even when its search box is used', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/articles/trop-percu-indu/');
    expect(await page.locator('script:not([type="application/ld+json"])').count(), 'no script but JSON-LD data').toBe(0);
    await page.keyboard.press('/');
    // "/" does nothing on an article: no script listens for it.
    await expect(page.locator('#site-search-q')).not.toBeFocused();
    await page.locator('#site-search-q').fill('contrainte');
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p.endsWith('.js'))).toEqual([]);
    // Without script, the box submits to the search page, which finds the results.
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=contrainte$/);
    await expect(page.locator('#search-status')).toContainText('pour « contrainte »');
  });

  test('the search page loads Pagefind only when there is something to search', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/recherche/');
    await page.waitForLoadState('networkidle');
    // Moving into the box fetches nothing either.
    await page.keyboard.press('/');
    await expect(page.locator('#site-search-q')).toBeFocused();
    await page.waitForTimeout(300);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#site-search-q').fill('radiation');
    await expect(page.locator('#search-status')).toContainText('résultat');
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(requests.filter((p) => p.includes('worker'))).toEqual([]);
  });
});
