/**
 * The Astro side of changes.ts: every published article, fiche and letter with its history and its
 * legal watch result, turned into the site's list of changes once per build (the /changements/ page
 * and its feed share it). The legal watch is the process's own (legal-watch-fs.ts), so its indexes
 * are loaded once for the routes and for this.
 */
import { editorialChanges, lawChanges, sortChanges, type Change, type HistoryPage } from './changes.ts';
import { contentPath, legalWatch } from './legal-watch-fs.ts';
import { CONTENT_KINDS, ROUTED_KINDS, pageUrl, type RoutedKind } from './pages.ts';
import { publishedEntries, type RoutedEntry } from './route-data-fs.ts';
import type { PageCheck } from './legal-watch.ts';

export interface SitePage extends HistoryPage {
  check: PageCheck;
  /** The entry's front matter, as the collection validated it. */
  data: RoutedEntry<RoutedKind>['data'];
}

let pages: Promise<SitePage[]> | undefined;

/** Every page the build renders with its own route, with its history and legal watch result. */
export function sitePages(): Promise<SitePage[]> {
  return (pages ??= (async () => {
    const all: SitePage[] = [];
    for (const kind of ROUTED_KINDS) {
      const entries = await publishedEntries(kind);
      const checks = legalWatch().check(entries.map((e) => ({ file: contentPath(CONTENT_KINDS[kind].collection, e), verifie: e.data.verifie, textes: e.data.textes })));
      entries.forEach((e, i) => all.push({ kind, id: e.id, url: pageUrl(kind, e.id), titre: e.data.titre, historique: e.data.historique, check: checks[i]!, data: e.data }));
    }
    return all;
  })());
}

/** The site's changes, newest first. */
export async function siteChanges(): Promise<Change[]> {
  const list = await sitePages();
  return sortChanges([...lawChanges(list.map((p) => ({ page: p, check: p.check }))), ...editorialChanges(list)]);
}
