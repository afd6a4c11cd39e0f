/** /donnees/lettres.json: each letter's fields and deadline rule as open data (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { lettresJson } from '../../lib/open-data-fs.ts';

export const GET: APIRoute = () => lettresJson();
