// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/markdown/index.ts';
import { readGlossaryTerms } from './src/lib/glossary-source.ts';
import { SITE } from './src/lib/site.ts';
import bookletPdf from './src/integrations/booklet-pdf.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.OUT_DIR ?? './dist',
  markdown: {
    processor: unified({ ...markdownPlugins(readGlossaryTerms()), smartypants: false }),
  },
  integrations: [mdx(), sitemap(), bookletPdf()],
  // One stylesheet for the whole site: fetched once, then cached for every page a reader opens.
  vite: { build: { cssCodeSplit: false } },
  devToolbar: { enabled: false },
});
