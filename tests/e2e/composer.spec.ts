/**
 * « Composer votre livret » (/livret/composer/): a booklet of 3 sections with an organisation's
 * details, laid out by Paged.js in the page and printed to PDF, then read back with pdfjs-dist;
 * the messages for bad input; the shared address; remembering and erasing the details.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { saddleStitchSides } from '../../src/lib/imposition.ts';

const PATH = '/livret/composer/';
const ORG = { nom: 'Association Entraide Emploi du Val', adresse: '12 rue des Lilas, 75011 Paris' };

const squeeze = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
const pattern = (s: string) => squeeze(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');

/** Text of every page of a PDF, spaces squeezed. */
async function pdfPages(bytes: Uint8Array): Promise<{ pages: string[]; outline: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(squeeze(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? ' ' : '') : '')).join('')));
  }
  const outline: string[] = [];
  const walk = (items: { title: string; items: never[] }[]) => items.forEach((o) => { outline.push(squeeze(o.title)); walk(o.items); });
  walk(((await doc.getOutline()) ?? []) as never);
  return { pages, outline };
}

/** Labels of the checkboxes: section id → its title (the label's words before the page estimate). */
async function sections(page: Page): Promise<{ id: string; part: string; title: string }[]> {
  return page.locator('input[name="sections[]"]').evaluateAll((boxes) => boxes.map((b) => ({
    id: (b as HTMLInputElement).value,
    part: (b as HTMLInputElement).dataset.part!,
    title: (b.parentElement!.textContent ?? '').replace(/\(≈[^)]*\)/, '').replace(/\s+/g, ' ').trim(),
  })));
}

/** The composer's sections, and one section from each of its first three parts. */
async function onePerPart(page: Page) {
  await page.goto(PATH);
  const all = await sections(page);
  const chosen = [...new Map(all.map((s) => [s.part, s])).values()].slice(0, 3);
  expect(chosen).toHaveLength(3);
  return { all, chosen };
}

test('a booklet of 3 sections: details on the first and last pages, those sections only, contents with the right page numbers', async ({ page, offsite, consoleErrors }) => {
  void offsite; void consoleErrors;
  test.setTimeout(120_000);
  const { all, chosen } = await onePerPart(page);
  for (const s of chosen) await page.locator(`input[value="${s.id}"]`).check();
  await expect(page.locator('#composer-total')).toContainText('3 parties');
  await page.getByLabel('Nom de l’organisation').fill(ORG.nom);
  await page.getByLabel('Adresse', { exact: false }).first().fill(ORG.adresse);
  // The selection, not the details, is in the address.
  expect(new URL(page.url()).search).toBe(`?sections=${chosen.map((s) => s.id).join(',')}&format=a5`);
  expect(page.url()).not.toContain('Lilas');
  await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
  await expect(page.locator('#composer-preview')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeEnabled();

  const { pages, outline } = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
  expect(pages.length).toBe(Number(await page.locator('#composer-preview').getAttribute('data-pages')));
  for (const n of [0, pages.length - 1]) {
    expect(pages[n], `page ${n + 1}`).toMatch(new RegExp(pattern(ORG.nom)));
    expect(pages[n], `page ${n + 1}`).toMatch(new RegExp(pattern(ORG.adresse)));
  }
  // Headings become bookmarks: the three sections are there, no other section is.
  // Chromium drops the space where a heading wraps in its bookmark: compare without spaces.
  const bare = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, '');
  const marks = outline.map(bare);
  for (const s of chosen) expect(marks, s.title).toContain(bare(s.title));
  const others = all.filter((s) => !chosen.includes(s)).map((s) => bare(s.title));
  expect(marks.filter((t) => others.includes(t))).toEqual([]);
  // The contents (page 2) give, after each title, the page where that title stands.
  for (const s of chosen) {
    const m = pages[1]!.match(new RegExp(`${pattern(s.title)}\\s*(\\d+)`));
    expect(m, `${s.title} in the contents: ${pages[1]}`).not.toBeNull();
    const n = Number(m![1]);
    expect(n).toBeGreaterThan(2);
    expect(pages[n - 1], `page ${n} should hold "${s.title}"`).toMatch(new RegExp(pattern(s.title)));
    // …and is its first page: the page before is the contents or another section's. There, the title may
    // only stand as a cross-reference (« Pour aller plus loin : <titre> (p. 7) »), never on its own.
    if (n - 1 > 2) expect(pages[n - 2], `page ${n - 1}`).not.toMatch(new RegExp(`${pattern(s.title)}(?!\\s*\\(p\\.\\s*\\d)`));
  }
});

test('« prêt à plier »: the A5 pages two by two on A4 landscape sides, in saddle-stitch order, each keeping its own number', async ({ page, offsite, consoleErrors }) => {
  void offsite; void consoleErrors;
  test.setTimeout(120_000);
  const { chosen } = await onePerPart(page);
  await page.goto(`${PATH}?sections=${chosen.map((s) => s.id).join(',')}&format=a5-plie`);
  await expect(page.locator('input[name="format"][value="a5-plie"]')).toBeChecked();
  await page.getByLabel('Nom de l’organisation').fill(ORG.nom);
  await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
  const preview = page.locator('#composer-preview');
  await expect(preview).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(page.locator('#composer-fold')).toBeVisible();
  const a5 = Number(await preview.getAttribute('data-pages'));
  const order = saddleStitchSides(a5);
  expect(Number(await preview.getAttribute('data-sides'))).toBe(order.length);
  await expect(page.locator('#composer-status')).toContainText(`sur ${order.length / 2} feuilles A4`);

  const doc = await getDocument({ data: new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })) }).promise;
  expect(doc.numPages, 'one PDF page per A4 side').toBe(order.length);
  let folios = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const side = await doc.getPage(n);
    const [, , width, height] = side.view;
    expect([Math.round(width), Math.round(height)], `side ${n} is A4 landscape`).toEqual([842, 595]);
    const items = (await side.getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '') as { str: string; transform: number[] }[];
    const half = (left: boolean) => items.filter((i) => (i.transform[4]! < width / 2) === left);
    const [left, right] = order[n - 1]!;
    for (const [expected, words] of [[left, half(true)], [right, half(false)]] as const) {
      const text = squeeze(words.map((i) => i.str).join(' '));
      if (expected === null) { expect(text, `side ${n}: a blank half`).toBe(''); continue; }
      // The folio, alone at the foot of the page (the cover, notes and back cover have none).
      const folio = words.filter((i) => i.transform[5]! < 45 && /^\d+$/.test(i.str.trim())).map((i) => Number(i.str));
      if (folio.length) { expect(folio, `side ${n}: page ${expected + 1} on this half`).toEqual([expected + 1]); folios++; }
      if (expected === 0 || expected === a5 - 1) expect(text, `side ${n}: the cover and back cover carry the details`).toMatch(new RegExp(pattern(ORG.nom)));
    }
  }
  expect(folios, 'most halves show their page number').toBeGreaterThan(a5 / 2);
  // Back to the form and again: the pages return to reading order.
  await page.getByRole('button', { name: 'Modifier le livret' }).click();
  await page.locator('input[name="format"][value="a5"]').check();
  await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
  await expect(preview).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(page.locator('#composer-fold')).toBeHidden();
  expect(await preview.getAttribute('data-sides')).toBeNull();
  expect((await getDocument({ data: new Uint8Array(await page.pdf({ preferCSSPageSize: true })) }).promise).numPages).toBe(a5);
});

test('bad input: a message next to each field, described and marked invalid; HTML prints as typed', async ({ page, offsite, consoleErrors }) => {
  void offsite; void consoleErrors;
  test.setTimeout(90_000);
  await page.goto(PATH);
  const go = page.getByRole('button', { name: 'Voir l’aperçu' });
  // Empty selection.
  await go.click();
  await expect(page.locator('#sections-erreur')).toHaveText('Cochez au moins une partie du guide à mettre dans votre livret.');
  await expect(page.locator('.composer-sections')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.composer-sections')).toHaveAttribute('aria-describedby', /sections-erreur/);
  await expect(page.locator('#composer-preview')).toBeHidden();
  // A phone number with letters; one in any usual format is fine.
  const phone = page.locator('#org-telephone');
  await phone.fill('01 23 AB 45');
  await phone.blur();
  await expect(page.locator('#org-telephone-erreur')).toContainText('que des chiffres');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAttribute('aria-describedby', /org-telephone-erreur/);
  for (const ok of ['+33 6 12 34 56 78', '01.23.45.67.89', '0123456789']) {
    await phone.fill(ok);
    await expect(page.locator('#org-telephone-erreur')).toBeHidden();
    await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
  }
  // 301 characters of free text.
  const text = page.locator('#org-texte');
  await text.fill('a'.repeat(301));
  await text.blur();
  await expect(page.locator('#org-texte-erreur')).toHaveText('301 caractères : 300 au plus. Raccourcissez de 1 caractère.');
  await expect(page.locator('#org-texte-compte')).toHaveText('301 / 300 caractères');
  await text.fill('<b>gras</b> <script>window.__pwned = 1</script>');
  await expect(page.locator('#org-texte-erreur')).toBeHidden();
  // HTML in the name, and a name of 150 characters without a space: both printed as text, inside the cover.
  const longName = 'Association'.repeat(13).slice(0, 140);
  await page.locator('#org-nom').fill(`<img src=x onerror="window.__pwned=1">${longName}`.slice(0, 150));
  await page.locator(`input[name="sections[]"]`).first().check();
  await go.click();
  await expect(page.locator('#composer-preview')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const cover = page.locator('.pagedjs_page').first();
  await expect(cover.locator('.org-name')).toContainText('<img src=x onerror=');
  await expect(page.locator('.pagedjs_pages img[src="x"], .pagedjs_pages b, .pagedjs_pages .org script')).toHaveCount(0);
  await expect(page.locator('.pagedjs_pages .org-text').first()).toHaveText('<b>gras</b> <script>window.__pwned = 1</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const fits = await cover.evaluate((p) => {
    const box = p.querySelector('.cover')!.getBoundingClientRect();
    const name = p.querySelector('.org-name')!.getBoundingClientRect();
    return name.right <= box.right + 0.5 && name.left >= box.left - 0.5 && name.height > 40;
  });
  expect(fits, 'the long name wraps inside the cover').toBe(true);
});

test('a shared address ticks its sections; details are kept only when asked, and « Effacer » removes them', async ({ page, offsite, consoleErrors }) => {
  void offsite; void consoleErrors;
  await page.goto(PATH);
  const all = await sections(page);
  const two = [all[0]!.id, all.at(-1)!.id];
  await page.goto(`${PATH}?sections=${two.join(',')},inconnu&format=a4`);
  expect(await page.locator('input[name="sections[]"]:checked').evaluateAll((b) => b.map((x) => (x as HTMLInputElement).value))).toEqual(two);
  await expect(page.locator('input[name="format"][value="a4"]')).toBeChecked();
  await page.locator('#org-nom').fill('Secours Mutuel');
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Secours');
  await page.getByLabel('Se souvenir de ces coordonnées sur cet appareil').check();
  await page.reload();
  await expect(page.locator('#org-nom')).toHaveValue('Secours Mutuel');
  await page.getByRole('button', { name: 'Effacer' }).click();
  await expect(page.locator('#org-nom')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('#org-nom')).toHaveValue('');
});

test('without JavaScript the page says what it needs and links to the ready-made booklets', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  await expect(page.locator('.composer-nojs h2')).toHaveText('Ce composeur a besoin de JavaScript');
  await expect(page.locator('.composer-nojs a[href="/livret/"]')).toHaveCount(1);
  // The form cannot be sent: nothing typed leaves the page, even without the script.
  await expect(page.getByRole('button', { name: 'Voir l’aperçu' })).toBeDisabled();
  await context.close();
});
