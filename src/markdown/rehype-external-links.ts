/** rehype plugin: links leaving the site get rel="noreferrer" (which implies noopener) and a visible and spoken "leaves the site" mark. */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ExternalLinksOptions {
  /** Text read by screen readers after the link text. */
  label?: string;
}

export function isExternal(href: unknown): href is string {
  return typeof href === 'string' && /^https?:\/\//i.test(href);
}

export default function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
  const label = options.label ?? '(site externe)';
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || !isExternal(node.properties?.href)) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'external'];
      // After the class, as the components write it (Sources, TextesCites…): the same bytes each time compress better.
      node.properties.rel = ['noreferrer'];
      node.children.push({
        type: 'element', tagName: 'span', properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: ` ${label}` }],
      });
    });
  };
}
