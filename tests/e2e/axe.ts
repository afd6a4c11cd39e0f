/**
 * axe-core run in the page by the tests, the one way every browser test checks accessibility.
 *
 * axe's source is injected once per page load, then `axe.run` checks the page against WCAG 2.2 A and AA
 * (contrast included) and returns its violations only. @axe-core/playwright, used before, opened a new blank
 * page for each run to merge results across frames: the site has no frames, and that blank page cost about
 * two thirds of each check (7.2 s against 2.2 s for 7 pages, December 2026). At rest, a page costs about
 * 105 ms to load, 85 ms to inject axe and 250 ms to check (the full guide /livret/, 5,500 elements: 2.2 s).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The minified build: `axe.source` is the readable one, twice the size and 30 % slower to inject each time. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the first three elements at fault. */
  targets: string[];
}

declare global {
  interface Window { axe?: typeof axe }
}

/** What axe finds on the page as it is now; `exclude` lists selectors of parts it should not read. */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<Violation[]> {
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ tags, exclude }) => {
    const context = exclude.length ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
    const results = await window.axe!.run(context as never, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, { tags: WCAG_TAGS, exclude });
}

/** One line per violation, for a test's failure message. */
export function describeViolation(v: Violation): string {
  return `axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`;
}
