// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/markdown/index.ts';
import { readGlossaryTerms } from './src/lib/glossary-source.ts';
import { SITE } from './src/lib/site.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.OUT_DIR ?? './dist',
  markdown: {
    processor: unified({ ...markdownPlugins(readGlossaryTerms()), smartypants: false }),
  },
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
      // One stylesheet for the whole site: fetched once, then cached for every page a reader opens.
      cssCodeSplit: false,
      // Astro would inline a small <script> into the page, where the CSP (src/lib/csp.ts) blocks it: never inline.
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
});
