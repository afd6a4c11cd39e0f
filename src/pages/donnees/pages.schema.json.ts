/** /donnees/pages.schema.json: the JSON Schema of pages.json. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/open-data-fs.ts';
import { pagesSchema } from '../../lib/open-data.ts';
import { SITE } from '../../lib/site.ts';

export const GET: APIRoute = () => jsonResponse(pagesSchema(SITE));
