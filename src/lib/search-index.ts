/** The A–Z index of every page, for the search page that must work without JavaScript. */
import { published, type PageLike } from './collections.ts';
import { initial } from './glossary.ts';
import { CONTENT_KINDS, pageUrl, type RoutedKind } from './pages.ts';

export interface AzEntry { titre: string; href: string; type: string; letter: string }

export function azIndex(groups: { articles: PageLike[]; fiches: PageLike[]; lettres: PageLike[] }): AzEntry[] {
  const row = (kind: RoutedKind) => (e: PageLike) => ({ titre: e.data.titre, href: pageUrl(kind, e.id), type: CONTENT_KINDS[kind].label });
  const rows = [
    ...published(groups.articles).map(row('article')),
    ...published(groups.fiches).map(row('fiche')),
    ...published(groups.lettres).map(row('lettre')),
  ];
  return rows
    .map((r) => ({ ...r, letter: initial(r.titre.replace(/^(l'|l’|la |le |les |un |une )/i, '')) }))
    .sort((a, b) => a.letter.localeCompare(b.letter, 'fr') || a.titre.localeCompare(b.titre, 'fr', { sensitivity: 'base' }));
}
