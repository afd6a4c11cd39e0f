/** Whole builds of tiny fixture sites: bad front matter must fail the build and name the file and field. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, cleanup, fixtureCopy } from '../helpers/build.ts';
import { isStale } from '../../src/lib/dates.ts';

const edit = (dir: string, file: string, from: RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  assert.match(text, from, `fixture ${file} no longer contains ${from}`);
  writeFileSync(path, text.replace(from, to));
};

test('the fixture site builds, and its page checked in 2024 says "à revérifier" next to its date', () => {
  const content = fixtureCopy();
  const r = buildSite(content);
  const page = (slug: string) => readFileSync(join(r.outDir, 'articles', slug, 'index.html'), 'utf8');
  try {
    assert.equal(r.status, 0, r.output);
    const old = page('second-article');
    // The date stays visible: the reader sees how old the facts are, and is told to check them.
    assert.match(old, /<time datetime="2024-01-15"[^>]*>15 janvier 2024<\/time>/);
    assert.match(old, /class="stale"[^>]*>[^<]*À revérifier/);
    assert.match(old, /class="stale-box"[^>]*role="note"/);
    // A heading "Contenu" must not take the id of <main id="contenu">, the skip link's target.
    assert.equal(old.match(/\sid="contenu"/g)?.length, 1);
    assert.match(old, /<h2 id="contenu-1"/);
    // The other article was checked on 2026-01-15: marked only once that is 12 months ago.
    const recent = page('premier-article');
    assert.match(recent, /<time datetime="2026-01-15"/);
    assert.equal(/À revérifier/.test(recent), isStale(new Date('2026-01-15T00:00:00Z'), new Date()));
  } finally {
    cleanup(content, r.outDir);
  }
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
