/**
 * Search, shared by the index builder and the search page: filter names, result types, the state
 * kept in the URL (?q=…&theme=…&type=…), and the safe reading of Pagefind excerpts.
 * No DOM here, so every rule is unit-tested.
 */
import { THEMES } from './themes.ts';
import { frenchTypography } from './typography.ts';

/** Pagefind filter names, as written in data-pagefind-filter. */
export const FILTER_THEME = 'thème';
export const FILTER_TYPE = 'type';

/** Kinds of result, in the order their filter chips are shown. */
export const RESULT_TYPES = [
  { id: 'article', label: 'Articles' },
  { id: 'fiche', label: 'Je viens de recevoir…' },
  { id: 'lettre', label: 'Lettres' },
  { id: 'glossaire', label: 'Glossaire' },
  { id: 'livret', label: 'Livret à imprimer' },
] as const;

export type ResultType = (typeof RESULT_TYPES)[number]['id'];

/** The singular shown on each result: "Article · Contester une décision". */
export const TYPE_SINGULAR: Record<ResultType, string> = {
  article: 'Article',
  fiche: 'Fiche',
  lettre: 'Lettre',
  glossaire: 'Glossaire',
  livret: 'Livret',
};

/** Longest query searched; the header box has the same maxlength. Longer text in ?q= is cut. */
export const MAX_QUERY = 200;

/**
 * Shortest query searched as it is typed: one or two letters match a large part of the index, and
 * would fetch it for nothing while the reader is still typing. Enter searches any length.
 */
export const MIN_TYPED = 3;

/** Hidden, searchable metadata field holding a page's synonyms; see src/lib/synonyms.ts. */
export const SYNONYMS_META = 'synonymes';

/** Search words of every letter page: a reader looking for a letter types "lettre" or "modèle". */
export const LETTER_TAGS = ['lettre type', 'modèle de lettre', 'courrier'];

/** Metadata field holding a glossary term's name, shown as its result's title. */
export const GLOSSARY_TITLE_META = 'terme';

export interface SearchState {
  q: string;
  theme?: string;
  type?: string;
}

const themeIds = new Set<string>(THEMES.map((t) => t.id));
const typeIds = new Set<string>(RESULT_TYPES.map((t) => t.id));

/** Collapses spaces and control characters and cuts at MAX_QUERY characters (never inside a surrogate pair). */
export function cleanQuery(raw: string): string {
  const flat = raw.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return Array.from(flat).slice(0, MAX_QUERY).join('').trim();
}

/** Reads the state from a query string; unknown themes or types are ignored, not trusted. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = { q: cleanQuery(params.get('q') ?? '') };
  const theme = params.get('theme');
  const type = params.get('type');
  if (theme && themeIds.has(theme)) state.theme = theme;
  if (type && typeIds.has(type)) state.type = type;
  return state;
}

/** The query string for a state, "" when there is nothing to search: ?q=indu&type=lettre */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.theme) params.set('theme', state.theme);
  if (state.type) params.set('type', state.type);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return a.q === b.q && a.theme === b.theme && a.type === b.type;
}

/** Pagefind filters for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.theme) filters[FILTER_THEME] = state.theme;
  if (state.type) filters[FILTER_TYPE] = state.type;
  return filters;
}

export function themeLabel(id: string): string {
  const theme = THEMES.find((t) => t.id === id);
  return theme ? frenchTypography(theme.titre) : id;
}

export function typeLabel(id: string): string {
  const type = RESULT_TYPES.find((t) => t.id === id);
  return type ? frenchTypography(type.label) : id;
}

/**
 * Sections of a result worth linking to: a heading of the page other than the page itself, and
 * not the lists of sources and legal texts that end every page.
 */
const BOILERPLATE_SECTIONS = new Set(['sources-titre', 'textes-titre']);

export function isSectionLink(sectionUrl: string, pageUrl: string): boolean {
  const hash = sectionUrl.indexOf('#');
  if (hash < 0 || sectionUrl === pageUrl) return false;
  return !BOILERPLATE_SECTIONS.has(sectionUrl.slice(hash + 1));
}

export function typeSingular(id: string): string {
  return TYPE_SINGULAR[id as ResultType] ?? id;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), whole);
    return ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

export interface ExcerptPart { text: string; mark: boolean }

/**
 * Pagefind's excerpt is HTML: the page text, escaped, with the matched words in <mark>. It is read
 * here as plain text runs, marked or not; the page builds them with textContent. Any other tag is
 * kept as visible text, never as markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') { mark = true; continue; }
    if (tag === '</mark>') { mark = false; continue; }
    if (piece === '') continue;
    const text = decodeEntities(piece);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** "1 résultat", "12 résultats". */
export function countText(n: number): string {
  return n === 0 ? 'Aucun résultat' : `${n} résultat${n > 1 ? 's' : ''}`;
}

/** The query as shown in sentences: quoted, and cut when long. */
export function quoted(q: string, max = 60): string {
  const chars = Array.from(q);
  const shown = chars.length > max ? `${chars.slice(0, max).join('')}…` : q;
  return `«\u202F${shown}\u202F»`;
}

/** The sentence the status line says (and screen readers announce) after a search. */
export function statusText(count: number, state: SearchState): string {
  const filters = [state.theme && themeLabel(state.theme), state.type && typeLabel(state.type)].filter(Boolean);
  const within = filters.length ? `, filtre\u00A0: ${filters.join(', ')}` : '';
  return `${countText(count)} pour ${quoted(state.q)}${within}.`;
}

/**
 * Words dropped from a query before it is searched. Pagefind matches every word as a prefix and
 * wants them all, so "à" would match every page (à, avoir, aussi…) and "qu'est-ce qu'un indu"
 * would find almost nothing. Dropped only when the query has other words.
 */
const STOPWORDS = new Set([
  'a', 'à', 'au', 'aux', 'avec', 'c', 'ce', 'ces', 'cet', 'cette', 'comment', 'd', 'dans', 'de', 'des', 'du',
  'elle', 'en', 'est', 'est-ce', 'et', 'il', 'j', 'je', 'l', 'la', 'le', 'les', 'leur', 'm', 'ma', 'me', 'mes',
  'moi', 'mon', 'n', 'ne', 'on', 'ou', 'où', 'par', 'pour', 'qu', 'quand', 'que', 'quel', 'quelle', 'quelles',
  'quels', 'qui', 'quoi', 's', 'sa', 'se', 'ses', 'si', 'son', 'sur', 't', 'ta', 'te', 'tes', 'ton', 'un', 'une',
  'vos', 'votre', 'vous', 'y',
]);

/** Elided articles and pronouns: l'indu, d'emploi, qu'un, jusqu'à. */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'(.+)$/i;

/**
 * The words given to Pagefind for a reader's query: elisions split, stop words dropped, edges'
 * punctuation trimmed, accents removed. Pagefind forgives accents anyway; given "contrôle" it
 * would also fetch the index file where "contrôle" sorts as written, one more file for nothing.
 */
export function searchTerms(q: string): string {
  const words = q
    .replace(/[’‘ʼ`´]/g, "'")
    .split(/\s+/)
    .map((w) => w.match(ELISION)?.[1] ?? w)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const kept = words.filter((w) => !STOPWORDS.has(w.toLowerCase()));
  return (kept.length ? kept : words).join(' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
