/** content/glossaire.yaml is read by one function, checked by the collection's schema (src/lib/glossary-fs.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { FIXTURE_CONTENT, cleanup, fixtureCopy } from '../helpers/build.ts';
import { readGlossary, readGlossaryTerms } from '../../src/lib/glossary-fs.ts';

test('the fixture glossary: every term with its id, text and forms, defaults applied', () => {
  const terms = readGlossary(join(FIXTURE_CONTENT, 'glossaire.yaml'));
  assert.deepEqual(terms.map((t) => t.id), ['are', 'indu']);
  assert.deepEqual(terms[1]!.voirAussi, []);
  assert.deepEqual(readGlossaryTerms(join(FIXTURE_CONTENT, 'glossaire.yaml')), [{ id: 'are', formes: ['ARE'] }, { id: 'indu', formes: ['indu'] }]);
});

test('a term the schema refuses names the file, the term and the field; a changed file is read again', () => {
  const dir = fixtureCopy();
  const path = join(dir, 'glossaire.yaml');
  try {
    assert.equal(readGlossary(path).length, 2);
    writeFileSync(path, readFileSync(path, 'utf8').replace('definition: "Une somme versée à tort, que l\'organisme réclame."', 'definition: "Court."'));
    assert.throws(() => readGlossary(path), (e: Error) => e.message.includes(path) && /1\.definition:/.test(e.message));
  } finally {
    cleanup(dir);
  }
  assert.deepEqual(readGlossary(join(dir, 'absent.yaml')), []);
});
