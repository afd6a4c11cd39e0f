/**
 * What a `[slug]` route (article, fiche, letter) hands its layout, computed once here: the entry,
 * its legal watch result, its freshness ("à revérifier" and why) and its neighbours in the theme.
 * Pure: the Astro side (collections, the legal watch on disk) is route-data-fs.ts. Starlight keeps
 * the same split (`utils/routing` builds the routes, `route-data.ts` what each page gets).
 */
import { neighbours, type PageLike } from './collections.ts';
import { freshness, type Freshness } from './freshness.ts';
import type { PageCheck } from './legal-watch.ts';
import { pageUrl, type RoutedKind } from './pages.ts';

/** A link to another page: where, and its title. */
export interface RouteLink { href: string; titre: string }

export interface RouteData<E> {
  entry: E;
  /** The page's legal references as the legal watch found them. */
  watch: PageCheck;
  /** Whether the page is shown "à revérifier", and why: its date, and the legal watch's reasons. */
  freshness: Freshness;
  /** Previous and next page of the same kind in the same theme, in reading order. */
  prev?: RouteLink | undefined;
  next?: RouteLink | undefined;
}

export interface RouteEntry<E> { params: { slug: string }; props: RouteData<E> }

/**
 * One route per published entry (drafts are left out by the caller, as `published()` does).
 * `checks` holds each entry's legal watch result by id; a missing one is a bug, and throws.
 */
export function routeData<E extends PageLike>(kind: RoutedKind, entries: E[], checks: ReadonlyMap<string, PageCheck>, today = new Date()): RouteEntry<E>[] {
  const link = (e?: E): RouteLink | undefined => e && { href: pageUrl(kind, e.id), titre: e.data.titre };
  return entries.map((entry) => {
    const watch = checks.get(entry.id);
    if (!watch) throw new Error(`route data: no legal watch result for ${kind} "${entry.id}"`);
    const { prev, next } = neighbours(entries, entry);
    return {
      params: { slug: entry.id },
      props: { entry, watch, freshness: freshness(entry.data.verifie, today, watch.reasons), prev: link(prev), next: link(next) },
    };
  });
}
