/**
 * Pages that, together, show every piece of markup the site uses. A colour scheme changes colours,
 * not markup: checking every kind of element and every class in the other scheme on one page where it
 * appears finds what checking every page would find, in a fraction of the time (issue #11's budget).
 * Pure: takes the HTML, reads nothing.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';

/**
 * What a page is made of: each tag, each `tag.class` pair, each `tag[role]`, `tag[type]` and `tag[open]`,
 * and each element in its context (`.box-warn > a`: the first class of its nearest ancestor that has
 * one), since a colour depends on the background the element sits on as much as on its own class.
 * Scripts, styles and templates are not markup a reader sees.
 */
export function markupTokens(html: string): Set<string> {
  const tokens = new Set<string>();
  const walk = (node: Root | Element, context: string) => {
    for (const child of node.children) {
      if (child.type !== 'element' || ['script', 'style', 'template'].includes(child.tagName)) continue;
      const tag = child.tagName;
      const classes = (child.properties?.className as string[] | undefined) ?? [];
      tokens.add(tag);
      for (const c of classes) tokens.add(`${tag}.${c}`);
      tokens.add(`${context} > ${classes.length ? `${tag}.${classes[0]}` : tag}`);
      for (const name of ['role', 'type'] as const) {
        const v = child.properties?.[name];
        if (typeof v === 'string') tokens.add(`${tag}[${name}=${v}]`);
      }
      if (child.properties?.open !== undefined && child.properties.open !== false) tokens.add(`${tag}[open]`);
      walk(child, classes.length ? `.${classes[0]}` : context);
    }
  };
  walk(fromHtml(html), ':root');
  return tokens;
}

/** What checking a page costs, about: a fixed part (loading it) plus its length. */
const cost = (html: string) => 20_000 + html.length;

/**
 * The pages in `always` (in that order, when they are among `pages`), then, picked greedily, the page
 * that shows the most markup not yet covered for its length, until every token of every page is
 * covered: small pages are preferred, a long one is taken only for what no shorter page shows. Ties
 * go to the earlier page in `pages`, so the choice is stable from one run to the next.
 */
export function coveringPages(pages: { url: string; html: string }[], always: string[] = []): string[] {
  const tokensOf = new Map(pages.map((p) => [p.url, markupTokens(p.html)]));
  const costOf = new Map(pages.map((p) => [p.url, cost(p.html)]));
  const chosen: string[] = [];
  const covered = new Set<string>();
  const take = (url: string) => {
    chosen.push(url);
    for (const t of tokensOf.get(url)!) covered.add(t);
  };
  for (const url of always) if (tokensOf.has(url) && !chosen.includes(url)) take(url);
  for (;;) {
    let best: string | undefined;
    let bestRatio = 0;
    for (const { url } of pages) {
      if (chosen.includes(url)) continue;
      let n = 0;
      for (const t of tokensOf.get(url)!) if (!covered.has(t)) n++;
      const ratio = n / costOf.get(url)!;
      if (ratio > bestRatio) { bestRatio = ratio; best = url; }
    }
    if (!best) return chosen;
    take(best);
  }
}

/** The shortest page of each kind, by `kindOf`: the cheapest sample that shows every kind of page. */
export function shortestOfEachKind<K>(pages: { url: string; html: string }[], kindOf: (url: string) => K): string[] {
  const best = new Map<K, { url: string; html: string }>();
  for (const p of pages) {
    const k = kindOf(p.url);
    const b = best.get(k);
    if (!b || p.html.length < b.html.length) best.set(k, p);
  }
  return [...best.values()].map((p) => p.url);
}
