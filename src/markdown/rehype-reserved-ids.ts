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

export default function rehypeReservedIds({ reserved }: ReservedIdsOptions) {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const taken = new Set(reserved);
    visit(tree, 'element', (el: Element) => { if (typeof el.properties.id === 'string') taken.add(el.properties.id); });
    const headings = (file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings ?? [];
    visit(tree, 'element', (el: Element) => {
      const id = el.properties.id;
      if (!/^h[1-6]$/.test(el.tagName) || typeof id !== 'string' || !reserved.includes(id)) return;
      let n = 1;
      while (taken.has(`${id}-${n}`)) n++;
      const renamed = `${id}-${n}`;
      taken.add(renamed);
      el.properties.id = renamed;
      // Astro's heading list (rehypeHeadingIds) holds the old id: keep it in step.
      const entry = headings.find((h) => h.slug === id);
      if (entry) entry.slug = renamed;
    });
  };
}
