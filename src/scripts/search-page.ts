/**
 * The search page's script (only /recherche/ loads it; articles ship no JavaScript). It turns the
 * header's search box into a search-as-you-type box, loads Pagefind's own small API from
 * /pagefind/pagefind.js on first use, and draws the results with the DOM (textContent only: an
 * excerpt's <mark> is the one element taken from the index, rebuilt, never parsed as HTML).
 * The query and filters live in the URL, so a result list can be shared, bookmarked and restored.
 */
import {
  FILTER_THEME, FILTER_TYPE, GLOSSARY_TITLE_META, MIN_TYPED, RESULT_TYPES, SYNONYMS_META, cleanQuery, excerptParts, pagefindFilters, readState,
  isSectionLink, sameState, searchTerms, statusText, themeLabel, typeLabel, typeSingular, writeState, type SearchState,
} from '../lib/search.ts';
import { THEMES } from '../lib/themes.ts';
import { formatDate } from '../lib/dates.ts';
import { UI } from '../lib/ui.ts';
import { el } from './dom.ts';
import { findDefinition, type Definition } from '../lib/definitions.ts';
import { STATIC_PAGES, glossaryTermUrl } from '../lib/pages.ts';

/** The part of Pagefind's JavaScript API this page uses. */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { url: string; title: string; excerpt: string }[];
}
interface PagefindResult { id: string; data(): Promise<PagefindData> }
type Counts = Record<string, Record<string, number>>;
interface PagefindResponse { results: PagefindResult[]; filters: Counts }
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string, o?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

/**
 * Results drawn at first, then with each "more": each costs one fetch of the page's text (about
 * 3 KB), and the first five fit the budget of the first search (README.md, "Performance").
 */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;

/**
 * Ranking of the metadata fields (see src/lib/search-records.ts): a page title weighs 5 (Pagefind's
 * default), synonyms of the title's words 3, a glossary term's name and a page's tags 2, synonyms
 * of the text's words 0.5, and the date nothing. Queries are sent without accents (searchTerms),
 * so no bonus for matching accents. Tuned against tests/e2e/search.spec.ts.
 */
const RANKING = { diacriticSimilarity: 0, metaWeights: { title: 5, [GLOSSARY_TITLE_META]: 2, [`${SYNONYMS_META}_titre`]: 3, motscles: 2, [SYNONYMS_META]: 0.5, verifie: 0 } };

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const input = byId<HTMLInputElement>('site-search-q');
const status = byId('search-status');
const app = byId('search-app');
const filtersBox = byId('search-filters');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const empty = byId('search-empty');
const clearFilters = byId<HTMLButtonElement>('search-clear-filters');
const definitionBox = byId('search-definition');
const filterActive = byId('search-filter-active');

/** The glossary for the definition box, fetched once, at the first search (src/pages/recherche/definitions.json.ts). */
let definitions: Promise<Definition[]> | undefined;
function loadDefinitions(): Promise<Definition[]> {
  definitions ??= fetch(new URL('definitions.json', new URL(STATIC_PAGES.recherche, location.href)).href)
    .then((r) => (r.ok ? (r.json() as Promise<Definition[]>) : []))
    .catch(() => []);
  return definitions;
}

/** The searched word's definition above the results, when the glossary has that word. */
function showDefinition(found: Definition | undefined): void {
  if (!definitionBox) return;
  definitionBox.hidden = !found;
  if (!found) { definitionBox.replaceChildren(); return; }
  const p = el('p');
  const link = el('a', undefined, UI.searchDefinitionLink);
  link.href = glossaryTermUrl(found.id);
  p.append(el('strong', undefined, found.terme), `\u00a0: ${found.definition} `, link);
  definitionBox.replaceChildren(p);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The type's icon, drawn from the page's sprite (SearchResults.astro): decorative, the word follows. */
function typeIconSvg(type: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({ class: 'icon', viewBox: '0 0 24 24', 'aria-hidden': 'true' })) svg.setAttribute(k, v);
  const use = document.createElementNS(SVG_NS, 'use');
  use.setAttribute('href', `#i-${type}`);
  svg.append(use);
  return svg;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Built by the search index integration after Vite has bundled this file: load it at run time.
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // No worker: one file less to fetch, and the search is a few milliseconds of work.
    await pf.options({ noWorker: true, excerptLength: 24, ranking: RANKING });
    await pf.init();
    // Loads the filter index, so each search comes back with its counts per theme and type.
    await pf.filters();
    return pf;
  })();
  // A failed load is tried again at the next search, not remembered.
  pagefind.catch(() => { pagefind = undefined; });
  return pagefind;
}

let state: SearchState = readState(location.search);
let sequence = 0;
let shown: PagefindResult[] = [];
let allResults: PagefindResult[] = [];

function setUrl(next: SearchState, mode: 'push' | 'replace' | 'none'): void {
  if (mode === 'none') return;
  const url = `${location.pathname}${writeState(next)}`;
  if (mode === 'push' && !sameState(next, readState(location.search))) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Only links inside the site: the index holds nothing else, and nothing else is drawn. */
function sameSite(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

function resultItem(data: PagefindData): HTMLLIElement {
  const li = el('li', 'result');
  const title = data.meta[GLOSSARY_TITLE_META] ?? data.meta.title ?? data.url;
  const h3 = el('h3');
  const link = el('a', undefined, title);
  link.href = data.url;
  h3.append(link);
  li.append(h3);

  const facts: string[] = [];
  const type = data.filters[FILTER_TYPE]?.[0];
  const theme = data.filters[FILTER_THEME]?.[0];
  if (theme) facts.push(themeLabel(theme));
  const verified = data.meta.verifie;
  if (verified && /^\d{4}-\d{2}-\d{2}$/.test(verified)) facts.push(`${UI.searchVerified} ${formatDate(new Date(`${verified}T00:00:00Z`))}`);
  if (type || facts.length) {
    const meta = el('p', 'result-meta');
    if (type) meta.append(typeIconSvg(type), el('span', 'result-type', typeSingular(type)));
    if (facts.length) meta.append(`${type ? ' · ' : ''}${facts.join(' · ')}`);
    li.append(meta);
  }

  const excerpt = el('p', 'result-excerpt');
  for (const part of excerptParts(data.excerpt)) {
    excerpt.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  li.append(excerpt);

  const sections = data.sub_results.filter((s) => isSectionLink(s.url, data.url) && sameSite(s.url)).slice(0, 3);
  if (sections.length) {
    const box = el('div', 'result-sections');
    box.append(el('span', undefined, UI.searchSections));
    const ul = el('ul');
    for (const s of sections) {
      const a = el('a', undefined, s.title);
      a.href = s.url;
      const item = el('li');
      item.append(a);
      ul.append(item);
    }
    box.append(ul);
    li.append(box);
  }
  return li;
}

function chip(key: 'theme' | 'type', value: string | undefined, label: string, count: number, pressed: boolean): HTMLButtonElement {
  const button = el('button', 'chip', `${label} (${count})`);
  button.type = 'button';
  button.dataset.key = key;
  button.dataset.value = value ?? '';
  button.setAttribute('aria-pressed', String(pressed));
  return button;
}

function filterGroup(key: 'theme' | 'type', label: string, values: { id: string; label: string }[], counts: Record<string, number>, total: number): HTMLElement {
  const group = el('div', 'filter-group');
  group.setAttribute('role', 'group');
  const labelId = `filtre-${key}`;
  group.setAttribute('aria-labelledby', labelId);
  const title = el('span', 'filter-label', `${label} :`);
  title.id = labelId;
  group.append(title, chip(key, undefined, UI.searchAll, total, !state[key]));
  for (const v of values) {
    const n = counts[v.id] ?? 0;
    if (n > 0 || state[key] === v.id) group.append(chip(key, v.id, v.label, n, state[key] === v.id));
  }
  // A group whose only chip is "Tout" (glossary terms have no theme) says nothing: leave it out.
  group.hidden = group.querySelectorAll('button').length < 2;
  return group;
}

/** Counts for one group of chips: a search with the other group's filter only. */
interface Facet { counts: Record<string, number>; total: number }

function renderFilters(themes: Facet, types: Facet): void {
  if (!filtersBox) return;
  const focused = document.activeElement instanceof HTMLButtonElement && filtersBox.contains(document.activeElement)
    ? { key: document.activeElement.dataset.key, value: document.activeElement.dataset.value }
    : undefined;
  filtersBox.replaceChildren(
    filterGroup('type', UI.searchFilterType, RESULT_TYPES.map((t) => ({ id: t.id, label: typeLabel(t.id) })), types.counts, types.total),
    filterGroup('theme', UI.searchFilterTheme, THEMES.map((t) => ({ id: t.id, label: themeLabel(t.id) })), themes.counts, themes.total),
  );
  if (focused) {
    const again = [...filtersBox.querySelectorAll<HTMLButtonElement>('button.chip')]
      .find((b) => b.dataset.key === focused.key && b.dataset.value === focused.value);
    again?.focus();
  }
}

async function drawMore(id: number): Promise<void> {
  if (!list || !more) return;
  const next = allResults.slice(shown.length, shown.length + PAGE_SIZE);
  let data: PagefindData[];
  try {
    data = await Promise.all(next.map((r) => r.data()));
  } catch {
    if (status) status.textContent = UI.searchUnavailable;
    return;
  }
  if (id !== sequence) return;
  const firstNew = list.children.length;
  list.append(...data.filter((d) => sameSite(d.url)).map(resultItem));
  shown = allResults.slice(0, shown.length + next.length);
  more.hidden = shown.length >= allResults.length;
  list.dataset.query = state.q;
  // Keyboard and screen reader users go on reading where the new results start.
  list.children[firstNew]?.querySelector('a')?.focus();
}

function clear(): void {
  sequence += 1;
  if (status) status.textContent = '';
  if (app) app.hidden = true;
  list?.replaceChildren();
  filtersBox?.replaceChildren();
  showDefinition(undefined);
  if (list) delete list.dataset.query;
}

async function run(next: SearchState, mode: 'push' | 'replace' | 'none', typed = false): Promise<void> {
  state = next;
  setUrl(next, mode);
  if (!next.q) { clear(); return; }
  if (typed && Array.from(next.q).length < MIN_TYPED) {
    clear();
    if (status) status.textContent = UI.searchTooShort;
    return;
  }
  const id = ++sequence;
  const terms = searchTerms(next.q);
  const filters = pagefindFilters(next);
  let main: PagefindResponse | null;
  let withoutTheme: PagefindResponse | null;
  let withoutType: PagefindResponse | null;
  let first: PagefindData[];
  let found: Definition | undefined;
  try {
    const glossary = loadDefinitions();
    const pf = await loadPagefind();
    // Chip counts: each group counts with the other group's filter only, so "Lettres (3)" stays
    // true whatever theme is chosen.
    [main, withoutTheme, withoutType] = await Promise.all([
      pf.search(terms, { filters }),
      next.theme ? pf.search(terms, { filters: pagefindFilters({ ...next, theme: undefined }) }) : null,
      next.type ? pf.search(terms, { filters: pagefindFilters({ ...next, type: undefined }) }) : null,
    ]);
    if (id !== sequence || !main) return;
    first = await Promise.all(main.results.slice(0, FIRST_PAGE).map((r) => r.data()));
    found = findDefinition(next.q, await glossary);
  } catch {
    // Pagefind missing (the development server has no index) or a file that failed to load.
    if (id === sequence && status) status.textContent = UI.searchUnavailable;
    return;
  }
  if (id !== sequence) return;
  allResults = main.results;

  list?.replaceChildren(...first.filter((d) => sameSite(d.url)).map(resultItem));
  shown = allResults.slice(0, first.length);
  if (more) more.hidden = shown.length >= allResults.length;
  const facet = (response: PagefindResponse, name: string): Facet => ({ counts: response.filters[name] ?? {}, total: response.results.length });
  renderFilters(facet(withoutTheme ?? main, FILTER_THEME), facet(withoutType ?? main, FILTER_TYPE));
  showDefinition(found);
  if (filterActive) filterActive.textContent = [next.type && typeLabel(next.type), next.theme && themeLabel(next.theme)].filter(Boolean).map((l) => ` · ${l}`).join('');
  if (empty) empty.hidden = allResults.length > 0;
  if (clearFilters) clearFilters.hidden = !(next.theme || next.type);
  if (app) app.hidden = false;
  if (status) status.textContent = statusText(allResults.length, next);
  if (list) list.dataset.query = next.q;
}

if (input && status && app && list) {
  const form = input.form;
  input.value = state.q;
  if (state.q) void run(state, 'replace');
  input.addEventListener('input', () => {
    // Load Pagefind from the first letter typed, so it is ready by the third; merely moving
    // through the box with Tab fetches nothing.
    if (input.value.trim()) void loadPagefind().catch(() => undefined);
    void run({ ...state, q: cleanQuery(input.value) }, 'replace', true);
  });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run({ ...state, q: cleanQuery(input.value) }, 'push');
  });
  filtersBox?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.chip');
    if (!button) return;
    const key = button.dataset.key as 'theme' | 'type';
    const value = button.dataset.value || undefined;
    void run({ ...state, [key]: state[key] === value ? undefined : value }, 'push');
  });
  more?.addEventListener('click', () => { void drawMore(sequence); });
  clearFilters?.addEventListener('click', () => {
    // The button disappears with the filters: the focus goes to the first result instead.
    void run({ q: state.q }, 'push').then(() => (list.querySelector('a') ?? input).focus());
  });
  window.addEventListener('popstate', () => {
    const restored = readState(location.search);
    input.value = restored.q;
    void run(restored, 'none');
  });
  // "/" puts the cursor in the search box, unless the reader is already typing somewhere.
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
