/**
 * « Lire hors connexion » and « Envoyer ce lien » in a browser. The reader opts in, the copy fills,
 * the site reads offline (home, an article, a fiche, a letter that still fills in, search), then the
 * reader removes it and nothing is left. Without the opt-in, no worker and no storage. Share links
 * request nothing; « Copier le lien » copies the canonical address on letters, and fiches load no script.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { OFFLINE_CACHE_PREFIX, OFFLINE_MANIFEST_URL, type OfflineManifest } from '../../src/lib/offline.ts';
import { STATIC_PAGES } from '../../src/lib/pages.ts';
import { SITE } from '../../src/lib/site.ts';

/** What the site keeps on this device: the worker's registrations, caches, local storage, IndexedDB. */
async function stored(page: Page) {
  return page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    caches: await caches.keys(),
    localStorage: localStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    usage: (await navigator.storage.estimate()).usage ?? 0,
  }));
}

async function manifestOf(page: Page): Promise<OfflineManifest> {
  const response = await page.request.get(OFFLINE_MANIFEST_URL);
  expect(response.ok()).toBe(true);
  return (await response.json()) as OfflineManifest;
}

const firstOf = (m: OfflineManifest, prefix: string) => {
  const url = m.files.map((f) => f.url).find((u) => u.startsWith(prefix) && u !== prefix);
  if (!url) throw new Error(`the offline copy lists no page under ${prefix}`);
  return url;
};

test('opting in keeps a copy that reads offline, and opting out removes all of it', async ({ page, context }) => {
  test.setTimeout(120_000);
  const manifest = await manifestOf(page);
  expect(manifest.total).toBeLessThanOrEqual(manifest.budget);
  await page.goto(STATIC_PAGES.horsConnexion);
  const root = page.locator('[data-offline]');
  await expect(page.getByText(`La copie compte ${manifest.files.length} fichiers`)).toBeVisible();
  const notice = await page.locator('[data-offline-planned]').textContent() ?? '';
  await expect(root).toHaveAttribute('data-offline-state', 'none');
  await page.getByRole('button', { name: 'Garder une copie sur cet appareil' }).click();
  await expect(root).toHaveAttribute('data-offline-state', 'kept', { timeout: 60_000 });
  await expect(page.locator('[data-offline-status]')).toContainText(`${manifest.files.length} fichiers`);
  const after = await stored(page);
  expect(after.workers).toHaveLength(1);
  expect(after.caches).toEqual([manifest.cache]);
  const count = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, manifest.cache);
  expect(count).toBe(manifest.files.length);

  await context.setOffline(true);
  const article = firstOf(manifest, '/articles/');
  const fiche = firstOf(manifest, '/fiches/');
  const letter = firstOf(manifest, '/lettres/');
  for (const url of [STATIC_PAGES.accueil, article, fiche, letter]) {
    const response = await page.goto(url);
    expect(response?.fromServiceWorker(), url).toBe(true);
    await expect(page.locator('h1'), url).toBeVisible();
    // The stylesheet came from the copy too: the page is laid out, not raw HTML.
    expect(await page.evaluate(() => [...document.styleSheets].length), url).toBeGreaterThan(0);
  }
  // The letter page runs offline: its form shows and fills the letter.
  await expect(page.locator('[data-letter-form]')).toBeVisible();
  await page.locator('[data-letter-form] [data-field="nom"]').fill('Camille Martin');
  await expect(page.locator('#lettre')).toContainText('Camille Martin');
  // The booklet PDF (a build with Chromium) comes whole from the copy.
  for (const pdf of manifest.files.filter((f) => f.url.endsWith('.pdf'))) {
    expect(await page.evaluate(async (u) => (await (await fetch(u)).arrayBuffer()).byteLength, pdf.url), pdf.url).toBe(pdf.bytes);
  }
  // Search runs offline from the copied index, when the budget left room for it; otherwise the page said so.
  const searchKept = manifest.files.some((f) => f.url.startsWith('/pagefind/'));
  if (searchKept) {
    await page.goto(`${STATIC_PAGES.recherche}?q=radiation`);
    await expect(page.locator('#contenu a[href^="/articles/"]').first()).toBeVisible({ timeout: 15_000 });
  } else {
    expect(notice, 'the opt-in page says search is not in the copy').toContain('La recherche n');
  }

  await context.setOffline(false);
  await page.goto(STATIC_PAGES.horsConnexion);
  await expect(root).toHaveAttribute('data-offline-state', 'kept');
  await page.getByRole('button', { name: 'Retirer la copie de cet appareil' }).click();
  await expect(page.locator('[data-offline-status]')).toContainText('Copie retirée de cet appareil');
  await expect(root).toHaveAttribute('data-offline-state', 'none');
  const left = await stored(page);
  expect(left.workers).toEqual([]);
  expect(left.caches.filter((c) => c.startsWith(OFFLINE_CACHE_PREFIX))).toEqual([]);
  await expect(page.getByRole('button', { name: 'Garder une copie sur cet appareil' })).toBeVisible();
});

test('without the opt-in no service worker runs and nothing is stored, not even on the opt-in page', async ({ page }) => {
  const manifest = await manifestOf(page);
  for (const url of [STATIC_PAGES.accueil, firstOf(manifest, '/articles/'), firstOf(manifest, '/fiches/'), firstOf(manifest, '/lettres/'), STATIC_PAGES.horsConnexion]) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await stored(page), url).toEqual({ workers: [], caches: [], localStorage: 0, indexedDB: 0, usage: 0 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller), url).toBeNull();
  }
  await expect(page.locator('[data-offline-state="none"]')).toBeVisible();
});

test('the site is installable: a web app manifest with PNG icons, linked from every page', async ({ page }) => {
  await page.goto(STATIC_PAGES.accueil);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(href!)).json() as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest.name).toBe(SITE.nom);
  expect(manifest.display).toBe('standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
    expect(icon, size).toBeDefined();
    const response = await page.request.get(icon!.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('share links send nothing on load; a fiche loads no script; a letter copies its canonical address', async ({ page, context, baseURL }) => {
  const manifest = await manifestOf(page);
  const fiche = firstOf(manifest, '/fiches/');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(fiche);
  await page.waitForLoadState('networkidle');
  const share = page.getByRole('region', { name: 'Envoyer ce lien' });
  const canonical = new URL(fiche, SITE.url).href;
  const email = await share.getByRole('link', { name: 'Par e-mail' }).getAttribute('href');
  expect(new URLSearchParams(email!.replace(/^mailto:\?/, '')).get('body')).toContain(canonical);
  const whatsapp = share.getByRole('link', { name: /Par WhatsApp/ });
  // Leaving the site: said to screen readers, and no referrer sent (the page's policy covers every link).
  await expect(whatsapp).toHaveAccessibleDescription('(site externe)');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  expect(new URL((await whatsapp.getAttribute('href'))!).searchParams.get('text')).toContain(canonical);
  await expect(share.getByRole('link', { name: 'Par SMS' })).toHaveAttribute('href', /^sms:\?&body=.+/);
  await expect(share.getByRole('button', { name: 'Copier le lien' })).toHaveCount(0);
  expect(requests.filter((u) => u.endsWith('.js'))).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const letter = firstOf(manifest, '/lettres/');
  await page.goto(letter);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.locator('[data-share-status]')).toContainText('Lien copié');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(letter, SITE.url).href);
});
