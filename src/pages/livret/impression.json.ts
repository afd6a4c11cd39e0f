/**
 * What the PDF step of the build prints (src/integrations/booklet-pdf.ts reads this file, then
 * removes it): each booklet with its files, page limit and edition date, and each fiche and letter.
 */
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getCollection } from 'astro:content';
import { editionDate } from '../../lib/booklet.ts';
import { DEFAULT_GUIDE, selectionParts } from '../../lib/booklet-selection.ts';
import { published } from '../../lib/collections.ts';
import { bookletFiles, pagePdf, pageUrl, POCKET_CARD, type PrintManifest } from '../../lib/pages.ts';
import { isoDate } from '../../lib/dates.ts';

export const GET: APIRoute = async () => {
  const [articles, fiches, lettres, livrets] = await Promise.all([
    getCollection('articles'), getCollection('fiches'), getCollection('lettres'), getCollection('livrets'),
  ]);
  const selections = livrets.map((l) => ({ file: `content/livrets/${l.id}.yaml`, s: l.data }));
  if (!selections.some((x) => x.s.chemin === '')) selections.push({ file: 'DEFAULT_GUIDE', s: DEFAULT_GUIDE });
  const manifest: PrintManifest = {
    booklets: selections.map(({ file, s }) => ({
      titre: s.titre,
      fichier: s.fichier,
      ...bookletFiles(s),
      pagesMax: s.pagesMax ?? null,
      edition: isoDate(editionDate(selectionParts<CollectionEntry<'articles' | 'fiches' | 'lettres'>>(s, { article: articles, fiche: fiches, lettre: lettres }, file))),
    })),
    pages: [
      ...published(fiches).map((e) => ({ kind: 'fiche' as const, id: e.id, titre: e.data.titre, page: pageUrl('fiche', e.id), pdf: pagePdf('fiche', e.id) })),
      ...published(lettres).map((e) => ({ kind: 'lettre' as const, id: e.id, titre: e.data.titre, page: pageUrl('lettre', e.id), pdf: pagePdf('lettre', e.id) })),
      { kind: 'carte' as const, id: 'carte', titre: 'La carte de poche', ...POCKET_CARD },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } });
};
