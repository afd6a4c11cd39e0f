/** rehype plugin: links leaving the site are marked as src/lib/external-link.ts says (visible ↗, spoken « site externe »). */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { EXTERNAL_CLASS, EXTERNAL_DESCRIPTION_ID, isExternal } from '../lib/external-link.ts';

export { isExternal };

export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || !isExternal(node.properties?.href)) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, EXTERNAL_CLASS];
      // After the class, as ExternalLink.astro writes it: the same bytes each time compress better.
      node.properties.ariaDescribedBy = [EXTERNAL_DESCRIPTION_ID];
    });
  };
}
