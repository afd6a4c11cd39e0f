/**
 * Structured data (schema.org as JSON-LD) that search engines read: an `Article` for each article,
 * fiche and letter (dateModified is its « vérifié le », citation its sources), its `BreadcrumbList`,
 * and the site as `Organization` and `WebSite` on the home page. Pure; the <script
 * type="application/ld+json"> blocks are written by StructuredData.astro. Data blocks are not
 * executed, so the site's CSP (no inline script) does not apply to them; tests/dist checks that
 * they are the only inline scripts and that each parses with its required properties.
 */
import { isoDate } from './dates.ts';

export interface SiteFacts { url: string; nom: string; baseline: string; licenceUrl: string }

type Json = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

const organization = (site: SiteFacts): Json => ({ '@type': 'Organization', name: site.nom, url: `${site.url}/` });

export interface ArticleFacts {
  /** Absolute address of the page. */
  url: string;
  titre: string;
  resume: string;
  verifie: Date;
  /** Day of the first `historique` entry: first publication. */
  publie: Date;
  sources: { url: string }[];
}

/**
 * Only what the issues ask for: a page's bytes count (12 KB budget for articles). The share card is
 * og:image, the section is in the breadcrumb, the publisher stands for the author, and the licence
 * is in the footer.
 */
export function articleLd(a: ArticleFacts, site: SiteFacts): Json {
  return {
    '@type': 'Article',
    headline: a.titre,
    description: a.resume,
    url: a.url,
    inLanguage: 'fr-FR',
    datePublished: isoDate(a.publie),
    dateModified: isoDate(a.verifie),
    publisher: organization(site),
    // Addresses only (schema.org allows Text): the titles are on the page already, and a page's
    // bytes count (12 KB budget for articles, tests/dist/weight.test.ts).
    citation: a.sources.map((s) => s.url),
  };
}

/** Breadcrumb from the home page; the last item is the page itself. `items` are absolute addresses. */
export function breadcrumbLd(items: { name: string; url: string }[]): Json {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** The home page's description of the site. */
export function siteLd(site: SiteFacts): Json[] {
  return [
    { '@context': CONTEXT, ...organization(site), description: site.baseline },
    { '@context': CONTEXT, '@type': 'WebSite', name: site.nom, url: `${site.url}/`, inLanguage: 'fr-FR', description: site.baseline, license: site.licenceUrl, publisher: organization(site) },
  ];
}

/** One block for several objects: a single `@context` over a `@graph`. */
export function graphLd(objects: Json[]): Json {
  return { '@context': CONTEXT, '@graph': objects };
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" can close or comment it. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Properties each type must carry (the built-site check reads them). */
export const REQUIRED_LD: Record<string, string[]> = {
  Article: ['headline', 'description', 'datePublished', 'dateModified', 'inLanguage', 'publisher', 'citation'],
  BreadcrumbList: ['itemListElement'],
  Organization: ['name', 'url'],
  WebSite: ['name', 'url', 'inLanguage'],
};
