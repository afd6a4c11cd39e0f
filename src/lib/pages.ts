/**
 * The content inventory: which kinds of page exist, where their files live and what their URLs are.
 * This is the one place that knows a page's address; everything else calls `pageUrl()` or reads
 * `STATIC_PAGES`. Pure (no disk access): the Node-side reader of `content/` is `content-fs.ts`.
 */

/** Kinds of page built from one file each in `content/<folder>/`. */
export const CONTENT_KINDS = {
  article: { folder: 'articles', collection: 'articles', label: 'article' },
  fiche: { folder: 'fiches', collection: 'fiches', label: 'fiche' },
  lettre: { folder: 'lettres', collection: 'lettres', label: 'lettre' },
  page: { folder: 'pages', collection: 'pages', label: 'page' },
} as const;

export type ContentKind = keyof typeof CONTENT_KINDS;

/** Every kind of page the site renders: content kinds plus the generated theme pages. */
export type PageKind = ContentKind | 'theme';

export const CONTENT_KIND_IDS = Object.keys(CONTENT_KINDS) as ContentKind[];

/** Content kinds that have their own route `/<folder>/<id>/`. */
export const ROUTED_KINDS = ['article', 'fiche', 'lettre'] as const satisfies readonly ContentKind[];
export type RoutedKind = (typeof ROUTED_KINDS)[number];

/**
 * Pages of `content/pages/` that are rendered at their own fixed address, by id. `accueil` is the
 * home page; a page file not listed here is not rendered.
 */
const PAGE_ROUTES: Record<string, string> = { accueil: '/', 'a-propos': '/a-propos/' };

/** Fixed pages that are not one content entry each. */
export const STATIC_PAGES = {
  accueil: '/',
  themes: '/themes/',
  fiches: '/fiches/',
  lettres: '/lettres/',
  glossaire: '/glossaire/',
  recherche: '/recherche/',
  livret: '/livret/',
  composer: '/livret/composer/',
  aPropos: '/a-propos/',
} as const;

/** Address of a page on the site, always with its trailing slash. */
export function pageUrl(kind: PageKind, id: string): string {
  if (!id || /[/?#\s]/.test(id)) throw new Error(`pageUrl: invalid id "${id}" for kind "${kind}"`);
  if (kind === 'theme') return `/themes/${id}/`;
  if (kind === 'page') {
    const url = PAGE_ROUTES[id];
    if (!url) throw new Error(`pageUrl: content/pages/${id} has no route. Known: ${Object.keys(PAGE_ROUTES).join(', ')}`);
    return url;
  }
  return `/${CONTENT_KINDS[kind].folder}/${id}/`;
}

/** Search address for a query, as the header form submits it. */
export function searchUrl(query?: string): string {
  return query ? `${STATIC_PAGES.recherche}?q=${encodeURIComponent(query)}` : STATIC_PAGES.recherche;
}

/** Whether a `content/pages/` id is rendered. */
export const isRoutedPage = (id: string): boolean => id in PAGE_ROUTES;

/**
 * Files in `content/` that the build ignores: any path segment starting with `_` (drafts kept
 * beside the real pages, shared partials). Used by the collection globs and by the disk reader.
 */
export function isIgnoredContentPath(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => segment.startsWith('_'));
}

/** Glob pattern for a content folder, skipping `_*` files the same way as `isIgnoredContentPath`. */
export const CONTENT_GLOB = ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'];

/** The source file of an entry, relative to the project root, for error messages. */
export function sourceLabel(kind: ContentKind, id: string, contentRoot = 'content'): string {
  return `${contentRoot}/${CONTENT_KINDS[kind].folder}/${id}`;
}
