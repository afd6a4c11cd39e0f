/** The ordered Markdown pipeline, shared by .md and .mdx content and by the unit tests. */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkFrenchTypography from './remark-french-typography.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeGlossaryLinks, { type GlossaryTerm } from './rehype-glossary-links.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeReservedIds from './rehype-reserved-ids.ts';
import { layoutIds } from '../lib/layout-ids-fs.ts';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';

/**
 * `reservedIds`: ids the layouts use, which headings must not take (by default, every literal id in src/).
 * `MARKDOWN_PLUGINS=off` leaves Astro's own pipeline alone: only the build benchmark sets it, to
 * measure what these plugins cost (scripts/bench/build.mjs).
 */
export function markdownPlugins(glossary: GlossaryTerm[], reservedIds?: string[]): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  if (process.env.MARKDOWN_PLUGINS === 'off') return { remarkPlugins: [], rehypePlugins: [] };
  reservedIds ??= layoutIds();
  return {
    remarkPlugins: [remarkFrenchTypography],
    rehypePlugins: [
      // Ids first, so the heading links can point at them (Astro would add them after user plugins).
      rehypeHeadingIds,
      [rehypeReservedIds, { reserved: reservedIds }],
      rehypeHeadingLinks,
      rehypeExternalLinks,
      [rehypeGlossaryLinks, { terms: glossary }],
    ],
  };
}
