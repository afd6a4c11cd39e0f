/**
 * A small Atom 1.0 writer (RFC 4287): what the « Ce qui a changé » feed needs and nothing more.
 * @astrojs/rss writes RSS 2.0 only; Atom has ids and "updated" dates per entry, which a change log
 * wants. Pure; tests/unit/atom.test.ts parses the output back against the RFC's rules.
 */
import { escapeHtml } from './html.ts';

export interface AtomLink { href: string; rel?: 'alternate' | 'related' | 'self'; title?: string }

export interface AtomEntry {
  /** A permanent IRI, unique in the feed. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** At least one `alternate` link (the entry has no content of its own elsewhere). */
  links: AtomLink[];
  /** Plain-text summary. */
  summary?: string;
  /** HTML content, written escaped (type="html"). */
  contentHtml?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** RFC 3339; usually the newest entry's date. */
  updated: string;
  /** The feed's own address (rel="self") and the page it mirrors (rel="alternate"). */
  self: string;
  alternate: string;
  author: { name: string; uri?: string };
  rights?: string;
  lang?: string;
  entries: AtomEntry[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** "2026-11-23" → "2026-11-23T00:00:00Z". */
export const atomDate = (isoDay: string): string => `${isoDay}T00:00:00Z`;

const link = (l: AtomLink) =>
  `<link href="${escapeHtml(l.href)}"${l.rel ? ` rel="${l.rel}"` : ''}${l.title ? ` title="${escapeHtml(l.title)}"` : ''}/>`;

/** The feed as an XML string; throws on what would make it invalid (bad date, missing link, duplicate id). */
export function atomXml(feed: AtomFeed): string {
  const ids = new Set<string>();
  for (const d of [feed.updated, ...feed.entries.map((e) => e.updated)]) {
    if (!RFC3339.test(d)) throw new Error(`atom: "${d}" is not an RFC 3339 date-time`);
  }
  for (const e of feed.entries) {
    if (ids.has(e.id)) throw new Error(`atom: entry id ${e.id} is used twice`);
    ids.add(e.id);
    if (!e.links.some((l) => (l.rel ?? 'alternate') === 'alternate')) throw new Error(`atom: entry ${e.id} has no alternate link`);
  }
  const t = (name: string, value: string | undefined, attrs = '') => (value === undefined ? '' : `<${name}${attrs}>${escapeHtml(value)}</${name}>`);
  const entries = feed.entries.map((e) =>
    [
      '<entry>',
      t('id', e.id),
      t('title', e.title),
      t('updated', e.updated),
      ...e.links.map(link),
      t('summary', e.summary),
      t('content', e.contentHtml, ' type="html"'),
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.lang ? ` xml:lang="${escapeHtml(feed.lang)}"` : ''}>`,
    t('id', feed.id),
    t('title', feed.title),
    t('subtitle', feed.subtitle),
    t('updated', feed.updated),
    link({ href: feed.self, rel: 'self' }),
    link({ href: feed.alternate, rel: 'alternate' }),
    `<author>${t('name', feed.author.name)}${t('uri', feed.author.uri)}</author>`,
    t('rights', feed.rights),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
