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
const fold = (s: string) => s.toLowerCase().replace(/’/g, "'");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Form {
  id: string;
  length: number;
  /** The form as written (capital-only forms: ARE, CAF), or folded to compare without case. */
  text: string;
  caseSensitive: boolean;
}

interface Compiled {
  /** Every form in one pattern, longest first; undefined when there is no term. */
  any: RegExp | undefined;
  /** The forms that may start where the pattern matched, by first letter, still longest first. */
  byFirst: Map<string, Form[]>;
  termCount: number;
}

/**
 * All forms in one regular expression: one scan of each text finds the earliest place where any form
 * starts, instead of one scan per form. Astro makes several renderers (up to ten per collection, one
 * per file read at once), so the pattern is compiled once per list of terms, not once per renderer.
 */
const compiled = new WeakMap<GlossaryTerm[], Compiled>();

function compile(terms: GlossaryTerm[]): Compiled {
  const known = compiled.get(terms);
  if (known) return known;
  const forms = terms
    .flatMap((term) => term.formes.map((forme) => ({ id: term.id, forme })))
    .filter(({ forme }) => forme.trim().length > 1)
    .sort((a, b) => b.forme.length - a.forme.length);
  const any = forms.length === 0 ? undefined
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(({ forme }) => source(forme)).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const byFirst = new Map<string, Form[]>();
  for (const { id, forme } of forms) {
    const caseSensitive = forme === forme.toUpperCase();
    const key = fold(forme[0]!);
    byFirst.set(key, [...(byFirst.get(key) ?? []), { id, length: forme.length, text: caseSensitive ? forme.replace(/’/g, "'") : fold(forme), caseSensitive }]);
  }
  const result = { any, byFirst, termCount: new Set(forms.map((f) => f.id)).size };
  compiled.set(terms, result);
  return result;
}

/** The earliest form of a term not yet linked in `text`, with its place. */
function firstMatch(text: string, { any, byFirst }: Compiled, linked: Set<string>) {
  if (!any) return undefined;
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    const at = m.index;
    // The longest form that starts here, ends a word, has the right case and whose term is not linked yet.
    for (const form of byFirst.get(fold(m[0][0]!)) ?? []) {
      if (linked.has(form.id)) continue;
      const piece = text.slice(at, at + form.length).replace(/’/g, "'");
      if ((form.caseSensitive ? piece : piece.toLowerCase()) !== form.text) continue;
      if (LETTER_OR_DIGIT.test(text[at + form.length] ?? '')) continue;
      return { start: at, end: at + form.length, id: form.id };
    }
    any.lastIndex = at + 1;
  }
  return undefined;
}

export default function rehypeGlossaryLinks(options: GlossaryLinksOptions) {
  const href = options.href ?? '/glossaire/';
  const forms = compile(options.terms);
  const { termCount } = forms;

  return (tree: Root) => {
    if (termCount === 0) return;
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && NO_LINK_INSIDE.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const text = node as Text;
      const best = firstMatch(text.value, forms, linked);
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
