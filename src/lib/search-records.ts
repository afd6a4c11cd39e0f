/**
 * The pure steps of building the search index: which built pages are indexed, the text of their
 * data-pagefind-body, the synonyms added to them, and the records that are not HTML pages
 * (glossary terms, the booklet PDF). The Pagefind calls are in src/integrations/search-index.ts.
 */
import { FILTER_TYPE, GLOSSARY_TITLE_META, SYNONYMS_META } from './search.ts';
import { aliasesFor, type SynonymMatcher } from './synonyms.ts';
import { frenchTypography } from './typography.ts';
import { escapeHtml } from './html.ts';
import { UI } from './ui.ts';
import { BOOKLET_PDFS, STATIC_PAGES, glossaryTermUrl } from './pages.ts';

/**
 * Built pages never indexed, whatever their markup: the 404, the search page itself, and the
 * booklet, which repeats every article (the booklet PDF has a record of its own).
 */
const NEVER_INDEXED = [/^404\.html$/, /^recherche\//, /^livret\//];

/** `relPath` is relative to the build folder, with forward slashes: "articles/indu/index.html". */
export function isIndexedPath(relPath: string): boolean {
  return relPath.endsWith('.html') && !NEVER_INDEXED.some((re) => re.test(relPath));
}

/** The URL Pagefind gives a built file: "articles/indu/index.html" → "/articles/indu/". */
export function urlOf(relPath: string): string {
  return `/${relPath.replace(/(^|\/)index\.html$/, '$1')}`;
}

const BODY_OPEN = /<([a-zA-Z][\w-]*)\b[^>]*?\sdata-pagefind-body(?=[\s=/>])[^>]*>/g;

/** Start and end offsets of every element marked data-pagefind-body (its inner HTML). */
function bodySpans(html: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of html.matchAll(BODY_OPEN)) {
    const tag = m[1]!.toLowerCase();
    const start = m.index + m[0].length;
    // Walk to the matching close tag, counting nested elements of the same name.
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    re.lastIndex = start;
    let depth = 1;
    let end = html.length;
    for (let t = re.exec(html); t; t = re.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) { end = t.index; break; }
    }
    spans.push([start, end]);
  }
  return spans;
}

export function hasSearchBody(html: string): boolean {
  BODY_OPEN.lastIndex = 0;
  const found = BODY_OPEN.test(html);
  BODY_OPEN.lastIndex = 0;
  return found;
}

/** Readable text of the indexed parts of a page, for finding its synonyms (not for display). */
export function bodyText(html: string): string {
  return bodySpans(html)
    .map(([a, b]) => html.slice(a, b))
    .join(' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#39|apos|rsquo);/g, "'")
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of the first <h1> inside the indexed part: the page title. */
export function titleText(html: string): string {
  const [span] = bodySpans(html);
  if (!span) return '';
  const m = html.slice(span[0], span[1]).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i);
  return m ? bodyText(`<div data-pagefind-body>${m[1]}</div>`) : '';
}

/**
 * The page as given to Pagefind: the same HTML, with the page's synonyms in hidden metadata fields
 * inside its first data-pagefind-body: `synonymes_titre` for the words of its title (weighted
 * nearly like the title) and `synonymes` for the words of its text (weighted low).
 * data-pagefind-ignore keeps those words out of the text and the excerpts; they are still
 * searchable as metadata. Readers' copies of the pages are unchanged.
 */
export function withSynonyms(html: string, matcher: SynonymMatcher): { html: string; aliases: string[] } {
  const fromText = aliasesFor(bodyText(html), matcher);
  const fromTitle = aliasesFor(titleText(html), matcher);
  BODY_OPEN.lastIndex = 0;
  const m = BODY_OPEN.exec(html);
  BODY_OPEN.lastIndex = 0;
  if (!m || fromText.length + fromTitle.length === 0) return { html, aliases: [] };
  const at = m.index + m[0].length;
  const field = (name: string, words: string[]) =>
    words.length ? `<span data-pagefind-meta="${name}">${escapeHtml(words.join(' ; '))}</span>` : '';
  const block = `<div hidden data-pagefind-ignore>${field(SYNONYMS_META, fromText)}${field(`${SYNONYMS_META}_titre`, fromTitle)}</div>`;
  return { html: html.slice(0, at) + block + html.slice(at), aliases: [...new Set([...fromTitle, ...fromText])] };
}

/** What Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'fr';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface GlossaryTermLike {
  id: string;
  terme: string;
  long?: string | undefined;
  definition: string;
}

/**
 * One result per glossary term, pointing at its anchor (/glossaire/#indu), given to Pagefind as a
 * small HTML page so it can be weighted: a definition is a few dozen words, and would otherwise
 * outrank the page that explains the same thing at length. Its name is in the `terme` field rather
 * than `title`, so it gets a smaller boost than a page title.
 */
export function glossaryPage(term: GlossaryTermLike, matcher: SynonymMatcher): { url: string; content: string } {
  const name = frenchTypography(term.long ? `${term.terme} : ${term.long}` : term.terme);
  const definition = frenchTypography(term.definition);
  const fromText = aliasesFor(`${name}. ${definition}`, matcher);
  const fromTitle = aliasesFor(name, matcher);
  const field = (meta: string, words: string[]) =>
    words.length ? `<span data-pagefind-meta="${meta}">${escapeHtml(words.join(' ; '))}</span>` : '';
  const content = '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>'
    + '<div data-pagefind-body data-pagefind-weight="0.5">'
    + `<p data-pagefind-meta="${GLOSSARY_TITLE_META}">${escapeHtml(name)}</p>`
    + `<p>${escapeHtml(definition)}</p>`
    + `<div hidden data-pagefind-ignore><span data-pagefind-filter="${FILTER_TYPE}">glossaire</span>`
    + `${field(SYNONYMS_META, fromText)}${field(`${SYNONYMS_META}_titre`, fromTitle)}</div>`
    + '</div></body></html>';
  return { url: glossaryTermUrl(term.id), content };
}

/** The booklet PDF, so that "livret" or "imprimer" finds it. Points at the booklet page until the PDF is built. */
export function bookletRecord(pdfExists: boolean): SearchRecord {
  return {
    url: pdfExists ? BOOKLET_PDFS.a5 : STATIC_PAGES.livret,
    content: UI.searchBookletText,
    language: 'fr',
    meta: { title: UI.searchBookletTitle },
    filters: { [FILTER_TYPE]: ['livret'] },
  };
}

/** A hidden block that holds only Pagefind fields (SearchFacts, withSynonyms): nothing a reader sees. */
const FIELDS_BLOCK = /<div hidden data-pagefind-ignore>(?:<span data-pagefind-(?:filter|meta)="[^"]*">[^<]*<\/span>)*<\/div>/g;
/** Attributes only the indexer reads. data-pagefind-body stays: it says which pages are indexed. */
const INDEX_ATTRIBUTES = /\sdata-pagefind-(?:weight="[^"]*"|ignore(?:="[^"]*")?(?=[\s>]))/g;
/** A start tag (text never holds a bare `<`: it is escaped). */
const START_TAG = /<[a-zA-Z][^>]*>/g;

/**
 * The page as served, once indexed: without its Pagefind fields and weights, which only the indexer
 * reads (about 0.15 KB gzip of a 12 KB article, tests/dist/weight.test.ts). Run after addHTMLFile.
 */
export function servedHtml(html: string): string {
  return html.replace(FIELDS_BLOCK, '').replace(START_TAG, (tag) => tag.replace(INDEX_ATTRIBUTES, ''));
}
