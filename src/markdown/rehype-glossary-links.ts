/** rehype plugin: the first occurrence of each glossary term in a page links to its definition. */
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit, EXIT, SKIP } from 'unist-util-visit';

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
// Apostrophes in the source may be straight or typographic by now.
const source = (forme: string) => escape(forme).replace(/'/g, "['’]");
const NOT_IN_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_IN_WORD_AFTER = '(?![\\p{L}\\p{N}])';

interface Form {
  id: string;
  /** This form alone, anchored (sticky), with its own case rule. */
  exact: RegExp;
}

/**
 * All forms in one regular expression, longest first: one scan of each text finds the earliest
 * place where any form starts (the longest form there), instead of one scan per form. The scan is
 * case-insensitive; a capital-only form (ARE) found in other case (« are ») is checked and passed over.
 */
function compile(terms: GlossaryTerm[]) {
  const forms = terms
    .flatMap((term) => term.formes.map((forme) => ({ id: term.id, forme })))
    .filter(({ forme }) => forme.trim().length > 1)
    .sort((a, b) => b.forme.length - a.forme.length);
  const list: Form[] = forms.map(({ id, forme }) => ({
    id,
    exact: new RegExp(`${NOT_IN_WORD_BEFORE}${source(forme)}${NOT_IN_WORD_AFTER}`, forme === forme.toUpperCase() ? 'uy' : 'iuy'),
  }));
  const any = forms.length === 0 ? undefined
    : new RegExp(`${NOT_IN_WORD_BEFORE}(?:${forms.map(({ forme }) => source(forme)).join('|')})${NOT_IN_WORD_AFTER}`, 'giu');
  // The forms that may start where the scan stops, by first letter, still longest first.
  const byFirst = new Map<string, Form[]>();
  forms.forEach(({ forme }, i) => {
    const key = forme[0]!.toLowerCase();
    byFirst.set(key, [...(byFirst.get(key) ?? []), list[i]!]);
  });
  return { list, any, byFirst };
}

/** The earliest form of a term not yet linked in `text`, with its place. */
function firstMatch(text: string, { any, byFirst }: ReturnType<typeof compile>, linked: Set<string>) {
  if (!any) return undefined;
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    // The longest form that starts here, has the right case and whose term is not linked yet.
    for (const form of byFirst.get(m[0][0]!.toLowerCase()) ?? []) {
      if (linked.has(form.id)) continue;
      form.exact.lastIndex = m.index;
      const exact = form.exact.exec(text);
      if (exact) return { start: m.index, end: m.index + exact[0].length, id: form.id };
    }
    any.lastIndex = m.index + 1;
  }
  return undefined;
}

export default function rehypeGlossaryLinks(options: GlossaryLinksOptions) {
  const href = options.href ?? '/glossaire/';
  const compiled = compile(options.terms);
  const termCount = new Set(compiled.list.map((f) => f.id)).size;

  return (tree: Root) => {
    if (termCount === 0) return;
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && NO_LINK_INSIDE.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const text = node as Text;
      const best = firstMatch(text.value, compiled, linked);
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
      // Every term is linked: nothing left to look for in this page.
      if (linked.size === termCount) return EXIT;
      // Continue with the text after the link, which may hold other terms.
      return [SKIP, index + pieces.length - (best.end < text.value.length ? 1 : 0)];
    });
  };
}
