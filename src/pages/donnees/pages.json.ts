/** /donnees/pages.json: every article, fiche and letter as open data (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { pagesJson } from '../../lib/open-data-fs.ts';

export const GET: APIRoute = () => pagesJson();
