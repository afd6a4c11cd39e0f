/**
 * The offline copy (« Lire hors connexion »): which built files a reader's browser keeps once they
 * opt in, within a budget, and the manifest the service worker reads. Pure: the build step that walks
 * dist/ and writes the files is src/integrations/offline-copy.ts; the worker is
 * src/scripts/service-worker.js; the opt-in page's script is src/scripts/offline-page.ts.
 */
import { BOOKLET_PDFS, ESSENTIAL_FILES, STATIC_PAGES, bookletFiles } from './pages.ts';
import { OFFLINE_CACHE_PREFIX, type OfflineFile, type OfflineManifest } from './offline-cache.ts';

export { OFFLINE_CACHE_PREFIX, formatSize, type OfflineFile, type OfflineManifest } from './offline-cache.ts';

/** The most the copy may weigh, uncompressed (what the browser stores), in bytes. */
export const OFFLINE_BUDGET = 4 * 1024 * 1024;
/** The worker's address: at the root, so that its scope is the whole site without any extra header. */
export const SERVICE_WORKER_URL = '/sw.js';
/** The list of files, written by the build beside the opt-in page. */
export const OFFLINE_MANIFEST_URL = `${STATIC_PAGES.horsConnexion}fichiers.json`;
/** The web app manifest. */
export const WEB_MANIFEST_URL = '/manifest.webmanifest';

/** A built file, by its path inside dist/ (forward slashes) and its size in bytes. */
export interface BuiltFile { path: string; bytes: number }

/** The address a built file is served at: folders' index.html by their folder, with its slash. */
export function urlOfBuiltPath(path: string): string {
  if (path === 'index.html') return '/';
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Which booklet PDF the copy keeps: the essential booklet when the build has one, else the A5 guide. */
export function bookletPdfForOffline(exists: (url: string) => boolean): string | undefined {
  return [bookletFiles(ESSENTIAL_FILES).a5, BOOKLET_PDFS.a5].find((url) => exists(url));
}

/**
 * Pagefind's engine: entry, code, worker, index, filters, and the WebAssembly of the languages it indexed
 * (`pagefind.fr_<hash>.pf_meta` → `wasm.fr.pagefind`; `wasm.unknown.pagefind` is never loaded here).
 */
const SEARCH_CORE = /^pagefind\/(pagefind-entry\.json|pagefind\.js|pagefind-worker\.js|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind|index\/.+|filter\/.+)$/;
/** Pagefind's result texts, one per page found, and the glossary the search page shows above its results. */
const SEARCH_FRAGMENT = /^(pagefind\/fragment\/.+|recherche\/definitions\.json)$/;

/** What every page needs to be read: its HTML, the stylesheets, the scripts the pages load, the icons. */
function isRequired(path: string, scripts: ReadonlySet<string>): boolean {
  if (/\.(br|gz)$/.test(path)) return false;
  if (path.endsWith('.html')) return true;
  if (/^_astro\/[^/]+\.css$/.test(path)) return true;
  if (path.endsWith('.js')) return scripts.has(`/${path}`);
  return ['favicon.svg', 'manifest.webmanifest'].includes(path) || /^icons\/[^/]+\.png$/.test(path);
}

/** A script's address, when a specifier names a built script on this site (a path, not a bare package name). */
function siteScript(spec: string, base: string): string | undefined {
  if (!/^(?:\.{1,2})?\//.test(spec) || spec.startsWith('//')) return undefined;
  const path = new URL(spec, `https://site.invalid${base}`).pathname;
  return /\.m?js$/.test(path) ? path : undefined;
}

/**
 * The scripts a built script imports statically, by address: `import{a}from"./x.js"`, `import"./x.js"`,
 * `export*from"./x.js"`. A dynamic `import()` is left out on purpose: that is how a page loads what it
 * needs only on demand (the composer's print engine, Pagefind), which the copy does not keep.
 */
export function staticImports(js: string, scriptUrl: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'`])([^"'`\n]+)\1/g)) {
    const url = siteScript(m[2]!, scriptUrl);
    if (url) found.push(url);
  }
  return found;
}

/** The scripts a built page loads: each `<script src>`, and the static imports of its inline module scripts. */
export function pageScripts(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1]!;
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (src) {
      const url = siteScript(src[1] ?? src[2] ?? src[3]!, pageUrl);
      if (url) found.push(url);
    } else if (/\btype\s*=\s*["']?module\b/i.test(attrs)) found.push(...staticImports(m[2]!, pageUrl));
  }
  return found;
}

/**
 * Every script the pages load, following static imports from script to script: exactly what a reader's
 * browser fetches to show those pages. `readScript` gives a built script's text by its address
 * (undefined when the build has no such file: it is then not listed).
 */
export function referencedScripts(pages: { url: string; html: string }[], readScript: (url: string) => string | undefined): Set<string> {
  const kept = new Set<string>();
  const queue = pages.flatMap((p) => pageScripts(p.html, p.url));
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (kept.has(url)) continue;
    const js = readScript(url);
    if (js === undefined) continue;
    kept.add(url);
    queue.push(...staticImports(js, url));
  }
  return kept;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * The files of the copy: the pages and what they load (`scripts`: from referencedScripts), and the booklet PDF, which must fit (or this
 * throws, naming the sizes); then the search index, engine and result texts, if it fits whole.
 */
export function selectOfflineFiles(
  files: BuiltFile[],
  { pdf: pdfUrl, scripts, budget = OFFLINE_BUDGET }: { pdf: string | undefined; scripts: ReadonlySet<string>; budget?: number },
): { files: OfflineFile[]; dropped: OfflineFile[]; total: number } {
  const toFile = (f: BuiltFile): OfflineFile => ({ url: urlOfBuiltPath(f.path), bytes: f.bytes });
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const required = sorted.filter((f) => isRequired(f.path, scripts) || (pdfUrl !== undefined && `/${f.path}` === pdfUrl)).map(toFile);
  const sum = (list: OfflineFile[]) => list.reduce((t, f) => t + f.bytes, 0);
  const total = sum(required);
  if (total > budget) {
    const heaviest = [...required].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map((f) => `${f.url} ${mb(f.bytes)}`).join(', ');
    throw new Error(`The offline copy weighs ${mb(total)} (${required.length} files) without the search index, over its budget of ${mb(budget)} (src/lib/offline.ts). Heaviest: ${heaviest}. Make pages lighter or raise the budget, saying why.`);
  }
  // The search engine and its result texts, whole or not at all: with some result texts missing,
  // most searches would list results that fail to open offline, which is worse than no search.
  const languages = new Set(sorted.map((f) => /^pagefind\/pagefind\.([\w-]+)_[\da-f]+\.pf_meta$/.exec(f.path)?.[1]).filter(Boolean));
  const wasmNeeded = (path: string) => { const lang = /^pagefind\/wasm\.([\w-]+)\.pagefind$/.exec(path)?.[1]; return !lang || languages.has(lang); };
  const search = sorted.filter((f) => (SEARCH_CORE.test(f.path) && wasmNeeded(f.path)) || SEARCH_FRAGMENT.test(f.path)).map(toFile);
  if (total + sum(search) <= budget) return { files: [...required, ...search], dropped: [], total: total + sum(search) };
  return { files: required, dropped: search, total };
}

/** The manifest the build writes and the worker reads. */
export function offlineManifest(selection: { files: OfflineFile[]; dropped: OfflineFile[]; total: number }, version: string, budget = OFFLINE_BUDGET): OfflineManifest {
  if (!/^[0-9a-f]{8,}$/.test(version)) throw new Error(`offline copy: version "${version}" is not a hex hash`);
  return { version, cache: `${OFFLINE_CACHE_PREFIX}${version}`, budget, total: selection.total, files: selection.files, dropped: selection.dropped };
}
