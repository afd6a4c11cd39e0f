/**
 * The content inventory: which kinds of page exist, where their files live and what their URLs are.
 * This is the one place that knows a page's address; everything else calls `pageUrl()` or reads
 * `STATIC_PAGES`. Pure (no disk access): the Node-side reader of `content/` is `content-fs.ts`.
 */
import { THEMES } from './themes.ts';

/** Kinds of page built from one file each in `content/<folder>/`. */
export const CONTENT_KINDS = {
  article: { folder: 'articles', collection: 'articles', label: 'article' },
  fiche: { folder: 'fiches', collection: 'fiches', label: 'fiche' },
  lettre: { folder: 'lettres', collection: 'lettres', label: 'lettre' },
  page: { folder: 'pages', collection: 'pages', label: 'page' },
} as const;

export type ContentKind = keyof typeof CONTENT_KINDS;

/**
 * Every kind of page the site renders: content kinds plus the generated theme pages and the steps of
 * « Qu'avez-vous reçu ? » (one page per node of content/recu.yaml).
 */
export type PageKind = ContentKind | 'theme' | 'recu';

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
  carte: '/livret/carte/',
  composer: '/livret/composer/',
  aPropos: '/a-propos/',
  recu: '/recu/',
  /** « Lire hors connexion »: the one page that can install the service worker (src/lib/offline.ts). */
  horsConnexion: '/hors-connexion/',
  changements: '/changements/',
} as const;

/** Files the build writes beside the pages (not HTML pages: not in siteUrls). */
export const SITE_FILES = {
  /** Atom feed of /changements/. */
  feed: '/changements.xml',
} as const;

/** Address of a page on the site, always with its trailing slash. */
export function pageUrl(kind: PageKind, id: string): string {
  if (!id || /[/?#\s]/.test(id)) throw new Error(`pageUrl: invalid id "${id}" for kind "${kind}"`);
  if (kind === 'theme') return `/themes/${id}/`;
  if (kind === 'recu') return `${STATIC_PAGES.recu}${id}/`;
  if (kind === 'page') {
    const url = PAGE_ROUTES[id];
    if (!url) throw new Error(`pageUrl: content/pages/${id} has no route. Known: ${Object.keys(PAGE_ROUTES).join(', ')}`);
    return url;
  }
  return `/${CONTENT_KINDS[kind].folder}/${id}/`;
}

/** The glossary's entry for one term: `/glossaire/#indu`. */
export function glossaryTermUrl(termId: string): string {
  return `${STATIC_PAGES.glossaire}#${termId}`;
}

/**
 * Every printed file of the site, by address (the build writes them under `dist/` at the same path):
 * the pages that link to them, the build that writes them and the tests that read them all ask here.
 */

/** A booklet's page and PDFs, from its `chemin` and `fichier` (content/livrets/*.yaml). */
export function bookletFiles(s: { chemin: string; fichier: string }): { page: string; a5: string; a4: string } {
  const page = `${STATIC_PAGES.livret}${s.chemin}`;
  return { page, a5: `${page}${s.fichier}-a5.pdf`, a4: `${page}${s.fichier}-a4-imprime.pdf` };
}

/** The full guide's files (content/livrets/guide-complet.yaml: `chemin: ""`, `fichier: livret`). */
export const FULL_GUIDE_FILES = { chemin: '', fichier: 'livret' } as const;

/** « L'essentiel »'s files (content/livrets/essentiel.yaml). */
export const ESSENTIAL_FILES = { chemin: 'essentiel/', fichier: 'essentiel' } as const;

/** The full guide's PDFs: A5, for reading on screen and printing one page per sheet; A4, two A5 pages a side, imposed for saddle stitching. */
export const BOOKLET_PDFS = bookletFiles(FULL_GUIDE_FILES);

/** The pocket card's page and its A4 PDF. */
export const POCKET_CARD = { page: STATIC_PAGES.carte, pdf: `${STATIC_PAGES.carte}carte-de-poche.pdf` } as const;

/** The A4 PDF of one fiche or letter, beside its page (/fiches/contrainte/contrainte.pdf), or the pocket card's. */
export function pagePdf(kind: 'fiche' | 'lettre' | 'carte', id: string): string {
  return kind === 'carte' ? POCKET_CARD.pdf : `${pageUrl(kind, id)}${id}.pdf`;
}

/** What the build hands to the PDF step (written by src/pages/livret/impression.json.ts, read and removed by the integration). */
export const PRINT_MANIFEST = `${STATIC_PAGES.livret}impression.json`;

export interface PrintManifest {
  booklets: {
    titre: string;
    fichier: string;
    page: string;
    a5: string;
    a4: string;
    pagesMax: number | null;
    /** ISO date: the latest "vérifié le" of the booklet's pages, computed once with its parts (booklet.ts's editionDate). */
    edition: string;
  }[];
  /** Fiches and letters, each printed alone on A4. */
  pages: { kind: 'fiche' | 'lettre' | 'carte'; id: string; titre: string; page: string; pdf: string }[];
}

/** Search address for a query, as the header form submits it. */
export function searchUrl(query?: string): string {
  return query ? `${STATIC_PAGES.recherche}?q=${encodeURIComponent(query)}` : STATIC_PAGES.recherche;
}

/**
 * Every address the site renders, given those of its content pages (`renderedUrls()` in
 * content-fs.ts): the fixed pages, one page per theme, the content. A page the build renders and
 * this list lacks is a page the inventory does not know (a test compares it with the sitemap).
 */
export function siteUrls(contentUrls: Iterable<string>): string[] {
  return [...new Set([...Object.values(STATIC_PAGES), ...THEMES.map((t) => pageUrl('theme', t.id)), ...contentUrls])].sort();
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

/** The kind whose files live in `content/<folder>/`, or undefined. */
export function kindOfFolder(folder: string): ContentKind | undefined {
  return CONTENT_KIND_IDS.find((k) => CONTENT_KINDS[k].folder === folder);
}

/**
 * The address of a page named by its place in `content/`, as `content/contacts.yaml` names its
 * sources: "articles/se-faire-aider" → "/articles/se-faire-aider/". Throws on an unknown folder.
 */
export function pageUrlOfSource(source: string): string {
  const [folder = '', ...rest] = source.split('/');
  const kind = kindOfFolder(folder);
  if (!kind || rest.length === 0) throw new Error(`"${source}" does not name a page of content/ (expected <folder>/<id>, folder one of ${CONTENT_KIND_IDS.map((k) => CONTENT_KINDS[k].folder).join(', ')}).`);
  return pageUrl(kind, rest.join('/'));
}

/** The kind of an article, fiche or letter address (`/articles/x/` → article); undefined for any other page. */
export function routedKindOf(path: string): RoutedKind | undefined {
  const m = /^\/([^/]+)\/[^/]+\/$/.exec(path);
  return m ? ROUTED_KINDS.find((k) => CONTENT_KINDS[k].folder === m[1]) : undefined;
}
