import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleParts } from '../../src/lib/title.ts';

const kept = (t: string) => titleParts(t).filter((p) => p.keep).map((p) => p.text);

test('verb-pronoun inversions are kept whole, the rest is left alone', () => {
  assert.deepEqual(kept('Algorithmes : faut-il les interdire ?'), ['faut-il']);
  assert.deepEqual(kept('La CAF me donne-t-elle une note ?'), ['donne-t-elle']);
  assert.deepEqual(kept('France Travail peut-il voir mes relevés ?'), ['peut-il']);
  assert.deepEqual(kept('Trop-perçu : que faire ?'), []);
  assert.deepEqual(kept('Ile-de-France'), []);
});

test('the parts put back together give the title unchanged', () => {
  const t = 'Radiation, suspension : quelles sanctions France Travail peut-il prendre ?';
  assert.equal(titleParts(t).map((p) => p.text).join(''), t);
});
