/**
 * rehype plugin: a heading whose id the page layout already uses (the skip link's `#contenu`, the
 * letter's `#lettre`…) gets a numbered id instead, so no page has two elements with one id and the
 * skip link always reaches the main content.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ReservedIdsOptions {
  /** Ids used by the layouts around rendered Markdown. */
  reserved: string[];
}

const HEADING = /^h[1-6]$/;

export default function rehypeReservedIds({ reserved }: ReservedIdsOptions) {
  const reservedSet = new Set(reserved);
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    // One walk: every id in the page, and the headings that hold a reserved one.
    const taken = new Set(reserved);
    const clashes: Element[] = [];
    visit(tree, 'element', (el: Element) => {
      const id = el.properties.id;
      if (typeof id !== 'string') return;
      taken.add(id);
      if (reservedSet.has(id) && HEADING.test(el.tagName)) clashes.push(el);
    });
    if (clashes.length === 0) return;
    const headings = (file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings ?? [];
    for (const el of clashes) {
      const id = el.properties.id as string;
      let n = 1;
      while (taken.has(`${id}-${n}`)) n++;
      const renamed = `${id}-${n}`;
      taken.add(renamed);
      el.properties.id = renamed;
      // Astro's heading list (rehypeHeadingIds) holds the old id: keep it in step.
      const entry = headings.find((h) => h.slug === id);
      if (entry) entry.slug = renamed;
    }
  };
}
