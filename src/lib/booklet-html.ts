/**
 * Rewrites the HTML of one page so it can sit inside the booklet, next to thirty others:
 * ids get a prefix (every article has its own "que-faire"), headings go down a level under the
 * part and page titles, links to pages that are in the booklet become links inside it (printed
 * with their page number; glossary words point to the booklet's glossary, without a number), and
 * other links to the site become full addresses a reader can type.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import { shortUrl } from './booklet.ts';
import { STATIC_PAGES } from './pages.ts';
import { EXTERNAL_DESCRIPTION_ID } from './external-link.ts';

export interface SectionOptions {
  /** Prefix of every id in the section, e.g. "article-radiation". */
  prefix: string;
  /** Site path of each page in the booklet → its anchor there ("/articles/x/" → "article-x"). */
  targets: ReadonlyMap<string, string>;
  /** Glossary ids printed in the booklet; links to /glossaire/#id point there. */
  glossary: ReadonlySet<string>;
  /** Public address of the site, for links to pages that are not in the booklet. */
  siteUrl: string;
  /** Levels added to every heading (2: a body's h2 becomes an h4 under the part's h2 and the page's h3). */
  demote?: number;
  /** Letter fields filled with several lines of handwriting. */
  longBlanks?: ReadonlySet<string>;
  /**
   * Id of the page's title. Sections named by their heading ("Sources", "L'essentiel") are named
   * by the page title and their heading, so that thirty "Sources" regions stay tell-apart landmarks.
   */
  titleId?: string;
}

export const glossaryAnchor = (id: string): string => `glossaire-${id}`;

const HEADING = /^h([1-6])$/;
const ID_LIST_ATTRIBUTES = ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const;

// hast parses class and the id lists below into arrays.
const classes = (node: Element): string[] => {
  const c = node.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};
const addClass = (node: Element, name: string) => {
  node.properties.className = [...classes(node), name];
};

/** Where a link of the page points once the page is in the booklet. */
export function bookletHref(href: string, o: Pick<SectionOptions, 'prefix' | 'targets' | 'glossary' | 'siteUrl'>):
  { href: string; kind: 'local' | 'booklet' | 'glossary' | 'text' | 'site' | 'other' } {
  if (href.startsWith('#')) return { href: `#${o.prefix}-${href.slice(1)}`, kind: 'local' };
  if (!href.startsWith('/') || href.startsWith('//')) return { href, kind: 'other' };
  const url = new URL(href, 'http://x');
  if (url.pathname === STATIC_PAGES.glossaire && url.hash && o.glossary.has(decodeURIComponent(url.hash.slice(1)))) {
    return { href: `#${glossaryAnchor(decodeURIComponent(url.hash.slice(1)))}`, kind: 'glossary' };
  }
  // A glossary word whose term this booklet leaves out (a short glossary) stays a plain word.
  if (url.pathname === '/glossaire/' && url.hash && href.includes('#')) return { href, kind: 'text' };
  const target = o.targets.get(url.pathname);
  if (target) return { href: `#${target}`, kind: 'booklet' };
  return { href: `${o.siteUrl}${href}`, kind: 'site' };
}

/** The section's HTML, ready to be placed in the booklet. */
export function rewriteSection(html: string, o: SectionOptions): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const demote = o.demote ?? 0;
  visit(tree, 'element', (node, index, parent) => {
    const cls = classes(node);
    // The "#" links beside headings are screen furniture.
    if (node.tagName === 'a' && cls.includes('anchor-link') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (typeof node.properties.id === 'string' && node.properties.id) node.properties.id = `${o.prefix}-${node.properties.id}`;
    for (const attr of ID_LIST_ATTRIBUTES) {
      const v = node.properties[attr];
      // The page-wide « site externe » description (Base.astro) is one per page: it keeps its id.
      if (Array.isArray(v)) node.properties[attr] = v.map((id) => (id === EXTERNAL_DESCRIPTION_ID ? id : `${o.prefix}-${id}`));
    }
    if (node.tagName === 'section' && o.titleId && Array.isArray(node.properties.ariaLabelledBy)) {
      node.properties.ariaLabelledBy = [o.titleId, ...node.properties.ariaLabelledBy];
    }
    const h = HEADING.exec(node.tagName);
    if (h && demote) node.tagName = `h${Math.min(6, Number(h[1]) + demote)}`;
    if (node.tagName === 'a' && typeof node.properties.href === 'string') {
      const { href, kind } = bookletHref(node.properties.href, o);
      if (kind === 'text' && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      node.properties.href = href;
      if (kind === 'booklet') addClass(node, 'booklet-ref');
      if (kind === 'site') {
        addClass(node, 'site-ref');
        node.properties.dataShort = shortUrl(href);
      }
    }
    if (node.tagName === 'span' && cls.includes('blank')) {
      const field = node.properties.dataField;
      if (typeof field === 'string' && o.longBlanks?.has(field)) addClass(node, 'blank-long');
    }
    return undefined;
  });
  return toHtml(tree);
}
