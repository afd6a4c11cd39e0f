/**
 * « Envoyer ce lien » on every fiche and letter: plain e-mail, SMS and WhatsApp links naming the page's
 * own address; « Copier le lien » only on letters, hidden until their script runs; fiches keep no script.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SITE } from '../../src/lib/site.ts';
import { attr, builtPages, elements } from '../helpers/pages.ts';

const pages = builtPages().filter((p) => p.kind === 'fiche' || p.kind === 'lettre');

test('fiches and letters offer e-mail, SMS and WhatsApp links to themselves; only letters offer to copy it', () => {
  assert.ok(pages.some((p) => p.kind === 'fiche') && pages.some((p) => p.kind === 'lettre'));
  const bad: string[] = [];
  for (const p of pages) {
    const section = elements(p.tree, 'section').find((s) => attr(s, 'className')?.includes('share-links'));
    if (!section) { bad.push(`${p.url}: no « Envoyer ce lien »`); continue; }
    const self = `${SITE.url}${p.url}`;
    const hrefs = elements(section, 'a').map((a) => attr(a, 'href') ?? '');
    for (const scheme of ['mailto:', 'sms:', 'https://wa.me/']) {
      const href = hrefs.find((h) => h.startsWith(scheme));
      if (!href) bad.push(`${p.url}: no ${scheme} link`);
      else if (!decodeURIComponent(href).includes(self)) bad.push(`${p.url}: the ${scheme} link does not carry ${self}`);
    }
    const copy = elements(section, 'button').find((b) => attr(b, 'dataAction') === 'copy-link');
    if (p.kind === 'lettre' && !(copy && attr(copy, 'dataUrl') === self)) bad.push(`${p.url}: no « Copier le lien » for its own address`);
    if (p.kind === 'fiche' && copy) bad.push(`${p.url}: a copy button on a page without script`);
    if (p.kind === 'fiche' && elements(p.tree, 'script').some((s) => attr(s, 'type') !== 'application/ld+json')) bad.push(`${p.url}: a fiche loads a script`);
  }
  assert.deepEqual(bad, []);
});
