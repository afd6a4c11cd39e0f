/** rehype plugin: the first occurrence of each glossary term in a page links to its definition. */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

export interface GlossaryTerm {
  id: string;
  /** Words that link to the term. All-capital forms (ARE, CAF) match case-sensitively. */
  formes: string[];
  definition?: string;
}

export interface GlossaryLinksOptions {
  terms: GlossaryTerm[];
  /** Page that holds the definitions; the term id is the anchor. */
  href?: string;
}

/** Elements whose text is never turned into glossary links. */
const NO_LINK_INSIDE = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'abbr', 'script', 'style']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default function rehypeGlossaryLinks(options: GlossaryLinksOptions) {
  const href = options.href ?? '/glossaire/';
  const forms = options.terms
    .flatMap((term) => term.formes.map((forme) => ({ term, forme })))
    .filter(({ forme }) => forme.trim().length > 1)
    .sort((a, b) => b.forme.length - a.forme.length);
  const patterns = forms.map(({ term, forme }) => ({
    term,
    // Apostrophes in the source may be straight or typographic by now.
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])${escape(forme).replace(/'/g, "['’]")}(?![\\p{L}\\p{N}])`,
      forme === forme.toUpperCase() ? 'u' : 'iu',
    ),
  }));

  return (tree: Root) => {
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && NO_LINK_INSIDE.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const text = node as Text;
      // Earliest match among terms not yet linked on this page.
      let best: { start: number; end: number; id: string } | undefined;
      for (const { term, re } of patterns) {
        if (linked.has(term.id)) continue;
        const m = re.exec(text.value);
        if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length, id: term.id };
      }
      if (!best) return undefined;
      linked.add(best.id);
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `${href}#${best.id}`, className: ['glossary-term'] },
        children: [{ type: 'text', value: text.value.slice(best.start, best.end) }],
      };
      const pieces: ElementContent[] = [];
      if (best.start > 0) pieces.push({ type: 'text', value: text.value.slice(0, best.start) });
      pieces.push(link);
      if (best.end < text.value.length) pieces.push({ type: 'text', value: text.value.slice(best.end) });
      (parent as Element).children.splice(index, 1, ...pieces);
      // Continue with the text after the link, which may hold other terms.
      return [SKIP, index + pieces.length - (best.end < text.value.length ? 1 : 0)];
    });
  };
}
