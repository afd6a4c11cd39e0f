/** Checks on every built page: French language and French typography in what the reader sees. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlPages, visibleText } from '../helpers/dist.ts';

const pages = htmlPages();

test('the build produced pages', () => {
  assert.ok(pages.length > 10, `only ${pages.length} pages in dist/`);
});

test('every page is lang="fr"', () => {
  const wrong = pages.filter((p) => !/<html[^>]*\blang="fr"/.test(p.html)).map((p) => p.path);
  assert.deepEqual(wrong, []);
});

test('no page shows a plain space before ? ! ; or inside « »', () => {
  const bad: string[] = [];
  for (const p of pages) {
    const text = visibleText(p.html);
    for (const m of text.matchAll(/.{0,30}(?: [?!;]|« | »).{0,10}/g)) bad.push(`${p.path}: …${m[0]}…`);
  }
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} places`);
});

test('no page shows a straight apostrophe between letters', () => {
  const bad: string[] = [];
  for (const p of pages) {
    for (const m of visibleText(p.html).matchAll(/.{0,20}\p{L}'\p{L}.{0,10}/gu)) bad.push(`${p.path}: …${m[0]}…`);
  }
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} places`);
});

test('no page shows doubled guillemets (»», ««) or a straight apostrophe before «', () => {
  const bad: string[] = [];
  for (const p of pages) {
    // Spaces between blocks count too: a paragraph must not start with the previous one's ».
    for (const m of visibleText(p.html).matchAll(/.{0,30}(?:»[\s\u00A0\u202F]*»|«[\s\u00A0\u202F]*«|'[\s\u00A0\u202F]*«).{0,10}/gu)) {
      bad.push(`${p.path}: …${m[0]}…`);
    }
  }
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} places`);
});
