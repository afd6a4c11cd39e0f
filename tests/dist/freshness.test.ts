/**
 * Content freshness on every built page that shows a "vérifié le" date: a date older than 12 months
 * is still shown, with "à revérifier" beside it. Prints the pages to check again (the same list as
 * `npm run fraicheur`, read from the built site).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStale } from '../../src/lib/dates.ts';
import { UI } from '../../src/lib/ui.ts';
import { attr, builtPages, elements, shownText } from '../helpers/pages.ts';

const pages = builtPages();

test('every page dated older than 12 months says "à revérifier" next to its date', () => {
  const dated = pages.flatMap((p) => {
    const line = elements(p.tree, 'p').find((e) => /\bverified\b/.test(attr(e, 'className') ?? ''));
    const time = line && elements(line, 'time')[0];
    return time ? [{ p, line: line!, date: attr(time, 'dateTime') ?? '' }] : [];
  });
  assert.ok(dated.some((d) => d.p.kind === 'article'), 'no article shows a "vérifié le" date');
  const bad: string[] = [];
  const stale: string[] = [];
  for (const { p, line, date } of dated) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) { bad.push(`${p.url}: "vérifié le" has no ISO date (${date})`); continue; }
    if (!isStale(new Date(`${date}T00:00:00Z`), new Date())) continue;
    stale.push(`${date} ${p.url}`);
    if (!shownText(line).includes(UI.toRecheck)) bad.push(`${p.url}: checked on ${date} but not marked "${UI.toRecheck}"`);
  }
  console.log(stale.length ? `pages to check again (older than 12 months):\n  ${stale.sort().join('\n  ')}` : `all ${dated.length} dated pages were checked less than 12 months ago`);
  assert.deepEqual(bad, []);
});
