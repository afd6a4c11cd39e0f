import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aliasesFor, compileSynonyms, normalize, parseSynonyms } from '../../src/lib/synonyms.ts';
import { readSynonyms } from '../../src/lib/synonyms-fs.ts';

const TABLE = parseSynonyms([
  ['pôle emploi', 'pole emploi', 'france travail', 'anpe'],
  ['indu', 'indus', 'trop-perçu', 'trop perçu', 'somme à rembourser'],
  ['caf', 'caisse d\'allocations familiales'],
  ['radiation', 'radié', 'sanction'],
], 'synonymes.yaml');

test('normalize ignores case, accents, hyphens and apostrophes', () => {
  assert.equal(normalize('Trop-Perçu'), 'trop percu');
  assert.equal(normalize('Caisse d’Allocations  familiales'), 'caisse d allocations familiales');
  assert.equal(normalize('  «\u202FPôle emploi\u202F» '), 'pole emploi');
});

test('a page that only says "France Travail" gets "pôle emploi" and "anpe", once each', () => {
  const aliases = aliasesFor('France Travail vous a radié : voici vos recours.', TABLE);
  assert.deepEqual(aliases.filter((a) => ['pôle emploi', 'pole emploi', 'anpe'].includes(a)), ['pôle emploi', 'anpe']);
  assert.ok(!aliases.includes('france travail'), 'words already in the text are not repeated');
  assert.ok(aliases.includes('radiation') && aliases.includes('sanction'));
});

test('the trop-perçu page gets "indu", and spellings without accents or hyphens match too', () => {
  assert.ok(aliasesFor('Votre trop-perçu de mars', TABLE).includes('indu'));
  assert.ok(aliasesFor('un trop percu de 300 euros', TABLE).includes('indu'));
  assert.deepEqual(aliasesFor('Les indus de la CAF', TABLE).filter((a) => a.startsWith('trop')), ['trop-perçu']);
});

test('whole words only: "caf" does not match "café", "indu" does not match "industrie"', () => {
  assert.deepEqual(aliasesFor('Un café avec un ami', TABLE), []);
  assert.deepEqual(aliasesFor('Une industrie locale', TABLE), []);
  assert.deepEqual(aliasesFor('Le directeur a signé', TABLE), []);
  // Plurals and feminines of words of four letters or more do match.
  assert.ok(aliasesFor('Deux sanctions ont suivi', TABLE).includes('radiation'));
});

test('compiled once, the table gives the same aliases', () => {
  const text = 'La caisse d’allocations familiales réclame un indu.';
  assert.deepEqual(aliasesFor(text, compileSynonyms(TABLE)), aliasesFor(text, TABLE));
  assert.ok(aliasesFor(text, TABLE).includes('caf'));
});

test('the schema refuses a malformed table and names the file and the group', () => {
  const bad: [unknown, RegExp][] = [
    [{ indu: 'trop-perçu' }, /f\.yaml: top level: expected a YAML list/],
    [[['indu', 'trop-perçu'], 'radiation'], /f\.yaml: group 2: expected a list of words/],
    [[['indu']], /group 1: a group needs at least two words/],
    [[['indu', 42]], /group 1: every entry must be a non-empty text/],
    [[['indu', '  ']], /group 1: every entry must be a non-empty text/],
    [[['Indu', 'trop-perçu']], /group 1: "Indu" must be written in lower case/],
    [[['indu', 'trop-perçu'], ['trop perçu', 'dette']], /group 2: "trop perçu" is already in group 1/],
    [[['pôle emploi', 'pole emploi']], /group 1: all its words are the same/],
    [[['indu', 'x'.repeat(81)]], /longer than 80 characters/],
    [[['indu', '…']], /has no letter or digit/],
  ];
  for (const [data, message] of bad) assert.throws(() => parseSynonyms(data, 'f.yaml'), message);
  assert.deepEqual(parseSynonyms(null, 'f.yaml'), []);
});

test('reading the file: missing is an empty table, broken YAML names the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-syn-'));
  try {
    assert.deepEqual(readSynonyms(join(dir, 'absent.yaml')), []);
    const broken = join(dir, 'synonymes.yaml');
    writeFileSync(broken, '- ["indu", "trop-perçu"\n- [');
    assert.throws(() => readSynonyms(broken), new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid YAML`));
    writeFileSync(broken, '- ["indu", "trop-perçu"]\n- ["Radiation", "sanction"]\n');
    assert.throws(() => readSynonyms(broken), /synonymes\.yaml: group 2: "Radiation" must be written in lower case/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('spellings the search engine treats alike are given once: accents, plurals, feminines', () => {
  const table = [['délai', 'delai', 'délais', 'delais', 'date limite'], ['radiation', 'radié', 'radiée', 'radie', 'sanction']];
  assert.deepEqual(aliasesFor('Une date limite', table), ['délai']);
  assert.deepEqual(aliasesFor('Vous êtes radiée.', table), ['radiation', 'sanction']);
});
