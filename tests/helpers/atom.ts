/**
 * Checks an Atom document against the rules of RFC 4287 that a feed reader relies on: well-formed
 * XML (saxes, a strict parser), the Atom namespace, and for the feed and each entry exactly one id
 * (an absolute IRI), title and updated (RFC 3339), an author, the links. Returns the feed's entries
 * for further checks, or throws naming every problem.
 */
import { SaxesParser } from 'saxes';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface XmlNode { name: string; ns: string; attrs: Record<string, string>; children: XmlNode[]; text: string }

export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#document', ns: '', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[(a as { local: string }).local] = (a as { value: string }).value;
    const node: XmlNode = { name: tag.local!, ns: tag.uri ?? '', attrs, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => { stack.at(-1)!.text += t; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  return root;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export interface AtomSummary {
  id: string;
  updated: string;
  entries: { id: string; title: string; updated: string; alternate: string; related: string[]; summary: string }[];
}

export function checkAtom(xml: string): AtomSummary {
  const problems: string[] = [];
  const doc = parseXml(xml);
  const feed = doc.children[0];
  if (!feed || feed.name !== 'feed' || feed.ns !== ATOM_NS) throw new Error(`root element is not an Atom feed (got ${feed?.name} in ${feed?.ns})`);
  const kids = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name && c.ns === ATOM_NS);
  const one = (n: XmlNode, name: string, where: string): string => {
    const found = kids(n, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}> elements, exactly one required`);
    return found[0]?.text.trim() ?? '';
  };
  const checkId = (id: string, where: string) => {
    try { new URL(id); } catch { problems.push(`${where}: id "${id}" is not an absolute IRI`); }
  };
  const checkDate = (d: string, where: string) => {
    if (!RFC3339.test(d) || Number.isNaN(Date.parse(d))) problems.push(`${where}: updated "${d}" is not an RFC 3339 date-time`);
  };
  const links = (n: XmlNode) => kids(n, 'link').map((l) => ({ rel: l.attrs.rel ?? 'alternate', href: l.attrs.href ?? '' }));

  const id = one(feed, 'id', 'feed');
  checkId(id, 'feed');
  if (!one(feed, 'title', 'feed')) problems.push('feed: empty title');
  const updated = one(feed, 'updated', 'feed');
  checkDate(updated, 'feed');
  const feedAuthor = kids(feed, 'author').some((a) => kids(a, 'name').some((n) => n.text.trim()));
  if (!links(feed).some((l) => l.rel === 'self')) problems.push('feed: no link rel="self"');
  if (!links(feed).some((l) => l.rel === 'alternate')) problems.push('feed: no link rel="alternate"');
  for (const l of links(feed)) if (!l.href) problems.push('feed: link without href');

  const ids = new Set<string>();
  const entries = kids(feed, 'entry').map((e, i) => {
    const where = `entry ${i + 1}`;
    const eid = one(e, 'id', where);
    checkId(eid, where);
    if (ids.has(eid)) problems.push(`${where}: id ${eid} used twice`);
    ids.add(eid);
    const title = one(e, 'title', where);
    if (!title) problems.push(`${where}: empty title`);
    const eu = one(e, 'updated', where);
    checkDate(eu, where);
    if (!feedAuthor && kids(e, 'author').length === 0) problems.push(`${where}: no author, and the feed has none`);
    const ls = links(e);
    const alternate = ls.filter((l) => l.rel === 'alternate');
    if (alternate.length === 0 && kids(e, 'content').length === 0) problems.push(`${where}: neither content nor link rel="alternate"`);
    if (alternate.length > 1) problems.push(`${where}: more than one link rel="alternate" of the same type`);
    if (eu > updated) problems.push(`${where}: updated after the feed's updated`);
    return { id: eid, title, updated: eu, alternate: alternate[0]?.href ?? '', related: ls.filter((l) => l.rel === 'related').map((l) => l.href), summary: kids(e, 'summary')[0]?.text ?? '' };
  });
  if (problems.length) throw new Error(`invalid Atom feed:\n${problems.join('\n')}`);
  return { id, updated, entries };
}
