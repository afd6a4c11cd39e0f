/** Whole builds of tiny fixture sites: bad front matter must fail the build and name the file and field. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, cleanup, fixtureCopy } from '../helpers/build.ts';

const edit = (dir: string, file: string, from: RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  assert.match(text, from, `fixture ${file} no longer contains ${from}`);
  writeFileSync(path, text.replace(from, to));
};

test('the fixture site builds', () => {
  const content = fixtureCopy();
  const r = buildSite(content);
  cleanup(content, r.outDir);
  assert.equal(r.status, 0, r.output);
});

test('an unknown theme fails the build, naming the file and the field', () => {
  const content = fixtureCopy();
  edit(content, 'articles/second-article.md', /^theme: controle$/m, 'theme: inconnu');
  const r = buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /second-article\.md/);
  assert.match(r.output, /theme: Invalid option/);
});

test('a missing field and a future date in a fiche fail the build, naming each field', () => {
  const content = fixtureCopy();
  edit(content, 'fiches/une-fiche.md', /^delai: .*$/m, '');
  edit(content, 'fiches/une-fiche.md', /^verifie: .*$/m, 'verifie: 2999-01-01');
  const r = buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /une-fiche\.md/);
  assert.match(r.output, /delai: /);
  assert.match(r.output, /verifie: La date « vérifié le » ne peut pas être dans le futur/);
});

test('a source URL that is not http(s) fails the build', () => {
  const content = fixtureCopy();
  edit(content, 'articles/premier-article.md', /url: "https:\/\/example\.org\/page"/, 'url: "javascript:alert(1)"');
  const r = buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /premier-article\.md/);
  assert.match(r.output, /sources\.1\.url/);
});

test('a letter blank that is not declared fails the build, naming the letter', () => {
  const content = fixtureCopy();
  edit(content, 'lettres/une-lettre.md', /\{\{identifiant\}\}/, '{{identifiant}} {{inconnu}}');
  const r = buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/lettres\/une-lettre.*\{\{inconnu\}\}/);
});
