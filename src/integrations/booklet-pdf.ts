/**
 * Astro integration: after the build, prints /livret/ to PDF (A5, for reading and printing) and
 * imposes it on A4 for saddle stitching, then fills the PDF links of /livret/ and the home page
 * with each file's size and page count. Without Chromium, or with SKIP_PDF=1, the build still
 * succeeds, says so, and the pages keep linking to the print page only.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../lib/chromium-fs.ts';
import { serveStatic } from '../lib/static-server-fs.ts';
import { renderPdf } from './booklet/render.ts';
import { finishBooklet, type Metadata } from './booklet/pdf.ts';
import { fillDownloads, type BookletPdfs } from '../lib/booklet-downloads.ts';
import { formatSize } from '../lib/booklet.ts';
import { bookletEditionDate } from '../lib/booklet-fs.ts';
import { BOOKLET_PDFS, STATIC_PAGES } from '../lib/pages.ts';
import { SITE } from '../lib/site.ts';
import { BOOKLET_UI } from '../lib/ui.ts';

/** A site address as a file of the build: "/livret/" → "<dist>/livret/index.html". */
const builtFile = (dist: string, url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);

/** Built pages that hold a place for the PDF links. */
const PAGES_WITH_LINKS = [STATIC_PAGES.livret, STATIC_PAGES.accueil];

const HOW_TO_GET = 'To get them, install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome, '
  + 'and build without SKIP_PDF. Meanwhile the site links to the print page /livret/ only.';

export interface BookletPdfResult {
  pdfs: BookletPdfs;
  timings: { layout: number; print: number; pdfLib: number; total: number };
}

/** Fills (or, with null, removes) the PDF links' places in the built pages. */
function patchPages(dist: string, pdfs: BookletPdfs | null): void {
  for (const url of PAGES_WITH_LINKS) {
    const path = builtFile(dist, url);
    if (!existsSync(path)) continue;
    const { html, filled } = fillDownloads(readFileSync(path, 'utf8'), pdfs);
    if (filled) writeFileSync(path, html);
  }
}

/**
 * Renders both PDFs from a built site in `dist`, writes them, and fills the links. `edition` dates
 * the PDFs; by default, the edition of the content the site was built from (CONTENT_DIR or content/).
 */
export async function buildBookletPdfs(dist: string, chromiumPath: string, edition: Date = bookletEditionDate()): Promise<BookletPdfResult> {
  const started = Date.now();
  const htmlPath = builtFile(dist, STATIC_PAGES.livret);
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} is missing: the booklet page was not built.`);
  const server = await serveStatic({ root: dist });
  let rendered;
  try {
    rendered = await renderPdf(`${server.url}${STATIC_PAGES.livret}`, chromiumPath);
  } finally {
    await server.close();
  }
  const libStarted = Date.now();
  const meta: Metadata = {
    title: `${SITE.nom} : ${BOOKLET_UI.kicker.toLowerCase()}`,
    author: SITE.nom,
    subject: BOOKLET_UI.subtitle,
    keywords: ['France Travail', 'CAF', 'contrôle', 'droits', 'chômage', 'livret'],
    language: 'fr-FR',
    date: edition,
  };
  const { a5, pages, a4, sides } = await finishBooklet(rendered.pdf, meta, rendered.headings);
  // A page that overflowed Paged.js's page box would print as two: the contents would be wrong.
  if (pages !== rendered.pages) throw new Error(`Paged.js laid out ${rendered.pages} pages but the PDF has ${pages}.`);
  writeFileSync(builtFile(dist, BOOKLET_PDFS.a5), a5);
  writeFileSync(builtFile(dist, BOOKLET_PDFS.a4), a4);
  const pdfs: BookletPdfs = {
    a5: { href: BOOKLET_PDFS.a5, bytes: a5.byteLength, pages: rendered.pages },
    a4: { href: BOOKLET_PDFS.a4, bytes: a4.byteLength, pages: sides },
  };
  patchPages(dist, pdfs);
  const done = Date.now();
  return { pdfs, timings: { ...rendered.timings, pdfLib: done - libStarted, total: done - started } };
}

export default function bookletPdf(): AstroIntegration {
  const skip = (dist: string, logger: AstroIntegrationLogger, reason: string) => {
    patchPages(dist, null);
    logger.warn(`Booklet PDFs skipped: ${reason}. ${HOW_TO_GET}`);
  };
  return {
    name: 'booklet-pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        if (process.env.SKIP_PDF === '1') return skip(dist, logger, 'SKIP_PDF=1 is set');
        const chromium: string | undefined = await findChromium();
        if (!chromium) return skip(dist, logger, 'no Chromium or Chrome was found');
        logger.info(`printing ${STATIC_PAGES.livret} with ${chromium} and Paged.js…`);
        const { pdfs, timings } = await buildBookletPdfs(dist, chromium, bookletEditionDate());
        logger.info(`${BOOKLET_PDFS.a5}: ${pdfs.a5.pages} A5 pages, ${formatSize(pdfs.a5.bytes)}; `
          + `${BOOKLET_PDFS.a4}: ${pdfs.a4.pages} A4 sides, ${formatSize(pdfs.a4.bytes)} `
          + `(${(timings.total / 1000).toFixed(1)} s: layout ${(timings.layout / 1000).toFixed(1)} s, print ${(timings.print / 1000).toFixed(1)} s)`);
      },
    },
  };
}
