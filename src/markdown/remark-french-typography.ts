/** remark plugin: French typography (no-break spaces, typographic apostrophe) on every text node, never in code or URLs. */
import type { Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { frenchTypography } from '../lib/typography.ts';

export interface FrenchTypographyOptions {
  /** Node types whose content is left exactly as written. */
  skip?: string[];
}

const DEFAULT_SKIP = ['code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'];

export default function remarkFrenchTypography(options: FrenchTypographyOptions = {}) {
  const skip = new Set(options.skip ?? DEFAULT_SKIP);
  return (tree: Root) => {
    // The character before the current text node, so "**gras** : suite" gets its no-break space.
    let last = '';
    visit(tree, (node) => {
      if (skip.has(node.type)) {
        if ('value' in node && typeof node.value === 'string') last = node.value.slice(-1);
        return SKIP;
      }
      // An autolinked URL shows the URL as its text: leave it untouched.
      if (node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text'
        && node.children[0].value.replace(/^mailto:/, '') === node.url.replace(/^mailto:/, '')) {
        last = node.url.slice(-1);
        return SKIP;
      }
      if (node.type === 'text') {
        node.value = frenchTypography(node.value, /\s/.test(last) ? '' : last);
        last = node.value.slice(-1);
      }
      return undefined;
    });
  };
}
