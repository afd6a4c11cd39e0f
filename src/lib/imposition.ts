/**
 * The page order of a saddle-stitched booklet: A5 pages two by two on A4 sides. Used by the built
 * booklets' A4 PDF (src/integrations/booklet/pdf.ts) and by the composer in the browser
 * (src/scripts/impose.ts), so it imports nothing.
 */

/**
 * Page order for saddle stitching: the booklet padded with blank pages (null) to a multiple of 4.
 * Blanks go just before the last page, so the back cover stays on the back.
 */
export function paddedPages(pageCount: number): (number | null)[] {
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new Error(`A booklet needs at least one page, not ${pageCount}.`);
  const total = Math.ceil(pageCount / 4) * 4;
  const blanks: null[] = Array.from({ length: total - pageCount }, () => null);
  if (pageCount === 1) return [0, ...blanks];
  const pages = Array.from({ length: pageCount }, (_, i) => i);
  return [...pages.slice(0, -1), ...blanks, pageCount - 1];
}

/** One side of an A4 sheet: the A5 page on the left half and on the right half (0-based, null = blank). */
export type Side = [left: number | null, right: number | null];

/**
 * The sides of the A4 copy, in print order (sheet 1 front, sheet 1 back, sheet 2 front…). Printed
 * double-sided (flip on the short edge), stacked in order, folded and stapled, the pages read in order:
 * the outer sheet's front holds the last and the first page.
 */
export function saddleStitchSides(pageCount: number): Side[] {
  const p = paddedPages(pageCount);
  const n = p.length;
  const sides: Side[] = [];
  for (let s = 0; s < n / 4; s++) {
    sides.push([p[n - 1 - 2 * s]!, p[2 * s]!]);
    sides.push([p[2 * s + 1]!, p[n - 2 - 2 * s]!]);
  }
  return sides;
}
