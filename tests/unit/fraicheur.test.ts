/** `npm run fraicheur` on the fixture site: lists the page checked in 2024, fails under --strict, names a bad date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT, ROOT, cleanup, fixtureCopy } from '../helpers/build.ts';
import { isStale } from '../../src/lib/dates.ts';

const run = (contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/fraicheur.mjs'), ...args], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });

test('the report lists the fixture article checked in January 2024, and only stale pages', () => {
  const r = run(FIXTURE_CONTENT);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /second-article\.md/);
  assert.match(r.stdout, /2024-01-15/);
  // The other fixture pages were checked on 2026-01-15: listed only once that is 12 months ago.
  const othersStale = isStale(new Date('2026-01-15T00:00:00Z'), new Date());
  assert.equal(/premier-article\.md/.test(r.stdout), othersStale);
});

test('--strict fails when a page is stale', () => {
  assert.equal(run(FIXTURE_CONTENT, '--strict').status, 1);
});

test('a "vérifié le" that is not a date is an error naming the file', () => {
  const dir = fixtureCopy();
  const file = join(dir, 'articles/premier-article.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^verifie: .*$/m, 'verifie: bientôt'));
  const r = run(dir);
  cleanup(dir);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /premier-article\.md: verifie "bientôt" is not a date/);
});
