/** The web app manifest: lets a reader install the site on a phone's home screen (Base.astro links it). */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/web-manifest.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(webManifest(), null, 1), {
  headers: { 'Content-Type': 'application/manifest+json' },
});
