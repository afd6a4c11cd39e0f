/** Whole builds of tiny fixture sites: bad front matter must fail the build and name the file and field. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, cleanup, cliBuildSite, fixtureBuild, fixtureCopy } from '../helpers/build.ts';
import { legiSource, readDataDate } from '../../src/lib/legi-data-fs.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { isStale } from '../../src/lib/dates.ts';

const edit = (dir: string, file: string, from: RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  assert.match(text, from, `fixture ${file} no longer contains ${from}`);
  writeFileSync(path, text.replace(from, to));
};

/** The "Textes cités" box of a built page. */
const textesBox = (html: string) => html.match(/<section class="textes-cites"[\s\S]*?<\/section>/)?.[0] ?? '';

test('the fixture site builds, and its pages show what the legal watch found', async () => {
  const r = await fixtureBuild();
  const html = (page: string) => readFileSync(join(r.outDir, page, 'index.html'), 'utf8');
  const dataDate = formatDate(new Date(`${readDataDate(legiSource()).date}T00:00:00Z`));

  // The fiche, checked on 2026-01-15, cites R5311-3-1, whose version came into force on 2026-03-27.
  const fiche = textesBox(html('fiches/une-fiche'));
  assert.match(fiche, /<a href="https:\/\/www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI\d{12}"[^>]*>Article R5412-7 du code du travail/);
  assert.match(fiche, /Article R5412-7 du code du travail.*?en vigueur depuis le 1er juin 2025/s);
  assert.match(fiche, /Article R5311-3-1 du code du travail.*?modifié depuis notre vérification/s);
  assert.match(fiche, /<a href="https:\/\/eur-lex\.europa\.eu[^"]*"[^>]*>Article 15 du RGPD.*?non vérifié automatiquement/s);
  assert.match(fiche, new RegExp(`à jour au ${dataDate}`));
  // The changed article is not the one the fiche's deadline relies on: a one-line notice at the top,
  // linked to the detail lower on the page (src/lib/stale.ts).
  assert.match(html('fiches/une-fiche'), /class="notice stale-notice"[\s\S]*?<a href="#a-reverifier"/);
  assert.doesNotMatch(html('fiches/une-fiche'), /class="stale-box/);
  const ficheStale = html('fiches/une-fiche').match(/<section class="stale-detail" id="a-reverifier"[\s\S]*?<\/section>/)?.[0] ?? '';
  assert.match(ficheStale, /L’article R5311-3-1 du code du travail a changé le \d+ \p{L}+ \d{4}, après la dernière vérification de cette page/u);
  assert.match(html('fiches/une-fiche'), /class="stale"[^>]*> · À revérifier/);

  // The letter cites L5312-13-2, changed after the data's date (the fixture's veille-connue.yaml).
  const lettre = html('lettres/une-lettre');
  assert.match(textesBox(lettre), /href="https:\/\/www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI000054334324"[^>]*>Article L5312-13-2 du code du travail.*?nouvelle version repérée le 30 juin 2026/s);
  assert.match(lettre, /L’article L5312-13-2 du code du travail a une nouvelle version, repérée le 30 juin 2026, après la dernière vérification/);

  // The article cites R5412-7 only, unchanged since it was checked.
  assert.doesNotMatch(html('articles/premier-article'), /après la dernière vérification de cette page/);

  // /a-propos/ says which data and which date.
  const about = html('a-propos').match(/<section[^>]*id="veille-juridique"[\s\S]*?<\/section>/)?.[0] ?? '';
  assert.match(about, new RegExp(`version ${legiSource().version.replace(/\./g, '\\.')}\\. Ils sont à jour au ${dataDate}`));
  assert.match(about, /Non vérifiés automatiquement[^<]*RGPD/);
  assert.match(r.output, /\[legal watch\] fiches: 3 references in 1 pages checked/);
});

test('a page citing a repealed article fails the build, naming the page and the article', async () => {
  const content = fixtureCopy();
  edit(content, 'articles/premier-article.md', /^ {2}- \{ code: travail, article: R5412-7 \}$/m, '  - { code: travail, article: R5412-7 }\n  - { code: travail, article: R5412-8 }');
  const r = await buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/articles\/premier-article\.md: textes: article R5412-8 du code du travail is not in force in the official data of \d{4}-\d{2}-\d{2} \(repealed or wrong number\)/);
});

test('the fixture site builds, and its page checked in 2024 says "à revérifier" next to its date', async () => {
  const r = await fixtureBuild();
  const page = (slug: string) => readFileSync(join(r.outDir, 'articles', slug, 'index.html'), 'utf8');
  const old = page('second-article');
  // The date stays visible: the reader sees how old the facts are, and is told to check them.
  assert.match(old, /<time datetime="2024-01-15"[^>]*>15 janvier 2024<\/time>/);
  assert.match(old, /class="stale"[^>]*>[^<]*À revérifier/);
  assert.match(old, /<a href="#a-reverifier"[^>]*>Voir ce qu’il faut revérifier<\/a>/);
  assert.match(old, /<section class="stale-detail" id="a-reverifier"[\s\S]*?plus de 12 mois/);
  // A heading "Contenu" must not take the id of <main id="contenu">, the skip link's target.
  assert.equal(old.match(/\sid="contenu"/g)?.length, 1);
  assert.match(old, /<h2 id="contenu-1"/);
  // The other article was checked on 2026-01-15: marked only once that is 12 months ago.
  const recent = page('premier-article');
  assert.match(recent, /<time datetime="2026-01-15"/);
  assert.equal(/À revérifier/.test(recent), isStale(new Date('2026-01-15T00:00:00Z'), new Date()));
});

// Through the `astro build` command, as an editor runs it: what it prints names the file and the field. The other
// broken fixtures build in the build worker (tests/helpers/build.ts), whose output gives the same error's text.
test('an unknown theme fails the build, naming the file and the field', () => {
  const content = fixtureCopy();
  edit(content, 'articles/second-article.md', /^theme: controle$/m, 'theme: inconnu');
  const r = cliBuildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /second-article\.md/);
  assert.match(r.output, /theme: Invalid option/);
});

test('a missing field and a future date in a fiche fail the build, naming each field', async () => {
  const content = fixtureCopy();
  edit(content, 'fiches/une-fiche.md', /^delai: .*$/m, '');
  edit(content, 'fiches/une-fiche.md', /^verifie: .*$/m, 'verifie: 2999-01-01');
  const r = await buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /une-fiche\.md/);
  assert.match(r.output, /delai: /);
  assert.match(r.output, /verifie: La date « vérifié le » ne peut pas être dans le futur/);
});

test('a source URL that is not http(s) fails the build', async () => {
  const content = fixtureCopy();
  edit(content, 'articles/premier-article.md', /url: "https:\/\/example\.org\/page"/, 'url: "javascript:alert(1)"');
  const r = await buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /premier-article\.md/);
  assert.match(r.output, /sources\.1\.url/);
});

test('a letter blank that is not declared fails the build, naming the letter', async () => {
  const content = fixtureCopy();
  edit(content, 'lettres/une-lettre.md', /\{\{identifiant\}\}/, '{{identifiant}} {{inconnu}}');
  const r = await buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /content\/lettres\/une-lettre.*\{\{inconnu\}\}/);
});

test('a decision tree leaf pointing to a missing fiche fails the build, naming the file and the node', async () => {
  const content = fixtureCopy();
  edit(content, 'recu.yaml', /fiche: une-fiche/, 'fiche: fiche-absente');
  const r = await buildSite(content);
  cleanup(content, r.outDir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /recu\.yaml: broken decision tree/);
  assert.match(r.output, /node "courrier": fiche "fiche-absente" does not exist/);
  assert.match(r.output, /fiche "une-fiche": no answer of the tree leads to it/);
});
