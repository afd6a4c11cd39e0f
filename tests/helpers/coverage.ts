/**
 * Pages that, together, show every piece of markup the site uses. A colour scheme changes colours,
 * not markup: checking every kind of element and every class in the other scheme on one page where it
 * appears finds what checking every page would find, in a fraction of the time (issue #11's budget).
 * Pure: takes the HTML, reads nothing.
 */

/** What a page is made of: each tag, each `tag.class` pair, each `tag[role]`, `tag[type]` and `tag[open]`. */
export function markupTokens(html: string): Set<string> {
  const tokens = new Set<string>();
  const body = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '');
  for (const [, rawTag, attrs] of body.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
    const tag = rawTag.toLowerCase();
    tokens.add(tag);
    const cls = /\bclass\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
    for (const c of (cls?.[2] ?? cls?.[3] ?? '').split(/\s+/).filter(Boolean)) tokens.add(`${tag}.${c}`);
    for (const name of ['role', 'type']) {
      const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attrs);
      if (m) tokens.add(`${tag}[${name}=${m[2] ?? m[3]}]`);
    }
    if (/\sopen(\s|=|\/|$)/i.test(attrs)) tokens.add(`${tag}[open]`);
  }
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
