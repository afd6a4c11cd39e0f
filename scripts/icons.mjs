/**
 * `node scripts/icons.mjs`: draws public/icons/icon-192.png and icon-512.png, the PNG icons of the web
 * app manifest (some browsers install a site only with PNG icons), from public/favicon.svg, with the
 * system Chromium. Run it again after changing the favicon; the PNGs are committed, the build does not draw them.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium-fs.ts';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // The favicon's rounded corners would leave transparent corners: maskable icons want a full square.
    await page.setContent(`<body style="margin:0;background:#0b4f9c">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `).replace(/ rx="\d+"/, '')}</body>`);
    await page.screenshot({ path: new URL(`../public/icons/icon-${size}.png`, import.meta.url).pathname, omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
