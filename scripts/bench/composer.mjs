/**
 * « Composer votre livret » (/livret/composer/): how long a 10-section composition takes, from the
 * click on « Voir l'aperçu » to a booklet laid out by Paged.js and ready to print, in headless
 * Chromium (budget: 5 s). Each run is a fresh browser context: the full guide's page and Paged.js
 * are fetched again, as on a first visit. Median of COMPOSER_RUNS runs (default 3; `--smoke`: 1).
 * `npm run bench -- composer`.
 */
import { runIfMain } from './lib/measurements.mjs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium as playwright } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { serve } from '../serve.mjs';

const PAGE = '/livret/composer/';
const BUDGET_MS = 5000;
const SECTIONS = 10;

export async function run({ chromium, dist, args = [] }) {
  if (!chromium) throw new Error('No Chromium found: set CHROMIUM_PATH.');
  if (!existsSync(join(dist, 'livret/composer/index.html'))) throw new Error(`No ${PAGE} in ${dist}: run \`npm run build\` first.`);
  const smoke = args.includes('--smoke');
  const runs = smoke ? 1 : Math.max(1, Number(process.env.COMPOSER_RUNS ?? 3));
  const server = await serve(dist, 0, { gzip: true });
  const browser = await playwright.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS });
  const times = [];
  let pages = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'fr-FR' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}${PAGE}`);
      const ids = await page.locator('input[name="sections[]"]').evaluateAll((b) => b.map((x) => x.value));
      // The smoke run's fixture site offers fewer sections than the budget's 10: it takes what there is.
      const count = smoke ? Math.min(SECTIONS, ids.length) : SECTIONS;
      if (ids.length < count || count === 0) throw new Error(`${PAGE} offers ${ids.length} sections, fewer than ${count}`);
      // Spread over the guide: fiches, articles and letters.
      const chosen = Array.from({ length: count }, (_, k) => ids[Math.floor((k * ids.length) / count)]);
      await page.goto(`${server.url}${PAGE}?sections=${chosen.join(',')}&format=a5`);
      await page.locator('#org-nom').fill('Association Entraide Emploi');
      await page.locator('#org-adresse').fill('12 rue des Lilas, 75011 Paris');
      const started = Date.now();
      await page.getByRole('button', { name: /aperçu/ }).click();
      await page.locator('#composer-preview[data-state="ready"]').waitFor({ timeout: 60_000 });
      times.push(Date.now() - started);
      pages = Number(await page.locator('#composer-preview').getAttribute('data-pages'));
      if (errors.length) throw new Error(`errors in ${PAGE}:\n${errors.join('\n')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(`runs: ${times.join(', ')} ms`);
  return [
    { name: `composer: ${SECTIONS} sections laid out, median of ${runs}`, value: median, unit: 'ms', budget: BUDGET_MS },
    { name: 'composer: pages of that booklet', value: pages, unit: 'pages' },
  ];
}

await runIfMain(import.meta, run, { needsBuild: true });
