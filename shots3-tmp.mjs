import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 320, height: 700 } });
const p = await ctx.newPage();
// Every vertical picture: measure whether any text overflows the SVG's viewBox.
const urls = ['/fiches/notification-sanction/','/fiches/notification-indu/','/fiches/indu-caf/','/fiches/retenues-penalite-caf/','/articles/obtenir-documents-cada/','/articles/vos-donnees-rgpd/'];
for (const u of urls) {
  await p.goto('http://127.0.0.1:4398' + u);
  const r = await p.evaluate(() => [...document.querySelectorAll('svg.parcours-v, svg.parcours-h')].map((svg) => {
    const vb = svg.viewBox.baseVal; let worst = 0;
    for (const t of svg.querySelectorAll('text')) { const b = t.getBBox(); worst = Math.max(worst, b.x + b.width - vb.width, -b.x); }
    return `${svg.getAttribute('class')}: overflow ${worst.toFixed(0)}`;
  }));
  console.log(u, r.join(' | '));
}
await p.locator('svg.parcours-v').first().screenshot({ path: '/tmp/u2shots/v-320.png' });
await browser.close();
