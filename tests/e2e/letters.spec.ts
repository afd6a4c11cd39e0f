/**
 * Letter pages in a browser: the form fills the letter, the deadline calculator, print, copy,
 * download, the draft, bad input, no JavaScript, keyboard and accessibility. Every test also fails
 * on a request to another origin or a console error (fixtures.ts); the tests that fill the form
 * record every request after the page has loaded, same-origin too, and expect none.
 */
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { axeViolations, describeViolation } from './axe.ts';
import { test, expect } from './fixtures.ts';

test.use({ timezoneId: 'Europe/Paris', locale: 'fr-FR' });

/** Plain spaces and apostrophes: French typography puts no-break spaces before ":" and typographic apostrophes. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, '\'');

/** The first letter page whose HTML passes `wanted`, else the first letter page. */
async function findLetter(request: APIRequestContext, wanted: (html: string) => boolean): Promise<string> {
  const index = await (await request.get('/lettres/')).text();
  const paths = [...new Set([...index.matchAll(/href="(\/lettres\/[^"/]+\/)"/g)].map((m) => m[1]!))];
  expect(paths.length, 'letters listed on /lettres/').toBeGreaterThan(0);
  for (const path of paths) {
    if (wanted(await (await request.get(path)).text())) return path;
  }
  return paths[0]!;
}

/** A letter with its own date field and its own free-text field (the contested-decision letters). */
const richLetter = (html: string) =>
  /<input[^>]*data-field="(?!date")[^"]+"[^>]*data-type="date"/.test(html) &&
  /<textarea[^>]*data-field="(?!adresse"|destinataire")[^"]+"/.test(html);

/** Every request the page makes from now on, whatever its origin. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function openLetter(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-letter-form]')).toBeVisible();
}

/** The first field of a letter's own ("Votre dossier") of the given type. */
async function ownField(page: Page, type: 'date' | 'texte-long'): Promise<Locator> {
  const shared = ['nom', 'adresse', 'ville', 'date', 'destinataire'];
  const all = page.locator(`[data-letter-form] [data-type="${type}"]`);
  for (let i = 0; i < (await all.count()); i++) {
    const f = all.nth(i);
    if (!shared.includes((await f.getAttribute('data-field'))!)) return f;
  }
  throw new Error(`no ${type} field of its own on ${page.url()}`);
}

/** Types a date into a date input segment by segment, in the order the browser shows (day or month first). */
async function typeDate(page: Page, input: Locator, day: string, month: string, year: string): Promise<void> {
  await input.focus();
  await page.keyboard.type('01022026');
  const dayFirst = (await input.inputValue()) === '2026-02-01';
  await input.evaluate((e: HTMLInputElement) => { e.value = ''; });
  await input.focus();
  await page.keyboard.type(dayFirst ? `${day}${month}${year}` : `${month}${day}${year}`);
  await input.blur();
}

const todayInParis = () => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' })
  .format(new Date()).replace(/^1 /, '1er ');

test('the form fills the letter as the reader types; print shows the letter alone; copy and download give its text; no request, cookie or storage at all', async ({ page, context, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const path = await findLetter(request, richLetter);
  await openLetter(page, path);
  const requests = recordRequests(page);
  const letter = page.locator('#lettre');

  await expect(letter.locator('[data-field="nom"]').first()).toHaveText('[Vos prénom et nom]');
  await page.fill('#champ-nom', 'Camille Martin');
  // Every blank of the field changes: the sender block and the signature.
  const names = letter.locator('[data-field="nom"]');
  expect(await names.count()).toBeGreaterThanOrEqual(2);
  for (const n of await names.all()) await expect(n).toHaveText('Camille Martin');
  await expect(letter.locator('.signature')).toHaveText('Camille Martin');

  await page.fill('#champ-adresse', '12 rue des Lilas\n75011 Paris');
  expect(await letter.locator('.sender').innerText()).toBe('Camille Martin\n12 rue des Lilas\n75011 Paris');

  const date = await ownField(page, 'date');
  const dateName = (await date.getAttribute('data-field'))!;
  await date.fill('2026-03-20');
  await expect(letter.locator(`[data-field="${dateName}"]`).first()).toHaveText('20 mars 2026');

  const text = await ownField(page, 'texte-long');
  const textName = (await text.getAttribute('data-field'))!;
  await text.fill('Je n\'ai jamais reçu la convocation.\n\nJ\'étais hospitalisé ce jour-là.');
  expect(await letter.locator(`[data-field="${textName}"]`).innerText()).toBe('Je n\'ai jamais reçu la convocation.\n\nJ\'étais hospitalisé ce jour-là.');

  await page.fill('#champ-ville', 'Paris');
  expect(plain(await letter.locator('.place-date').innerText())).toBe(`Paris, le ${todayInParis()}`);

  // Print: the button prints, and the print layout holds the letter and nothing else.
  await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await page.click('[data-action="print"]');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-letter-form]')).toBeHidden();
  await expect(page.locator('section.deadline')).toBeHidden();
  await expect(page.locator('[data-action="print"]')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(letter).toBeVisible();
  const printed = await page.evaluate(() => [document.body.innerText.trim(), (document.querySelector('#lettre') as HTMLElement).innerText.trim()]);
  expect(printed[0]).toBe(printed[1]);
  await page.emulateMedia({ media: 'screen' });

  // Copy: the whole letter as text, announced in the status line.
  await page.click('[data-action="copy"]');
  await expect(page.locator('[data-letter-status]')).toContainText('copié');
  const copied = plain(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.startsWith('Camille Martin\n12 rue des Lilas\n75011 Paris\n\n')).toBe(true);
  expect(copied).toContain(`Paris, le ${todayInParis()}`);
  expect(copied).toContain('Objet : ');
  expect(copied).toContain('20 mars 2026');
  expect(copied).toContain('Je n\'ai jamais reçu la convocation.\n\nJ\'étais hospitalisé ce jour-là.');
  expect(copied).toMatch(/\n\nCamille Martin(\n|$)/);

  // Download: the same text, as a .txt file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download"]')]);
  expect(download.suggestedFilename()).toBe(`lettre-${path.split('/')[2]}.txt`);
  const file = await readFile((await download.path())!, 'utf8');
  expect(file.charCodeAt(0)).toBe(0xfeff);
  expect(plain(file.slice(1))).toBe(copied);
  await expect(page.locator('[data-letter-status]')).toContainText('téléchargé');

  expect(requests.filter((u) => !u.startsWith('blob:')), 'requests while filling, printing, copying, downloading').toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('the deadline calculator computes from the reader\'s date, cites its source, and the .ics file carries the safe date', async ({ page, request }) => {
  const path = await findLetter(request, (html) => html.includes('data-rule="mediation"'));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const block = page.locator('section.deadline');
  const rule = (await block.getAttribute('data-rule'))!;
  // Worked out by hand from Friday 20 March 2026 (see tests/unit/deadlines.test.ts): first event's date, first safe and legal dates.
  const expected: Record<string, [string, string, string]> = {
    'observations-sanction': ['20260330', 'lundi 30 mars 2026', 'lundi 30 mars 2026'],
    'opposition-contrainte': ['20260404', 'samedi 4 avril 2026', 'mardi 7 avril 2026'],
    mediation: ['20260520', 'mercredi 20 mai 2026', 'jeudi 21 mai 2026'],
    'indu-are': ['20260520', 'mercredi 20 mai 2026', 'mercredi 20 mai 2026'],
    rgpd: ['20260420', 'lundi 20 avril 2026', 'lundi 20 avril 2026'],
    documents: ['20260420', 'lundi 20 avril 2026', 'lundi 20 avril 2026'],
  };
  const [icsDate, safe, legal] = expected[rule]!;
  const requests = recordRequests(page);

  const input = page.locator('#delai-depart');
  await expect(input).toBeVisible();
  await input.fill('2026-03-20');
  await input.blur();
  await expect(page.locator('[data-deadline-status]')).toContainText(safe);
  const result = page.locator('[data-deadline-result]');
  await expect(result).toContainText(safe);
  await expect(result).toContainText(legal);
  // The source sits with the dates, linked.
  const sourceHref = await block.locator('.rule a').getAttribute('href');
  await expect(result.locator(`a[href="${sourceHref}"]`).first()).toBeVisible();
  // The passed date says so.
  await expect(result).toContainText('passée depuis');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-deadline-ics]')]);
  expect(download.suggestedFilename()).toBe(`delai-${path.split('/')[2]}.ics`);
  const ics = await readFile((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((m) => m[1]);
  expect(starts[0]).toBe(icsDate);
  await expect(page.locator('[data-deadline-ics-status]')).toContainText('agenda');

  // A date in the future is refused, next to the field.
  const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await input.fill(next);
  await input.blur();
  await expect(page.locator('#delai-depart-erreur')).toContainText('futur');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAttribute('aria-describedby', 'delai-depart-erreur');
  await expect(result).toBeEmpty();

  expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
});

test('a draft is kept only when asked, comes back after a reload, and is erased on request', async ({ page, request }) => {
  const path = await findLetter(request, richLetter);
  await openLetter(page, path);
  const stored = () => page.evaluate(() => Object.entries(localStorage));

  await page.fill('#champ-nom', 'Camille Martin');
  await page.fill('#champ-ville', 'Lyon');
  expect(await stored()).toEqual([]);

  await page.click('[data-action="keep-draft"]');
  await expect(page.locator('[data-letter-status]')).toContainText('Brouillon gardé');
  let entries = await stored();
  expect(entries.length).toBe(1);
  expect(entries[0]![0]).toBe(`sous-controle:brouillon:${path.split('/')[2]}`);
  expect(JSON.parse(entries[0]![1]).values.nom).toBe('Camille Martin');
  // Once kept, later changes are kept too.
  await page.fill('#champ-ville', 'Marseille');
  entries = await stored();
  expect(JSON.parse(entries[0]![1]).values.ville).toBe('Marseille');

  await page.reload();
  await expect(page.locator('#champ-nom')).toHaveValue('Camille Martin');
  await expect(page.locator('#lettre .place-date [data-field="ville"]')).toHaveText('Marseille');
  await expect(page.locator('[data-letter-status]')).toContainText('Brouillon retrouvé');

  const erase = page.locator('[data-action="erase-draft"]');
  await expect(erase).toBeVisible();
  await erase.click();
  expect(await stored()).toEqual([]);
  await expect(page.locator('[data-letter-status]')).toContainText('effacé');
  await expect(erase).toBeHidden();
  await page.fill('#champ-nom', 'Camille M.');
  expect(await stored()).toEqual([]);

  await page.reload();
  await expect(page.locator('#champ-nom')).toHaveValue('');

  // "Vider le formulaire" asks first, then puts every blank back.
  await page.fill('#champ-nom', 'Camille Martin');
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.click('[data-action="clear"]');
  await expect(page.locator('#champ-nom')).toHaveValue('Camille Martin');
  page.once('dialog', (dialog) => dialog.accept());
  await page.click('[data-action="clear"]');
  await expect(page.locator('#champ-nom')).toHaveValue('');
  await expect(page.locator('#lettre .sender [data-field="nom"]')).toHaveText('[Vos prénom et nom]');
  await expect(page.locator('#champ-date')).not.toHaveValue('');
  expect(await stored()).toEqual([]);
});

test('bad input: future date, impossible date, empty required field, 5,000 characters, HTML: French messages next to the field, nothing injected', async ({ page, request }) => {
  const path = await findLetter(request, richLetter);
  await openLetter(page, path);
  const requests = recordRequests(page);
  const letter = page.locator('#lettre');
  const errorOf = async (control: Locator) => page.locator(`#${await control.getAttribute('id')}-erreur`);
  const expectError = async (control: Locator, text: RegExp) => {
    const error = await errorOf(control);
    await expect(error).toBeVisible();
    expect(plain((await error.textContent())!)).toMatch(text);
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    expect((await control.getAttribute('aria-describedby'))!.split(' ')).toContain(await error.getAttribute('id'));
  };

  // A date in the future: refused, and the letter keeps its blank.
  const date = await ownField(page, 'date');
  const dateName = (await date.getAttribute('data-field'))!;
  const blankText = (await letter.locator(`[data-field="${dateName}"]`).first().textContent())!;
  const future = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  await date.fill(future);
  await date.blur();
  await expectError(date, /Cette date est dans le futur/);
  await expect(letter.locator(`[data-field="${dateName}"]`).first()).toHaveText(blankText);

  // An impossible date (30 February), typed in the date picker.
  await typeDate(page, date, '30', '02', '2026');
  await expectError(date, /Cette date n'existe pas/);
  await expect(letter.locator(`[data-field="${dateName}"]`).first()).toHaveText(blankText);

  // Corrected: the message goes, the letter fills.
  await date.fill('2026-02-27');
  await date.blur();
  await expect(await errorOf(date)).toBeHidden();
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(letter.locator(`[data-field="${dateName}"]`).first()).toHaveText('27 février 2026');

  // A required field emptied: says so; the blank stays on the letter.
  const nom = page.locator('#champ-nom');
  await nom.fill('Camille');
  await nom.fill('');
  await nom.blur();
  await expectError(nom, /Champ à remplir/);
  await expect(letter.locator('.sender [data-field="nom"]')).toHaveText('[Vos prénom et nom]');

  // HTML typed into a field is shown as text: no element, no script, no request for "x".
  const html = '<img src=x onerror="window.pwned=1"><b>gras</b><script>window.pwned=2</script>';
  await nom.fill(html);
  await expect(letter.locator('.sender [data-field="nom"]')).toHaveText(html);
  expect(await letter.locator('img, b, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(await errorOf(nom)).toBeHidden();

  // 5,000 characters: the counts are given; printing waits for a shorter text and says why.
  const text = await ownField(page, 'texte-long');
  await text.fill(`${'Mot '.repeat(1249)}fin.`);
  await expectError(text, /Texte trop long : 5 000 caractères, pour 4 000 au plus/);
  await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await page.click('[data-action="print"]');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
  await expect(page.locator('[data-letter-status]')).toContainText('Corrigez d');
  await expect(text).toBeFocused();
  // The page still works: shortened, it prints, and the empty blanks left are listed.
  await text.fill('Mot '.repeat(100));
  await page.click('[data-action="print"]');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  expect(requests).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the letter shows its blanks to fill by hand, the form and buttons stay hidden, the deadline is explained in words, print shows the letter alone', async ({ page, request }) => {
    const path = await findLetter(request, richLetter);
    await page.goto(path);
    await expect(page.locator('[data-letter-form]')).toBeHidden();
    await expect(page.locator('[data-action="print"]')).toBeHidden();
    await expect(page.locator('[data-deadline-calc]')).toBeHidden();
    await expect(page.locator('[data-no-js]')).toBeVisible();
    await expect(page.locator('#lettre .sender')).toContainText('[Vos prénom et nom]');
    await expect(page.locator('#lettre .place-date')).toHaveText('[Ville], le [Date]');
    const deadline = page.locator('section.deadline');
    await expect(deadline).toContainText('Ce jour-là ne compte pas');
    await expect(deadline).toContainText('vendredi 20 mars 2026');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => [document.body.innerText.trim(), (document.querySelector('#lettre') as HTMLElement).innerText.trim()]);
    expect(printed[0]).toBe(printed[1]);
  });
});

test('keyboard and accessibility: every control has a label, is reached with Tab in order, shows its focus, is at least 24 px, and axe finds nothing', async ({ page, request }) => {
  const path = await findLetter(request, richLetter);
  await openLetter(page, path);

  const controls = await page.locator('[data-letter-form] :is(input, textarea, button):visible, .letter-column button:visible').evaluateAll((els) =>
    els.map((e) => ({ id: e.id, label: e.id ? Boolean(document.querySelector(`label[for="${e.id}"]`)) : e.tagName === 'BUTTON' && Boolean(e.textContent?.trim()) })));
  expect(controls.length).toBeGreaterThan(8);
  expect(controls.filter((c) => !c.label)).toEqual([]);

  // Tab from the first field goes through every field of the form in order.
  const fieldIds = await page.locator('[data-letter-form] :is(input, textarea)').evaluateAll((els) => els.map((e) => e.id));
  await page.locator(`#${fieldIds[0]}`).focus();
  const reached = [fieldIds[0]];
  for (let i = 0; i < 40 && reached.length < fieldIds.length; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    if (id && id !== reached.at(-1) && fieldIds.includes(id)) reached.push(id);
  }
  expect(reached).toEqual(fieldIds);

  // Focus is visible on a button; targets are at least 24 × 24 px.
  const print = page.locator('[data-action="print"]');
  await print.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(print).toBeFocused();
  expect(await print.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
  for (const target of await page.locator('[data-letter-form] :is(input, textarea, button):visible, .letter-column button:visible, section.deadline :is(input, button):visible').all()) {
    const box = (await target.boundingBox())!;
    expect(Math.min(box.width, box.height), await target.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(24);
  }

  await page.fill('#delai-depart', '2026-03-20');
  await page.locator('#delai-depart').blur();
  expect((await axeViolations(page)).map(describeViolation)).toEqual([]);
});

test('the letter page ships its scripts as files: no inline script body, no style attribute', async ({ request }) => {
  const path = await findLetter(request, richLetter);
  const html = await (await request.get(path)).text();
  // JSON-LD (type="application/ld+json") is data, never executed: the only inline block allowed.
  expect(html.match(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>[^<]+<\/script>/g) ?? []).toEqual([]);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/letter-print\.[^"]+\.css" media="print">/);
  // Articles ship no script at all (their JSON-LD block is data, not a script).
  const articles = await (await request.get('/themes/')).text();
  const article = articles.match(/href="(\/articles\/[^"]+\/)"/)?.[1];
  expect(article, 'an article linked from /themes/').toBeTruthy();
  expect(await (await request.get(article!)).text()).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
});
