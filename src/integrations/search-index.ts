/**
 * Builds the Pagefind search index at the end of `astro build`, with Pagefind's Node API:
 * the built articles, fiches and letters (their data-pagefind-body, with their synonyms added),
 * one record per glossary term and one for the booklet PDF. Register it after any integration
 * that writes files it indexes (the booklet PDF), since build:done hooks run in order, and before
 * those that read the pages as served: once a page is indexed, its Pagefind fields and weights are
 * taken out of the built file (servedHtml).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readGlossary } from '../lib/glossary-fs.ts';
import { readSynonyms, synonymsPath } from '../lib/synonyms-fs.ts';
import { BOOKLET_PDFS } from '../lib/pages.ts';
import { compileSynonyms, type SynonymGroup } from '../lib/synonyms.ts';
import {
  bookletRecord, glossaryPage, hasSearchBody, isIndexedPath, servedHtml, urlOf, withSynonyms,
} from '../lib/search-records.ts';

/**
 * Text that is on the page but is not what it is about: screen-reader hints ("(site externe)",
 * "Lien vers la section…"), the "vérifié le" line (the date is metadata already) and the state of each
 * cited text (.etat: « en vigueur depuis… », said here once rather than as data-pagefind-ignore on
 * every line, for the article weight budget).
 */
const EXCLUDE_SELECTORS = ['.sr-only', '.verified', '.stale-box', '.etat'];

/** Files Pagefind writes for its ready-made interfaces, which this site does not use. */
const UNUSED_OUTPUT = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

/**
 * Size of one file of the word index, in word positions (Pagefind's default is 20,000). Half the
 * default keeps the file a one-word search fetches near 20 KB on a site of 1,000 articles, so the
 * first search stays within its 150 KB budget (npm run bench). The setting is an environment
 * variable Pagefind marks unstable: pagefind is pinned to an exact version in package.json, and
 * the benchmark's budget check tells if it ever stops working.
 */
const INDEX_CHUNK_SIZE = '10000';

/** Pages sent to Pagefind at once. */
const CONCURRENCY = 8;

function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

export default function searchIndex(): AstroIntegration {
  let synonyms: SynonymGroup[] = [];
  return {
    name: 'sous-controle:search-index',
    hooks: {
      // Read the synonyms first, so a malformed table stops the build before any page is built.
      'astro:config:setup': () => {
        synonyms = readSynonyms();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const matcher = compileSynonyms(synonyms);
        const files = (readdirSync(outDir, { recursive: true }) as string[])
          .map((f) => f.split(sep).join('/'))
          .filter(isIndexedPath)
          .sort();
        let pages = 0;
        let withAliases = 0;
        // Read when the Pagefind service starts, on the first call below.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr', excludeSelectors: EXCLUDE_SELECTORS });
          check('createIndex', errors);
          if (!index) throw new Error('Search index: createIndex returned no index.');
          // addHTMLFile rather than addDirectory: the synonyms go into the indexed copy only.
          // A few files in flight at once keep the Pagefind process busy while this one reads the next.
          const queue = [...files];
          const worker = async () => {
            for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
              const html = readFileSync(join(outDir, file), 'utf8');
              if (!hasSearchBody(html)) continue;
              const page = withSynonyms(html, matcher);
              const added = await index.addHTMLFile({ url: urlOf(file), content: page.html });
              check(`adding ${file}`, added.errors);
              // Indexed: what only Pagefind reads leaves the reader's copy (search-records.ts, servedHtml).
              const served = servedHtml(html);
              if (served !== html) writeFileSync(join(outDir, file), served);
              pages += 1;
              if (page.aliases.length) withAliases += 1;
            }
          };
          await Promise.all(Array.from({ length: CONCURRENCY }, worker));
          const terms = readGlossary();
          for (const term of terms) {
            check(`adding glossary term ${term.id}`, (await index.addHTMLFile(glossaryPage(term, matcher))).errors);
          }
          const pdfExists = existsSync(join(outDir, BOOKLET_PDFS.a5));
          check('adding the booklet', (await index.addCustomRecord(bookletRecord(pdfExists))).errors);
          const outputPath = join(outDir, 'pagefind');
          check('writeFiles', (await index.writeFiles({ outputPath })).errors);
          for (const name of UNUSED_OUTPUT) rmSync(join(outputPath, name), { force: true });
          const ms = Math.round(performance.now() - started);
          logger.info(
            `search index: ${pages} pages (${withAliases} with synonyms from ${synonyms.length} groups in ${synonymsPath()}), `
            + `${terms.length} glossary terms, booklet ${pdfExists ? 'PDF' : 'page (no PDF yet)'}, in ${ms} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
