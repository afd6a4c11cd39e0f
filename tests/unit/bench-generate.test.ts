/**
 * The benchmarks' synthetic site must stay buildable: its articles pass the real schema, and some of
 * them go in the booklet (a site without booklet entries stops the build).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { article, BOOKLET_ARTICLES } from '../../scripts/bench/lib/generate.mjs';
import { articleSchema } from '../../src/lib/schema.ts';

const frontMatter = (md: string) => parse(md.match(/^---\n([\s\S]*?)\n---\n/)![1]!) as Record<string, unknown>;

test('synthetic articles pass the article schema', () => {
  for (const i of [0, 1, 7, 8, 999]) {
    const r = articleSchema.safeParse(frontMatter(article(i)));
    assert.ok(r.success, `article ${i}: ${r.success ? '' : JSON.stringify(r.error.issues)}`);
  }
});

test('the first articles, and only they, have distinct places in the booklet', () => {
  const places = Array.from({ length: BOOKLET_ARTICLES + 2 }, (_, i) => frontMatter(article(i)).livret as { partie: string; ordre: number } | undefined);
  const inBooklet = places.filter((p) => p !== undefined);
  assert.equal(inBooklet.length, BOOKLET_ARTICLES);
  assert.equal(new Set(inBooklet.map((p) => `${p.partie}/${p.ordre}`)).size, BOOKLET_ARTICLES);
});
