/** rehype plugin: a visible anchor link beside each h2–h4, outside the heading so it never enters the table of contents. */
import type { Element, Root, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import { frenchTypography } from '../lib/typography.ts';

export interface HeadingLinksOptions {
  /** Heading levels that get a link. */
  levels?: number[];
  /** Accessible label; receives the heading text. */
  label?: (headingText: string) => string;
}

/** Guillemets inside guillemets read as « a « b » »: French quotes within quotes use “ ”. */
const nestedQuotes = (text: string) => text.replace(/«[\s\u00A0\u202F]*/g, '“').replace(/[\s\u00A0\u202F]*»/g, '”');

export default function rehypeHeadingLinks(options: HeadingLinksOptions = {}) {
  const levels = new Set((options.levels ?? [2, 3, 4]).map((l) => `h${l}`));
  const label = options.label ?? ((text: string) => frenchTypography(`Lien vers la section « ${nestedQuotes(text)} »`));
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !levels.has(node.tagName)) return undefined;
      const id = node.properties?.id;
      if (typeof id !== 'string' || id === '') return undefined;
      const text = toString(node).trim();
      // The mark is drawn in CSS (content: "#"), so no character leaks into heading text.
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['anchor-link'], href: `#${id}` },
        children: [{
          type: 'element', tagName: 'span', properties: { className: ['sr-only'] },
          children: [{ type: 'text', value: label(text) }],
        }],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper'] },
        children: [node, anchor] as ElementContent[],
      };
      parent.children.splice(index, 1, wrapper);
      return [SKIP, index + 1];
    });
  };
}
