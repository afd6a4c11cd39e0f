/**
 * The « Ce qui a changé » Atom feed from the list of changes: an editorial entry links to its page,
 * a law change to its place on /changements/ with every page it touches as a related link. Pure.
 */
import { atomDate, atomXml, type AtomEntry } from './atom.ts';
import { changeUrl, type Change } from './changes.ts';
import { escapeHtml } from './html.ts';
import { SITE_FILES, STATIC_PAGES } from './pages.ts';
import { fr } from './typography.ts';
import { CHANGES_UI } from './ui.ts';

export function changesFeed(changes: Change[], site: { url: string; nom: string; licence: string }): string {
  const abs = (path: string) => new URL(path, `${site.url}/`).href;
  const entries = changes.map((c): AtomEntry => {
    const own = c.kind === 'loi' ? abs(changeUrl(c)) : abs(c.pages[0]!.url);
    const list = c.pages.map((p) => `<li><a href="${escapeHtml(abs(p.url))}">${escapeHtml(fr(p.titre))}</a></li>`).join('');
    return {
      id: abs(changeUrl(c)),
      title: c.title,
      updated: atomDate(c.date),
      links: [{ href: own, rel: 'alternate' }, ...(c.kind === 'loi' ? c.pages.map((p) => ({ href: abs(p.url), rel: 'related' as const, title: fr(p.titre) })) : [])],
      summary: c.text,
      contentHtml: `<p>${escapeHtml(c.text)}</p>${c.kind === 'loi' ? `<p>${escapeHtml(CHANGES_UI.concerns)}</p>` : ''}<ul>${list}</ul>`,
    };
  });
  return atomXml({
    id: abs(STATIC_PAGES.changements),
    title: CHANGES_UI.feedTitle,
    subtitle: CHANGES_UI.description,
    updated: atomDate(changes[0]?.date ?? '2026-01-01'),
    self: abs(SITE_FILES.feed),
    alternate: abs(STATIC_PAGES.changements),
    author: { name: site.nom, uri: abs(STATIC_PAGES.aPropos) },
    rights: site.licence,
    lang: 'fr',
    entries,
  });
}
