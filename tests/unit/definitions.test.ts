import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionKeys, findDefinition, firstSentence, normalizeKey, type Definition } from '../../src/lib/definitions.ts';

const defs: Definition[] = [
  { id: 'radiation', terme: 'Radiation', definition: 'La décision…', keys: definitionKeys({ id: 'radiation', terme: 'Radiation', formes: ['radiations', 'radiée'] }) },
  { id: 'indu', terme: 'Indu', definition: 'Une somme…', keys: definitionKeys({ id: 'indu', terme: 'Indu', long: 'Trop-perçu' }) },
];

test('normalizeKey ignores case, accents, apostrophes and hyphens', () => {
  assert.equal(normalizeKey('  Trop-Perçu '), 'trop percu');
  assert.equal(normalizeKey('l’indu'), 'l indu');
});

test('a query that is a term, a form or the long name finds its definition', () => {
  assert.equal(findDefinition('radiation', defs)?.id, 'radiation');
  assert.equal(findDefinition('RADIÉE', defs)?.id, 'radiation');
  assert.equal(findDefinition('la radiation', defs)?.id, 'radiation');
  assert.equal(findDefinition("l'indu", defs)?.id, 'indu');
  assert.equal(findDefinition('trop perçu', defs)?.id, 'indu');
});

test('a query that only contains a term, or nothing, finds none', () => {
  assert.equal(findDefinition('radiation et sanctions', defs), undefined);
  assert.equal(findDefinition('', defs), undefined);
  assert.equal(findDefinition('radia', defs), undefined);
});

test('firstSentence stops at the first full stop followed by a capital, not inside « R. 5412-5 »', () => {
  assert.equal(firstSentence('La décision de vous retirer. Pendant cette durée, rien.'), 'La décision de vous retirer.');
  assert.equal(firstSentence('Selon l\'article R. 5412-5 du code. Suite.'), 'Selon l\'article R. 5412-5 du code.');
  assert.equal(firstSentence('Une seule phrase sans point'), 'Une seule phrase sans point');
});
