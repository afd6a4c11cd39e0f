import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const pages = process.argv.slice(2);
for (const [w,h] of [[360,800],[1440,900]]) for (const scheme of ['light','dark']) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const p = await ctx.newPage();
  for (const url of pages) {
    await p.goto('http://127.0.0.1:4398' + url);
    const name = url.replace(/\//g,'_') || 'home';
    const sel = process.env.SEL;
    if (sel && await p.locator(sel).count()) await p.locator(sel).first().screenshot({ path: `/tmp/u2shots/${name}-${w}-${scheme}.png` });
    else await p.screenshot({ path: `/tmp/u2shots/${name}-${w}-${scheme}.png`, fullPage: !!process.env.FULL });
  }
  await ctx.close();
}
await browser.close();
