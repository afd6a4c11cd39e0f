import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frenchTypography, NBSP, NNBSP } from '../../src/lib/typography.ts';

test('puts a narrow no-break space before ? ! ; whether or not a space was typed', () => {
  assert.equal(frenchTypography('Quoi ? Non! Oui ; bien'), `Quoi${NNBSP}? Non${NNBSP}! Oui${NNBSP}; bien`);
});

test('puts a no-break space before a colon, but not in times or URLs', () => {
  assert.equal(frenchTypography('Délai : 10 jours'), `Délai${NBSP}: 10 jours`);
  assert.equal(frenchTypography('à 12:30 sur https://x.fr'), 'à 12:30 sur https://x.fr');
});

test('puts narrow no-break spaces inside guillemets', () => {
  assert.equal(frenchTypography('« plein emploi »'), `«${NNBSP}plein emploi${NNBSP}»`);
  assert.equal(frenchTypography('«plein»'), `«${NNBSP}plein${NNBSP}»`);
});

test('turns a straight apostrophe between letters into a typographic one', () => {
  assert.equal(frenchTypography("l'état d'urgence"), 'l’état d’urgence');
});

test('leaves query strings and !important-like tokens alone', () => {
  assert.equal(frenchTypography('/recherche/?q=radiation'), '/recherche/?q=radiation');
});

test('uses the character before the run when a text node starts with punctuation', () => {
  assert.equal(frenchTypography(' : la suite', 's'), `${NBSP}: la suite`);
  assert.equal(frenchTypography('? oui', 'i'), `${NNBSP}? oui`);
});

test('does not double a space already correct', () => {
  const once = frenchTypography('Pourquoi ? « ici »');
  assert.equal(frenchTypography(once), once);
});

test('the text before a run is read, never copied into it: a run after a closing » does not start with »', () => {
  assert.equal(frenchTypography(', telle que', '»'), ', telle que');
  assert.equal(frenchTypography('Depuis le', `${NNBSP}»`), 'Depuis le');
  assert.equal(frenchTypography('»', 'x'), `${NNBSP}»`);
});

test('a straight apostrophe before « becomes typographic', () => {
  assert.equal(frenchTypography("d'« actes »"), `d’«${NNBSP}actes${NNBSP}»`);
});
