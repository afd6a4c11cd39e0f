/** /donnees/lettres.schema.json: the JSON Schema of lettres.json. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/open-data-fs.ts';
import { lettresSchema } from '../../lib/open-data.ts';
import { SITE } from '../../lib/site.ts';

export const GET: APIRoute = () => jsonResponse(lettresSchema(SITE));
