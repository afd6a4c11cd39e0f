/** The booklet's smaller pieces: PDF links filled after the build, useful contacts checked against their source, QR codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encode } from 'uqr';
import { DOWNLOADS_END, downloadsStart, fillDownloads, pdfFacts, type BookletPdfs } from '../../src/lib/booklet-downloads.ts';
import { asSentence, checkContact, keepPhonesTogether, plainText, resolveContacts } from '../../src/lib/contacts.ts';
import { qrSvg } from '../../src/lib/qr.ts';

const pdfs: BookletPdfs = {
  a5: { href: '/livret/livret-a5.pdf', bytes: 1_234_567, pages: 96 },
  a4: { href: '/livret/livret-a4-imprime.pdf', bytes: 850_000, pages: 48 },
};
const page = (variant: 'full' | 'short', fallback: string) =>
  `<main><p>avant</p>${downloadsStart(variant)}${fallback}${DOWNLOADS_END}<p>après</p></main>`;

test('with PDFs, each marked place gets both links with their page count and size', () => {
  const { html, filled } = fillDownloads(page('full', '<p>Imprimez cette page.</p>') + page('short', ''), { livret: pdfs });
  assert.equal(filled, 2);
  assert.doesNotMatch(html, /Imprimez cette page|livret-pdf/);
  assert.equal(html.match(/href="\/livret\/livret-a5\.pdf"/g)?.length, 2);
  assert.equal(html.match(/href="\/livret\/livret-a4-imprime\.pdf"/g)?.length, 2);
  assert.match(html, /\(PDF, 96\u00A0pages, 1,2\u00A0Mo\)/);
  assert.match(html, /\(PDF, 48\u00A0pages, 850\u00A0ko\)/);
  // Only the full variant explains how to fold the A4 copy.
  assert.equal(html.match(/recto verso/g)?.length, 1);
  assert.ok(html.startsWith('<main><p>avant</p>') && html.endsWith('<p>après</p></main>'));
});

test('without PDFs, the fallback stays, the markers go, and nothing links to a PDF', () => {
  const { html, filled } = fillDownloads(page('full', '<p>Imprimez cette page.</p>'), null);
  assert.equal(filled, 1);
  assert.equal(html, '<main><p>avant</p><p>Imprimez cette page.</p><p>après</p></main>');
  assert.doesNotMatch(html, /\.pdf/);
});

test('each marked place gets the links of its own booklet, and a booklet without PDFs keeps its fallback', () => {
  const essentiel: BookletPdfs = {
    a5: { href: '/livret/essentiel/essentiel-a5.pdf', bytes: 400_000, pages: 32 },
    a4: { href: '/livret/essentiel/essentiel-a4-imprime.pdf', bytes: 300_000, pages: 16 },
  };
  const two = `${downloadsStart('short', 'livret')}A${DOWNLOADS_END}${downloadsStart('short', 'essentiel')}B${DOWNLOADS_END}${downloadsStart('short', 'autre')}C${DOWNLOADS_END}`;
  const { html } = fillDownloads(two, { livret: pdfs, essentiel });
  assert.match(html, /^<ul class="pdf-links"><li><a href="\/livret\/livret-a5\.pdf"/);
  assert.match(html, /livret-a4-imprime\.pdf.*essentiel-a5\.pdf.*essentiel-a4-imprime\.pdf.*<\/ul>C$/);
});

test('a page without a marked place is left alone', () => {
  assert.deepEqual(fillDownloads('<p>rien</p>', { livret: pdfs }), { html: '<p>rien</p>', filled: 0 });
});

test('page count and size are written the French way', () => {
  assert.equal(pdfFacts(pdfs.a5), '(PDF, 96\u00A0pages, 1,2\u00A0Mo)');
});

const source = `---
titre: "Qui peut m'aider ?"
---
- **Le Défenseur des droits**, gratuit, par téléphone au 09 69 39 00 00 (numéro indiqué
  dans son [rapport](https://example.org) de 2022).
- Écrivez au Délégué, 1-5 avenue du Docteur Gley, 75987 Paris cedex 20.`;

test('a contact whose words are in its source passes, whatever the line folding, bold or apostrophes', () => {
  assert.equal(plainText("**Le** [rapport](https://x) d’aujourd'hui\u202F!"), "Le rapport d'aujourd'hui !");
  checkContact('ddd', {
    joindre: 'par téléphone au 09 69 39 00 00 (numéro indiqué dans son rapport de 2022)',
    telephone: '09 69 39 00 00',
    adresse: '1-5 avenue du Docteur Gley\n75987 Paris cedex 20',
    source: 'articles/aide',
  }, source);
});

test('a phone number or an address line the source does not give fails, naming the contact, the words and the file', () => {
  assert.throws(
    () => checkContact('ddd', { telephone: '01 23 45 67 89', source: 'articles/aide' }, source),
    /content\/contacts\.yaml: contact "ddd" says "01 23 45 67 89", which content\/articles\/aide does not say/,
  );
  assert.throws(
    () => checkContact('dpo', { adresse: '1-5 avenue du Docteur Gley\n75000 Paris', source: 'lettres/x' }, source),
    /contact "dpo" says "75000 Paris", which content\/lettres\/x/,
  );
});

test('contacts take their name and description from the glossary, and an unknown term fails', () => {
  const glossary = [{ id: 'cnil', data: { terme: 'CNIL', long: 'Commission nationale de l’informatique et des libertés', definition: 'Autorité.' } }];
  const [c] = resolveContacts([{ id: 'cnil', data: { telephone: '09 69 39 00 00', source: 'articles/aide' } }], glossary, () => source);
  assert.deepEqual(c, {
    id: 'cnil', nom: 'CNIL (Commission nationale de l’informatique et des libertés)', definition: 'Autorité.',
    joindre: undefined, telephone: '09 69 39 00 00', adresse: [], sourcePath: '/articles/aide/',
  });
  const [named] = resolveContacts([{ id: 'x', data: { glossaire: 'cnil', nom: 'Délégué', telephone: '09 69 39 00 00', source: 'articles/aide' } }], glossary, () => source);
  assert.equal(named!.nom, 'Délégué');
  assert.throws(
    () => resolveContacts([{ id: 'cada', data: { telephone: '1', source: 'articles/aide' } }], glossary, () => source),
    /contact "cada" names the glossary term "cada", which content\/glossaire\.yaml does not define/,
  );
});

test('contacts come A to Z, and phone numbers never break across lines', () => {
  const glossary = ['cnil', 'ada', 'bob'].map((id) => ({ id, data: { terme: id.toUpperCase(), definition: 'Définition.' } }));
  const list = resolveContacts(['cnil', 'bob', 'ada'].map((id) => ({ id, data: { telephone: '09 69 39 00 00', source: 'articles/aide' } })), glossary, () => source);
  assert.deepEqual(list.map((c) => c.id), ['ada', 'bob', 'cnil']);
  assert.equal(keepPhonesTogether('au 09 69 39 00 00 (2022), 3 000 euros'), 'au 09\u00A069\u00A039\u00A000\u00A000 (2022), 3 000 euros');
});

test('a quote printed as a sentence starts with a capital and ends with a full stop', () => {
  assert.equal(asSentence('gratuit, par téléphone'), 'Gratuit, par téléphone.');
  assert.equal(asSentence('Écrivez-lui.'), 'Écrivez-lui.');
});

/** The modules a QR code's SVG path paints, read back from its "M x y h w v1 h-w z" runs. */
function paintedModules(svg: string, border: number): Set<string> {
  const painted = new Set<string>();
  for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) painted.add(`${Number(x) - border + i},${Number(y) - border}`);
  }
  return painted;
}

test('a QR code paints exactly the dark modules of the code, with a quiet zone, and no style attribute', () => {
  const url = 'https://sous-controle.fr/articles/se-faire-aider/';
  const svg = qrSvg(url);
  const { data, size } = encode(url, { ecc: 'M', border: 0 });
  const expected = new Set<string>();
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) expected.add(`${x},${y}`); }));
  assert.deepEqual(paintedModules(svg, 2), expected);
  assert.match(svg, new RegExp(`viewBox="0 0 ${size + 4} ${size + 4}"`));
  assert.doesNotMatch(svg, /style=/);
  assert.match(svg, /aria-hidden="true"/);
  assert.throws(() => qrSvg(''), /needs some text/);
});
