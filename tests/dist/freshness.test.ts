/**
 * Content freshness on every built page that shows a "vérifié le" date: a date older than 12 months
 * is still shown, with "à revérifier" beside it. Prints the pages to check again (the same list as
 * `npm run fraicheur`, read from the built site). The fixture site, which always has a stale page,
 * proves the check finds one: tests/build/freshness.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFreshness } from '../helpers/freshness.ts';
import { builtPages } from '../helpers/pages.ts';

test('every page dated older than 12 months says "à revérifier" next to its date', () => {
  const { dated, stale, problems } = checkFreshness(builtPages());
  assert.ok(dated.some((p) => p.kind === 'article'), 'no article shows a "vérifié le" date');
  console.log(stale.length ? `pages to check again (older than 12 months):\n  ${stale.join('\n  ')}` : `all ${dated.length} dated pages were checked less than 12 months ago`);
  assert.deepEqual(problems, []);
});
