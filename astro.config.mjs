// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { markdownPlugins } from './src/markdown/index.ts';
import { readGlossaryTerms } from './src/lib/glossary-fs.ts';
import { SITE } from './src/lib/site.ts';
import bookletPdf from './src/integrations/booklet-pdf.ts';
import searchIndex from './src/integrations/search-index.ts';
import precompress from './src/integrations/precompress.ts';
import offlineCopy from './src/integrations/offline-copy.ts';
import shareImages from './src/integrations/share-images.ts';

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.OUT_DIR ?? './dist',
  // Fixture and benchmark builds get a cache folder of their own (tests/helpers/build.ts,
  // scripts/bench/lib/astro-build.mjs): `npm test` runs them while the site builds, and two builds
  // must not share one content store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    processor: unified({ ...markdownPlugins(readGlossaryTerms()), smartypants: false }),
  },
  // The booklet PDFs come first; share images read the built pages; the search index reads the finished
  // build (the booklet PDF included); the offline copy lists the built files, Pagefind's included;
  // precompress writes _headers and .br/.gz copies of every text file: keep this order.
  integrations: [mdx(), sitemap(), bookletPdf(), shareImages(), searchIndex(), offlineCopy(), precompress()],
  vite: {
    build: {
      // Per-page stylesheets: an article loads only what articles use, not the letter form's, the
      // search page's or the booklet's styles (the 12 KB article budget, tests/dist/weight.test.ts).
      cssCodeSplit: true,
      // Old phone browsers matter here (Safari 14 lacks `@media (width >= …)`), and so does Paged.js,
      // whose CSS parser crashes on the range syntax the minifier would otherwise write.
      cssTarget: ['chrome87', 'firefox78', 'safari14', 'edge88'],
      // Astro would inline a small <script> into the page, where the CSP (src/lib/csp.ts) blocks it: never inline.
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
});
