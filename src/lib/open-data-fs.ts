/** The Astro side of open-data.ts: the build's pages and legal watch turned into the /donnees/ files. */
import { sitePages } from './changes-fs.ts';
import { legalWatch } from './legal-watch-fs.ts';
import { lettresData, pagesData, type OpenLetter } from './open-data.ts';
import { SITE } from './site.ts';

const json = (data: unknown) => new Response(`${JSON.stringify(data, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export async function pagesJson(): Promise<Response> {
  const watch = legalWatch();
  return json(pagesData(await sitePages(), SITE, { donnees: `@socialgouv/legi-data ${watch.source.version}`, date: watch.dataDate.date, index: watch.newer?.date }));
}

export async function lettresJson(): Promise<Response> {
  const letters = (await sitePages()).filter((p) => p.kind === 'lettre') as unknown as OpenLetter[];
  return json(lettresData(letters, SITE));
}

export { json as jsonResponse };
