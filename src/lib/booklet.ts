/**
 * The printed booklet: which pages go in it and in what order (decided by each page's front
 * matter, `livret: { partie, ordre }`), its edition date, and the page order of the A4 copy
 * printed for saddle stitching. Pure functions, used by the /livret/ page and the PDF build.
 */
import { BOOKLET_PARTS, type BookletPartId } from './themes.ts';
import { ROUTED_KINDS, pageUrl, sourceLabel, type RoutedKind } from './pages.ts';

/** The booklet holds the pages that have their own route: articles, fiches, letters. */
export type BookletKind = RoutedKind;

export interface BookletEntry {
  id: string;
  data: {
    titre: string;
    verifie: Date;
    brouillon?: boolean;
    livret?: { partie: string; ordre: number } | undefined;
  };
}

export interface BookletItem<T extends BookletEntry = BookletEntry> {
  kind: BookletKind;
  entry: T;
  /** Id of the item in the booklet page, and the target of its table-of-contents link. */
  anchor: string;
  /** The page of the site the item comes from, e.g. /articles/<slug>/. */
  path: string;
}

export interface BookletPart<T extends BookletEntry = BookletEntry> {
  id: BookletPartId;
  titre: string;
  anchor: string;
  items: BookletItem<T>[];
}

export const itemAnchor = (kind: BookletKind, id: string): string => `${kind}-${id}`;
export const partAnchor = (id: string): string => `partie-${id}`;
/** The page of the site an item comes from: pages.ts's `pageUrl`. */
export const sitePath = (kind: BookletKind, id: string): string => pageUrl(kind, id);

/**
 * The booklet's parts in print order, each with its pages sorted by `livret.ordre`. Pages without
 * `livret` and drafts stay out; parts without pages are dropped. Two pages claiming the same place,
 * or a part that does not exist, fail with both files named.
 */
export function bookletParts<T extends BookletEntry>(sources: Partial<Record<BookletKind, T[]>>): BookletPart<T>[] {
  const known = new Map<string, { titre: string }>(BOOKLET_PARTS.map((p) => [p.id, p]));
  const byPart = new Map<string, BookletItem<T>[]>();
  const places = new Map<string, string>();
  for (const kind of ROUTED_KINDS) {
    for (const entry of sources[kind] ?? []) {
      const livret = entry.data.livret;
      if (!livret || entry.data.brouillon) continue;
      const file = sourceLabel(kind, entry.id);
      if (!known.has(livret.partie)) {
        throw new Error(`${file}: field "livret.partie" is "${livret.partie}", which is not a booklet part. Known: ${BOOKLET_PARTS.map((p) => p.id).join(', ')}`);
      }
      if (!Number.isInteger(livret.ordre) || livret.ordre < 1) {
        throw new Error(`${file}: field "livret.ordre" must be a whole number from 1, not ${livret.ordre}.`);
      }
      const place = `${livret.partie}/${livret.ordre}`;
      const other = places.get(place);
      if (other) {
        throw new Error(`${file} and ${other} both take livret { partie: ${livret.partie}, ordre: ${livret.ordre} }: give each page its own "ordre".`);
      }
      places.set(place, file);
      const list = byPart.get(livret.partie) ?? [];
      list.push({ kind, entry, anchor: itemAnchor(kind, entry.id), path: sitePath(kind, entry.id) });
      byPart.set(livret.partie, list);
    }
  }
  return BOOKLET_PARTS.filter((p) => byPart.has(p.id)).map((p) => ({
    id: p.id,
    titre: p.titre,
    anchor: partAnchor(p.id),
    items: byPart.get(p.id)!.sort((a, b) => a.entry.data.livret!.ordre - b.entry.data.livret!.ordre),
  }));
}

/** Every item of the booklet, in print order. */
export const bookletItems = <T extends BookletEntry>(parts: BookletPart<T>[]): BookletItem<T>[] => parts.flatMap((p) => p.items);

/**
 * The edition date printed on the cover: the latest "vérifié le" of the pages in the booklet, so the
 * date says how recent the facts are and the same content always gives the same booklet.
 */
export function editionDate(parts: BookletPart[]): Date {
  const dates = bookletItems(parts).map((i) => i.entry.data.verifie.getTime());
  if (dates.length === 0) {
    throw new Error('The booklet is empty: no article, fiche or letter has a "livret: { partie, ordre }" field.');
  }
  return new Date(Math.max(...dates));
}

/**
 * Site paths of the pages in the booklet mapped to their anchor in it, so that links between pages
 * become links (and page references) inside the booklet.
 */
export function bookletTargets(parts: BookletPart[]): Map<string, string> {
  return new Map(bookletItems(parts).map((i) => [i.path, i.anchor]));
}

// Saddle-stitch order lives in its own module: the composer's browser code imposes with it too.
export { paddedPages, saddleStitchSides, type Side } from './imposition.ts';

/** A URL as printed on paper: no scheme, no "www.", no trailing slash. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
}

/** A file size as French readers write it: "850 ko", "1,4 Mo" (decimal units, no-break space). */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`Not a file size: ${bytes}`);
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))}\u00A0ko`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')}\u00A0Mo`;
}
