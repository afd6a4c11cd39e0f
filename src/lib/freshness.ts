/**
 * Whether a page must be shown as "à revérifier": its "vérifié le" date is older than 12 months
 * on the day of the build. The legal watch adds its own reasons (a cited article changed since).
 */
import { isStale } from './dates.ts';
import { UI } from './ui.ts';

export interface Freshness { stale: boolean; reasons: string[] }

export function freshness(verifie: Date, today = new Date(), extraReasons: string[] = []): Freshness {
  const reasons = [...extraReasons];
  if (isStale(verifie, today)) reasons.unshift(UI.staleByDate);
  return { stale: reasons.length > 0, reasons };
}

/** A page of content and its "vérifié le" date, as the freshness report reads them. */
export interface Dated { file: string; titre: string; verifie: Date }

/** Whole months from `from` to `to` (a month counts once its day of the month is reached). */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  return to.getUTCDate() >= from.getUTCDate() ? months : months - 1;
}

/** The pages to check again: "vérifié le" older than 12 months on `today`, oldest first, with their age in months. */
export function staleReport(pages: Dated[], today = new Date()): (Dated & { months: number })[] {
  return pages
    .filter((p) => isStale(p.verifie, today))
    .map((p) => ({ ...p, months: monthsBetween(p.verifie, today) }))
    .sort((a, b) => a.verifie.getTime() - b.verifie.getTime() || a.file.localeCompare(b.file));
}
