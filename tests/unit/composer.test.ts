/** « Composer votre livret »: validation messages, the shared address and the page estimate (src/lib/composer.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkDetails, checkField, checkSelection, cleanDetails, countWords, estimatePages, hasDetails, parseQuery, sectionPages, toQuery,
  EMPTY_DETAILS, EMPTY_SELECTION_MESSAGE, FIXED_PAGES, WORDS_PER_A5_PAGE,
} from '../../src/lib/composer.ts';

test('an empty selection gets a message; one section is enough', () => {
  assert.equal(checkSelection([]), EMPTY_SELECTION_MESSAGE);
  assert.equal(checkSelection(['fiche-contrainte']), null);
});

test('the free text: 300 characters pass, 301 get a message naming the count; accents and emoji count once', () => {
  assert.equal(checkField('texte', 'é'.repeat(300)), null);
  assert.equal(checkField('texte', 'a'.repeat(301)), '301 caractères : 300 au plus. Raccourcissez de 1 caractère.');
  assert.equal(checkField('texte', '😀'.repeat(300)), null);
  assert.match(checkField('texte', 'x'.repeat(350))!, /Raccourcissez de 50 caractères/);
  // Spaces around the text are not counted (they are not printed).
  assert.equal(checkField('texte', `  ${'a'.repeat(300)}  `), null);
});

test('a phone number in any usual format passes; letters or too few digits get a message', () => {
  for (const ok of ['01 23 45 67 89', '01.23.45.67.89', '0123456789', '+33 1 23 45 67 89', '+33 (0)1 23-45-67-89', '3949', '']) {
    assert.equal(checkField('telephone', ok), null, ok);
  }
  for (const bad of ['01 23 AB 45', 'appelez-nous', '06 12 34 56 7x', '++33 1', '01 23 + 45']) {
    assert.match(checkField('telephone', bad) ?? '', /que des chiffres/, bad);
  }
  assert.match(checkField('telephone', '12') ?? '', /2 chiffres/);
  assert.match(checkField('telephone', '1234567890123456') ?? '', /16 chiffres/);
});

test('an e-mail address needs an @ and a domain', () => {
  assert.equal(checkField('courriel', 'accueil@asso.fr'), null);
  assert.match(checkField('courriel', 'accueil asso.fr') ?? '', /nom@exemple\.fr/);
  assert.match(checkField('courriel', 'accueil@asso') ?? '', /nom@exemple\.fr/);
});

test('HTML or a script in a field is text: no message, kept as typed', () => {
  const html = '<script>alert(1)</script><b>Asso</b>';
  assert.equal(checkField('nom', html), null);
  assert.equal(checkField('texte', html), null);
  assert.equal(cleanDetails({ ...EMPTY_DETAILS, nom: ` ${html} ` }).nom, html);
});

test('a long organisation name passes up to 150 characters, then gets a message', () => {
  assert.equal(checkField('nom', 'A'.repeat(150)), null);
  assert.match(checkField('nom', 'A'.repeat(151)) ?? '', /151 caractères : 150 au plus/);
});

test('checkDetails names only the fields with a problem', () => {
  assert.deepEqual(Object.keys(checkDetails({ ...EMPTY_DETAILS, nom: 'Asso', telephone: 'abc', texte: 'a'.repeat(301) })), ['telephone', 'texte']);
  assert.deepEqual(checkDetails(EMPTY_DETAILS), {});
  assert.equal(hasDetails(EMPTY_DETAILS), false);
  assert.equal(hasDetails({ ...EMPTY_DETAILS, horaires: 'lundi' }), true);
});

test('the shared address holds the known sections in the guide order, and the format; never anything else', () => {
  const known = ['fiche-a', 'article-b', 'lettre-c'];
  assert.deepEqual(parseQuery('?sections=lettre-c,fiche-a,inconnu,fiche-a&format=a4', known), { sections: ['fiche-a', 'lettre-c'], format: 'a4' });
  assert.deepEqual(parseQuery('?format=letter', known), { sections: [], format: 'a5' });
  assert.deepEqual(parseQuery('', known), { sections: [], format: 'a5' });
  assert.equal(toQuery(['fiche-a', 'lettre-c'], 'a5'), '?sections=fiche-a,lettre-c&format=a5');
  assert.equal(toQuery([], 'a5'), '');
  // Round trip.
  assert.deepEqual(parseQuery(toQuery(['article-b'], 'a4'), known), { sections: ['article-b'], format: 'a4' });
  assert.deepEqual(parseQuery(toQuery(['article-b'], 'a5-plie'), known), { sections: ['article-b'], format: 'a5-plie' });
  assert.equal(toQuery([], 'a5-plie'), '?format=a5-plie');
  assert.deepEqual(parseQuery('?format=A5-PLIE', known).format, 'a5');
});

test('page estimate: each section at least one page, plus cover, contents and back cover; A4 holds more', () => {
  assert.equal(sectionPages(0), 1);
  assert.equal(sectionPages(WORDS_PER_A5_PAGE), 1);
  assert.equal(sectionPages(WORDS_PER_A5_PAGE + 1), 2);
  assert.equal(estimatePages([], 'a5'), 0);
  assert.equal(estimatePages([100, WORDS_PER_A5_PAGE * 3], 'a5'), 1 + 3 + FIXED_PAGES);
  assert.ok(estimatePages([WORDS_PER_A5_PAGE * 4], 'a4') < estimatePages([WORDS_PER_A5_PAGE * 4], 'a5'));
});

test('words of a Markdown text leave out markup and link addresses', () => {
  assert.equal(countWords('## Titre\n\nUn [lien](https://exemple.fr/a/b) et **gras** : fin.'), 6);
  assert.equal(countWords('---\ntitre: x\n---\nDeux mots'), 2);
});
