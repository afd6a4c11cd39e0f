/**
 * The pages `npm run fraicheur` and `npm run veille` go through are exactly the article, fiche and
 * letter pages a build of the same content renders: the fixture's `articles/_brouillon.md` (an old,
 * failing draft) is in neither.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT, ROOT, fixtureBuild } from '../helpers/build.ts';
import { CONTENT_KINDS, ROUTED_KINDS } from '../../src/lib/pages.ts';
import { renderedUrls } from '../../src/lib/content-fs.ts';

const listed = (script: string) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), '--pages'], {
    env: { ...process.env, CONTENT_DIR: FIXTURE_CONTENT }, encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${script}: ${r.stderr}`);
  return r.stdout.trim().split('\n').sort();
};

/** Paths of the pages a built sitemap lists (every page but the 404). */
function sitemapPaths(outDir: string): string[] {
  const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
  return maps.flatMap((m) => [...readFileSync(join(outDir, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((l) => new URL(l[1]!).pathname)).sort();
}

test('fraicheur and veille list exactly the pages the build renders; the inventory knows every page of the sitemap', async () => {
  const r = await fixtureBuild();
  {
    const built = ROUTED_KINDS.flatMap((kind) => {
      const folder = CONTENT_KINDS[kind].folder;
      return readdirSync(join(r.outDir, folder), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `/${folder}/${e.name}/`);
    }).sort();
    assert.ok(built.includes('/articles/premier-article/') && !built.some((u) => u.includes('brouillon')), built.join(', '));
    assert.deepEqual(listed('fraicheur.mjs'), built);
    assert.deepEqual(listed('veille.mjs'), built);
    assert.deepEqual(sitemapPaths(r.outDir), renderedUrls({ dir: FIXTURE_CONTENT }));
  }
});
