/** /changements.xml: the Atom feed of « Ce qui a changé » (src/lib/changes-feed.ts). */
import type { APIRoute } from 'astro';
import { siteChanges } from '../lib/changes-fs.ts';
import { changesFeed } from '../lib/changes-feed.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async () =>
  new Response(changesFeed(await siteChanges(), SITE), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
