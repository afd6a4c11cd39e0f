/**
 * How a link to another site is marked, in Markdown (rehype-external-links.ts) and in components
 * (ExternalLink.astro): class `external` (the visible ↗, and the address on paper), and
 * `aria-describedby` pointing at one hidden « site externe » per page (Base.astro), so a screen reader
 * says it after the link text. One shared description instead of a hidden span in every link: an
 * article with 50 sources saves about 0.25 KB gzipped (the 12 KB budget, tests/dist/weight.test.ts).
 * No `rel`: the site's referrer policy (meta and header) already sends no referrer, and no link opens
 * a new window.
 */
export const EXTERNAL_CLASS = 'external';
export const EXTERNAL_DESCRIPTION_ID = 'site-externe';

export function isExternal(href: unknown): href is string {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}
