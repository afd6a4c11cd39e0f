/**
 * The freshness check of built pages, shared by tests/dist/ (the real site) and tests/build/ (the
 * fixture site, whose article checked in January 2024 is always stale): every "vérifié le" date
 * older than 12 months is shown with "à revérifier" beside it.
 */
import { isStale } from '../../src/lib/dates.ts';
import { UI } from '../../src/lib/ui.ts';
import { attr, elements, shownText, type BuiltPage } from './pages.ts';

export interface Freshness {
  /** Pages that show a "vérifié le" date. */
  dated: BuiltPage[];
  /** `date url` of each page older than 12 months. */
  stale: string[];
  /** What is wrong: a date that is not ISO, or a stale date without "à revérifier". */
  problems: string[];
}

export function checkFreshness(pages: BuiltPage[], today = new Date()): Freshness {
  const dated: BuiltPage[] = [];
  const stale: string[] = [];
  const problems: string[] = [];
  for (const p of pages) {
    const line = elements(p.tree, 'p').find((e) => /\bverified\b/.test(attr(e, 'className') ?? ''));
    const time = line && elements(line, 'time')[0];
    if (!line || !time) continue;
    dated.push(p);
    const date = attr(time, 'dateTime') ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) { problems.push(`${p.url}: "vérifié le" has no ISO date (${date})`); continue; }
    if (!isStale(new Date(`${date}T00:00:00Z`), today)) continue;
    stale.push(`${date} ${p.url}`);
    if (!shownText(line).includes(UI.toRecheck)) problems.push(`${p.url}: checked on ${date} but not marked "${UI.toRecheck}"`);
  }
  return { dated, stale: stale.sort(), problems };
}
