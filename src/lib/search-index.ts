/** The A–Z index of every page, for the search page that must work without JavaScript. */
import { published, type PageLike } from './collections.ts';
import { initial } from './glossary.ts';

export interface AzEntry { titre: string; href: string; type: string; letter: string }

export function azIndex(groups: { articles: PageLike[]; fiches: PageLike[]; lettres: PageLike[] }): AzEntry[] {
  const rows = [
    ...published(groups.articles).map((e) => ({ titre: e.data.titre, href: `/articles/${e.id}/`, type: 'article' })),
    ...published(groups.fiches).map((e) => ({ titre: e.data.titre, href: `/fiches/${e.id}/`, type: 'fiche' })),
    ...published(groups.lettres).map((e) => ({ titre: e.data.titre, href: `/lettres/${e.id}/`, type: 'lettre' })),
  ];
  return rows
    .map((r) => ({ ...r, letter: initial(r.titre.replace(/^(l'|l’|la |le |les |un |une )/i, '')) }))
    .sort((a, b) => a.letter.localeCompare(b.letter, 'fr') || a.titre.localeCompare(b.titre, 'fr', { sensitivity: 'base' }));
}
