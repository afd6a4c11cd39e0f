/**
 * The Astro side of route-data.ts: a `[slug]` route's `getStaticPaths()` in one call. Reads the
 * kind's collection, leaves drafts out, runs the legal watch on the disk's official data (which
 * fails the build on a repealed article) and returns each page's route data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { published } from './collections.ts';
import { checkEntries } from './legal-watch-fs.ts';
import { CONTENT_KINDS, type RoutedKind } from './pages.ts';
import { routeData, type RouteEntry } from './route-data.ts';

type CollectionOf<K extends RoutedKind> = (typeof CONTENT_KINDS)[K]['collection'];
export type RoutedEntry<K extends RoutedKind> = CollectionEntry<CollectionOf<K>>;

/** The published entries of a kind, as its route renders them. */
export async function publishedEntries<K extends RoutedKind>(kind: K): Promise<RoutedEntry<K>[]> {
  const collection: CollectionOf<K> = CONTENT_KINDS[kind].collection;
  return published((await getCollection(collection)) as RoutedEntry<K>[]);
}

/** `getStaticPaths()` of the kind's `[slug]` route. */
export async function routeStaticPaths<K extends RoutedKind>(kind: K): Promise<RouteEntry<RoutedEntry<K>>[]> {
  const entries = await publishedEntries(kind);
  return routeData(kind, entries, checkEntries(CONTENT_KINDS[kind].collection, entries));
}
