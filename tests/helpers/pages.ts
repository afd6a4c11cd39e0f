/**
 * Every page of the built site (a walk of dist/, so pages that no link reaches are checked too),
 * with its address, its kind and its parsed HTML, for the checks in tests/dist/ and tests/e2e/.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { DIST, htmlPages } from './dist.ts';

/** What kind of page it is: each kind has its own expectations (articles ship no JavaScript…). */
export type PageKind = 'article' | 'fiche' | 'lettre' | 'search' | 'booklet' | 'page';

export interface BuiltPage {
  /** Path of the file inside dist/, e.g. `articles/x/index.html`. */
  path: string;
  /** Address on the site, e.g. `/articles/x/`. */
  url: string;
  kind: PageKind;
  html: string;
  tree: Root;
}

/** `articles/x/index.html` → `/articles/x/`; `404.html` → `/404.html`. */
export function urlOf(path: string): string {
  const p = path.split('\\').join('/');
  if (p === 'index.html') return '/';
  return `/${p.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function kindOf(url: string): PageKind {
  if (/^\/articles\/[^/]+\/$/.test(url)) return 'article';
  if (/^\/fiches\/[^/]+\/$/.test(url)) return 'fiche';
  if (/^\/lettres\/[^/]+\/$/.test(url)) return 'lettre';
  if (url.startsWith('/recherche/')) return 'search';
  if (url.startsWith('/livret/')) return 'booklet';
  return 'page';
}

let cache: BuiltPage[] | undefined;

/** Every HTML page in dist/ (OUT_DIR), parsed once per process, sorted by address. */
export function builtPages(dir = DIST): BuiltPage[] {
  if (dir === DIST && cache) return cache;
  const pages = htmlPages(dir)
    .map(({ path, html }) => {
      const url = urlOf(path);
      return { path, url, kind: kindOf(url), html, tree: fromHtml(html) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  if (dir === DIST) cache = pages;
  return pages;
}

/** Every element of a tree, optionally only those with one of the given tag names, in document order. */
export function elements(tree: Root | Element, ...names: string[]): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (names.length === 0 || names.includes(el.tagName)) out.push(el);
  });
  return out;
}

/** An attribute as the HTML wrote it (hast turns `class` into `className`, `aria-label` into `ariaLabel`…). */
export function attr(el: Element, name: string): string | undefined {
  const v = el.properties[name];
  if (v === undefined || v === null || v === false) return undefined;
  return Array.isArray(v) ? v.join(' ') : String(v);
}

/** The text an element shows, with images' alt text and without aria-hidden parts, whitespace collapsed. */
export function shownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Element['children'][number]) => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type !== 'element') return;
    if (attr(node, 'ariaHidden') === 'true' || node.properties.hidden) return;
    if (node.tagName === 'img') parts.push(attr(node, 'alt') ?? '');
    for (const c of node.children) walk(c);
  };
  for (const c of el.children) walk(c);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A link's or button's accessible name: aria-labelledby, then aria-label, then its text. */
export function accessibleName(el: Element, tree: Root): string {
  const labelledBy = attr(el, 'ariaLabelledBy');
  if (labelledBy) {
    const byId = new Map(elements(tree).filter((e) => attr(e, 'id')).map((e) => [attr(e, 'id')!, e]));
    return labelledBy.split(/\s+/).map((id) => (byId.has(id) ? toString(byId.get(id)!) : '')).join(' ').replace(/\s+/g, ' ').trim();
  }
  return (attr(el, 'ariaLabel') ?? shownText(el)).replace(/\s+/g, ' ').trim();
}

/** The elements around `target`, outermost first (found by a walk from the root). */
export function ancestors(tree: Root, target: Element): Element[] {
  let found: Element[] = [];
  const walk = (node: Element | Root, path: Element[]): boolean => {
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      if (c === target) { found = path; return true; }
      if (walk(c, [...path, c])) return true;
    }
    return false;
  };
  walk(tree, []);
  return found;
}
