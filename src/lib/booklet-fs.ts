/**
 * The booklet read from the content folder (src/lib/content-fs.ts) rather than from Astro's
 * collections: the PDF step runs after the pages are built and needs the edition date the /livret/
 * page prints, computed by the same pure functions (booklet.ts) from the same pages.
 */
import { checkedData, contentDir, renderedPages } from './content-fs.ts';
import { bookletParts, editionDate, type BookletEntry, type BookletKind } from './booklet.ts';
import { pageBase } from './schema.ts';

const bookletFields = pageBase.pick({ titre: true, verifie: true, livret: true });

/** The edition date of the booklet made from a content folder (the latest "vérifié le" of its pages). */
export function bookletEditionDate(dir = contentDir()): Date {
  const byKind: Record<BookletKind, BookletEntry[]> = { article: [], fiche: [], lettre: [] };
  for (const f of renderedPages({ dir })) byKind[f.kind].push({ id: f.id, data: checkedData(f, bookletFields) });
  return editionDate(bookletParts(byKind));
}
