/**
 * remark plugin: French typography (no-break spaces, typographic apostrophe) on each paragraph,
 * heading or table cell as one run of text, across bold, emphasis and links; never in code or URLs.
 */
import type { Nodes, Root } from 'mdast';
import { frenchTypographySegments, type Segment } from '../lib/typography.ts';

export interface FrenchTypographyOptions {
  /** Node types whose content is left exactly as written (it still counts as context). */
  skip?: string[];
}

const DEFAULT_SKIP = ['code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'];

/** Inline nodes: a parent with one of these as a child holds a run of text. */
const PHRASING = new Set([
  'text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image',
  'imageReference', 'footnoteReference', 'mdxJsxTextElement', 'mdxTextExpression',
]);

/** Text nodes of a run, in reading order, each with a segment the rules edit. */
type Piece = { node: { value: string } | undefined; segment: Segment };

/** An autolinked URL shows the URL as its text: it is context, never edited. */
const isAutolink = (node: Nodes) => node.type === 'link' && node.children.length === 1 && node.children[0]!.type === 'text'
  && node.children[0]!.value.replace(/^mailto:/, '') === node.url.replace(/^mailto:/, '');

function collect(node: Nodes, skip: Set<string>, out: Piece[]): void {
  if (node.type === 'text') {
    out.push({ node, segment: { value: node.value, editable: true } });
  } else if (skip.has(node.type) || isAutolink(node)) {
    const value = node.type === 'link' ? node.url : 'value' in node && typeof node.value === 'string' ? node.value : '';
    out.push({ node: undefined, segment: { value, editable: false } });
  } else if (node.type === 'break') {
    out.push({ node: undefined, segment: { value: '\n', editable: false } });
  } else if (node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference') {
    // An object in the line: neither a letter nor a space.
    out.push({ node: undefined, segment: { value: '\uFFFC', editable: false } });
  } else if ('children' in node) {
    for (const child of node.children) collect(child as Nodes, skip, out);
  }
}

export default function remarkFrenchTypography(options: FrenchTypographyOptions = {}) {
  const skip = new Set(options.skip ?? DEFAULT_SKIP);
  const walk = (node: Nodes): void => {
    if (skip.has(node.type) || !('children' in node)) return;
    if (!node.children.some((c) => PHRASING.has(c.type))) {
      for (const child of node.children) walk(child as Nodes);
      return;
    }
    // A run of text: every inline descendant, read as one string.
    const pieces: Piece[] = [];
    for (const child of node.children) collect(child as Nodes, skip, pieces);
    frenchTypographySegments(pieces.map((p) => p.segment));
    for (const p of pieces) if (p.node) p.node.value = p.segment.value;
  };
  return (tree: Root) => walk(tree);
}
