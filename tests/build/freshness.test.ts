/**
 * The freshness check of tests/dist/ run on the fixture site, whose second article was checked in
 * January 2024: it must find that page stale and marked, and report a stale page left unmarked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageUrl } from '../../src/lib/pages.ts';
import { UI } from '../../src/lib/ui.ts';
import { fixtureBuild } from '../helpers/build.ts';
import { checkFreshness } from '../helpers/freshness.ts';
import { builtPages } from '../helpers/pages.ts';

const pages = builtPages((await fixtureBuild()).outDir);
const old = pageUrl('article', 'second-article');

test('the check finds the fixture page checked in 2024, marked "à revérifier"', () => {
  const { dated, stale, problems } = checkFreshness(pages);
  assert.ok(dated.length >= 3, `${dated.length} dated pages`);
  assert.ok(stale.includes(`2024-01-15 ${old}`), stale.join(', '));
  assert.deepEqual(problems, []);
});

test('the check reports a stale page whose mark is missing', () => {
  const page = pages.find((p) => p.url === old)!;
  const unmarked = { ...page, tree: structuredClone(page.tree) };
  // Drop the mark from the copy: every text node that says it.
  const strip = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text' && node.value?.includes(UI.toRecheck)) node.value = '';
    for (const child of (node.children ?? []) as (typeof node)[]) strip(child);
  };
  strip(unmarked.tree as never);
  assert.deepEqual(checkFreshness([unmarked]).problems, [`${old}: checked on 2024-01-15 but not marked "${UI.toRecheck}"`]);
});
