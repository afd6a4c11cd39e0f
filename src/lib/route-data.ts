/**
 * What a `[slug]` route (article, fiche, letter) hands its layout, computed once here: the entry,
 * its legal watch result, its freshness ("à revérifier", why, and how loud: src/lib/stale.ts) and
 * its neighbours in the theme.
 * Pure: the Astro side (collections, the legal watch on disk) is route-data-fs.ts. Starlight keeps
 * the same split (`utils/routing` builds the routes, `route-data.ts` what each page gets).
 */
import { neighbours, type PageLike } from './collections.ts';
import { deadlineRule } from './deadline-rules.ts';
import { freshness, type Freshness } from './freshness.ts';
import type { PageCheck } from './legal-watch.ts';
import { pageUrl, type RoutedKind } from './pages.ts';
import { deadlineAtRisk } from './stale.ts';

/** A link to another page: where, and its title. */
export interface RouteLink { href: string; titre: string }

/** Freshness, and whether the law in doubt is the one the page's deadline is counted from (the full box at the top). */
export interface PageFreshness extends Freshness { full: boolean }

/** A page that may declare the deadline rule it relies on (fiches and letters). */
type RoutedPage = PageLike & { data: { regle?: string | undefined } };

export interface RouteData<E> {
  entry: E;
  /** The page's legal references as the legal watch found them. */
  watch: PageCheck;
  /** Whether the page is shown "à revérifier", why (its date, the legal watch's reasons), and how loudly. */
  freshness: PageFreshness;
  /** Previous and next page of the same kind in the same theme, in reading order. */
  prev?: RouteLink | undefined;
  next?: RouteLink | undefined;
}

export interface RouteEntry<E> { params: { slug: string }; props: RouteData<E> }

/**
 * One route per published entry (drafts are left out by the caller, as `published()` does).
 * `checks` holds each entry's legal watch result by id; a missing one is a bug, and throws.
 */
export function routeData<E extends RoutedPage>(kind: RoutedKind, entries: E[], checks: ReadonlyMap<string, PageCheck>, today = new Date()): RouteEntry<E>[] {
  const link = (e?: E): RouteLink | undefined => e && { href: pageUrl(kind, e.id), titre: e.data.titre };
  return entries.map((entry) => {
    const watch = checks.get(entry.id);
    if (!watch) throw new Error(`route data: no legal watch result for ${kind} "${entry.id}"`);
    const { prev, next } = neighbours(entries, entry);
    const { regle } = entry.data;
    const full = deadlineAtRisk(regle ? deadlineRule(regle) : undefined, watch.refs);
    return {
      params: { slug: entry.id },
      props: { entry, watch, freshness: { ...freshness(entry.data.verifie, today, watch.reasons), full }, prev: link(prev), next: link(next) },
    };
  });
}
