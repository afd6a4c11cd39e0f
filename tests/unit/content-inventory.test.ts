/**
 * The content inventory (src/lib/pages.ts, src/lib/content-fs.ts) without a build: every reader of
 * content/ skips `_*` files by one rule, the rule the collection globs use, and `npm run fraicheur`
 * and `npm run veille` go through exactly the pages it lists. tests/unit/content-inventory-build.test.ts
 * compares the same list with a build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { FIXTURE_CONTENT, ROOT, cleanup, fixtureCopy } from '../helpers/build.ts';
import { entryId, isRendered, readContentFiles, renderedPages } from '../../src/lib/content-fs.ts';
import {
  BOOKLET_PDFS, CONTENT_GLOB, STATIC_PAGES, glossaryTermUrl, isIgnoredContentPath, pageUrl, pageUrlOfSource,
} from '../../src/lib/pages.ts';

const DRAFT = join(FIXTURE_CONTENT, 'articles/_brouillon.md');

/** The addresses a script prints with `--pages`, sorted. */
function listed(script: string, contentDir: string): string[] {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), '--pages'], {
    env: { ...process.env, CONTENT_DIR: contentDir, LEGI_DATA_DIR: join(ROOT, 'tests/fixtures/legi') },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${script}: ${r.stderr}`);
  return r.stdout.trim().split('\n').filter(Boolean).sort();
}

test('the fixture holds a `_` draft beside its pages, which the inventory skips', () => {
  assert.ok(existsSync(DRAFT), 'tests/fixtures/site/content/articles/_brouillon.md is the draft these tests rely on');
  const files = readContentFiles({ dir: FIXTURE_CONTENT });
  assert.ok(files.length >= 5);
  assert.ok(!files.some((f) => f.path.includes('_brouillon')), 'a `_` file is listed');
  assert.deepEqual(
    files.filter((f) => f.kind === 'article').map((f) => [f.id, f.url, f.file]),
    [
      ['premier-article', '/articles/premier-article/', 'content/articles/premier-article.md'],
      ['second-article', '/articles/second-article/', 'content/articles/second-article.md'],
    ],
  );
  // content/pages/ files have the address their route gives them.
  assert.equal(files.find((f) => f.kind === 'page' && f.id === 'accueil')?.url, '/');
});

test('`_` files are skipped by the same rule as the collection globs, at any depth', async () => {
  const dir = fixtureCopy();
  try {
    mkdirSync(join(dir, 'articles/_partiels'), { recursive: true });
    mkdirSync(join(dir, 'articles/dossier'), { recursive: true });
    const page = '---\ntitre: x\n---\n';
    for (const f of ['articles/_partiels/morceau.md', 'articles/dossier/_note.mdx', 'articles/notes.txt']) {
      writeFileSync(join(dir, f), page);
    }
    const byGlob = (await glob(CONTENT_GLOB, { cwd: join(dir, 'articles') })).sort();
    const byReader = readContentFiles({ dir, kinds: ['article'] }).map((f) => f.path.replace(/^articles\//, '')).sort();
    assert.deepEqual(byReader, byGlob);
    assert.deepEqual(byGlob, ['premier-article.md', 'second-article.md']);
    // A real page in a sub-folder would have no [slug] route: an error naming the file.
    writeFileSync(join(dir, 'articles/dossier/vrai.md'), page);
    assert.throws(() => readContentFiles({ dir, kinds: ['article'] }), /content\/articles\/dossier\/vrai\.md: .*sub-folder/);
    assert.ok(isIgnoredContentPath('_partiels/morceau.md') && isIgnoredContentPath('dossier/_note.mdx') && !isIgnoredContentPath('dossier/vrai.md'));
  } finally {
    cleanup(dir);
  }
});

test('ids are the ones Astro gives: path segments slugged, or the front matter slug', () => {
  assert.equal(entryId('indu.md'), 'indu');
  assert.equal(entryId('Mon Dossier/Un Titre.mdx'), 'mon-dossier/un-titre');
  assert.equal(entryId('dossier/index.md'), 'dossier');
  assert.equal(entryId('x.md', { slug: 'autre' }), 'autre');
});

test('drafts (brouillon: true) are read but not rendered', () => {
  const dir = fixtureCopy();
  try {
    const file = join(dir, 'articles/premier-article.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^theme: /m, 'brouillon: true\ntheme: '));
    const premier = readContentFiles({ dir }).find((f) => f.id === 'premier-article')!;
    assert.equal(premier.data.brouillon, true);
    assert.equal(isRendered(premier), false);
    assert.ok(!renderedPages({ dir }).some((f) => f.id === 'premier-article'));
  } finally {
    cleanup(dir);
  }
});

test('`npm run fraicheur` and `npm run veille` go through exactly the rendered pages, and never the draft', () => {
  const expected = renderedPages({ dir: FIXTURE_CONTENT }).map((f) => f.url).sort();
  assert.deepEqual(expected, ['/articles/premier-article/', '/articles/second-article/', '/fiches/une-fiche/', '/lettres/une-lettre/']);
  assert.deepEqual(listed('fraicheur.mjs', FIXTURE_CONTENT), expected);
  assert.deepEqual(listed('veille.mjs', FIXTURE_CONTENT), expected);
});

test('addresses come from one place', () => {
  assert.equal(pageUrl('article', 'indu'), '/articles/indu/');
  assert.equal(pageUrl('fiche', 'x'), '/fiches/x/');
  assert.equal(pageUrl('lettre', 'x'), '/lettres/x/');
  assert.equal(pageUrl('theme', 'controle'), '/themes/controle/');
  assert.equal(pageUrl('page', 'a-propos'), STATIC_PAGES.aPropos);
  assert.throws(() => pageUrl('page', 'inconnue'), /has no route/);
  assert.throws(() => pageUrl('article', 'a/b'), /invalid id/);
  assert.equal(pageUrlOfSource('articles/se-faire-aider'), '/articles/se-faire-aider/');
  assert.throws(() => pageUrlOfSource('ailleurs/x'), /does not name a page/);
  assert.equal(glossaryTermUrl('indu'), '/glossaire/#indu');
  assert.ok(BOOKLET_PDFS.a5.startsWith(STATIC_PAGES.livret) && BOOKLET_PDFS.a4.startsWith(STATIC_PAGES.livret));
});
