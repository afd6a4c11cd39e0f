/**
 * Astro integration: after the build, prints every booklet of the site (the full guide, « L'essentiel »…)
 * to PDF (A5, for reading and printing) and imposes each on A4 for saddle stitching, then fills the
 * PDF links of the booklet pages and the home page with each file's size and page count. What to
 * print comes from the build itself (src/pages/livret/impression.json.ts), never from reading pages
 * back. One Chromium prints everything, booklets side by side. Without Chromium, or with SKIP_PDF=1,
 * the build still succeeds, says so, and the pages keep linking to the print pages only.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { findChromium } from '../lib/chromium-fs.ts';
import { serveStatic } from '../lib/static-server-fs.ts';
import { launchChromium, renderPdf } from './booklet/render.ts';
import { FICHE_PDF_CSS, inPool, openPrinter } from './booklet/pages.ts';
import { fillPagePdf, type PagePdf } from '../lib/page-pdf-links.ts';
import { finishBooklet, type Metadata } from './booklet/pdf.ts';
import { fillDownloads, type BookletPdfs } from '../lib/booklet-downloads.ts';
import { PRINT_MANIFEST, type PrintManifest } from '../lib/pages.ts';
import { formatSize } from '../lib/booklet.ts';
import { SITE } from '../lib/site.ts';
import { BOOKLET_UI } from '../lib/ui.ts';

const HOW_TO_GET = 'To get them, install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome, '
  + 'and build without SKIP_PDF. Meanwhile the site links to the print pages only.';

type Booklet = PrintManifest['booklets'][number];
type Timings = { layout: number; print: number; pdfLib: number; total: number };

export interface BookletPdfResult {
  booklets: (BookletPdfs & { fichier: string; titre: string; laidOut: number; timings: Timings })[];
  /** Each fiche's and letter's own A4 PDF. */
  pages: (PagePdf & { id: string; page: string })[];
  timings: { total: number; pages: number };
}

/** Prints every fiche and letter alone, two at a time (one printer each), writes the PDFs and fills their pages' links. */
async function printPages(dist: string, origin: string, browser: Browser, pages: PrintManifest['pages']): Promise<{ list: BookletPdfResult['pages']; ms: number }> {
  const started = Date.now();
  const printers = await Promise.all([0, 1].map(() => openPrinter(browser)));
  try {
    const list = await inPool(pages, printers.length, async (p, lane) => {
      const { bytes, pages: count } = await printers[lane]!.print(`${origin}${p.page}`, `${p.titre} (${SITE.nom})`, p.kind === 'fiche' ? FICHE_PDF_CSS : undefined);
      writeFileSync(toFile(dist, p.pdf), bytes);
      return { kind: p.kind, id: p.id, page: p.page, href: p.pdf, pages: count, bytes: bytes.byteLength };
    });
    return { list, ms: Date.now() - started };
  } finally {
    await Promise.all(printers.map((p) => p.close()));
  }
}

/** Fills (or, with an empty map, removes) the PDF link's place of each fiche and letter page. */
function patchPagePdfLinks(dist: string, pages: PrintManifest['pages'], pdfs: ReadonlyMap<string, PagePdf>): void {
  for (const p of pages) {
    const path = join(toFile(dist, p.page), 'index.html');
    if (existsSync(path)) writeFileSync(path, fillPagePdf(readFileSync(path, 'utf8'), pdfs));
  }
}

export function readManifest(dist: string): PrintManifest {
  const path = join(dist, PRINT_MANIFEST);
  if (!existsSync(path)) throw new Error(`${path} is missing: the build did not write what to print.`);
  return JSON.parse(readFileSync(path, 'utf8')) as PrintManifest;
}

/** Built pages that may hold a place for PDF links: the home page and every page under /livret/. */
function pagesWithLinks(dist: string): string[] {
  const livret = join(dist, 'livret');
  const under = existsSync(livret)
    ? readdirSync(livret, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).map((f) => join(livret, f))
    : [];
  return [join(dist, 'index.html'), ...under];
}

/** Fills (or, with null, removes) the PDF links' places in the built pages. */
function patchPages(dist: string, pdfs: Record<string, BookletPdfs> | null): void {
  for (const path of pagesWithLinks(dist)) {
    if (!existsSync(path)) continue;
    const { html, filled } = fillDownloads(readFileSync(path, 'utf8'), pdfs);
    if (filled) writeFileSync(path, html);
  }
}

const toFile = (dist: string, href: string) => join(dist, ...href.split('/').filter(Boolean));

async function printBooklet(dist: string, origin: string, browser: Browser, b: Booklet): Promise<BookletPdfResult['booklets'][number]> {
  const started = Date.now();
  const rendered = await renderPdf(`${origin}${b.page}`, browser);
  const libStarted = Date.now();
  const meta: Metadata = {
    title: `${SITE.nom} : ${b.titre}`,
    author: SITE.nom,
    subject: BOOKLET_UI.subtitle,
    keywords: ['France Travail', 'CAF', 'contrôle', 'droits', 'chômage', 'livret'],
    language: 'fr-FR',
    date: new Date(`${b.edition}T00:00:00Z`),
  };
  const { a5, laidOut, pages, a4, sides } = await finishBooklet(rendered.pdf, meta, rendered.headings, rendered.notesPage, rendered.boxes);
  // A page that overflowed Paged.js's page box would print as two: the contents would be wrong.
  if (laidOut !== rendered.pages) throw new Error(`${b.page}: Paged.js laid out ${rendered.pages} pages but the PDF has ${laidOut}.`);
  for (const [href, bytes] of [[b.a5, a5], [b.a4, a4]] as const) {
    mkdirSync(dirname(toFile(dist, href)), { recursive: true });
    writeFileSync(toFile(dist, href), bytes);
  }
  // After writing, so that the editor can open the PDF and see what to cut.
  if (b.pagesMax !== null && pages > b.pagesMax) {
    throw new Error(`« ${b.titre} » (${b.page}) has ${pages} A5 pages, more than its pagesMax of ${b.pagesMax}: `
      + `take pages out of its file in content/livrets/, or shorten them (see ${b.a5.slice(1)} in the build folder).`);
  }
  const done = Date.now();
  return {
    fichier: b.fichier, titre: b.titre, laidOut,
    a5: { href: b.a5, bytes: a5.byteLength, pages },
    a4: { href: b.a4, bytes: a4.byteLength, pages: sides },
    timings: { ...rendered.timings, pdfLib: done - libStarted, total: done - started },
  };
}

/** Renders every booklet's PDFs from a built site in `dist`, writes them, and fills the links. */
export async function buildBookletPdfs(dist: string, chromiumPath: string): Promise<BookletPdfResult> {
  const started = Date.now();
  const manifest = readManifest(dist);
  const server = await serveStatic({ root: dist });
  const browser = await launchChromium(chromiumPath);
  let booklets: BookletPdfResult['booklets'];
  let pages: Awaited<ReturnType<typeof printPages>>;
  try {
    // Side by side: Paged.js lays out in one renderer process per page, so two booklets use both cores;
    // the single pages print meanwhile.
    // allSettled: the first failure is reported, not the others it causes when the browser closes.
    const [p, ...b] = await Promise.allSettled([
      printPages(dist, server.url, browser, manifest.pages),
      ...manifest.booklets.map((x) => printBooklet(dist, server.url, browser, x)),
    ]);
    const failed = [p, ...b].find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    pages = (p as PromiseFulfilledResult<Awaited<ReturnType<typeof printPages>>>).value;
    booklets = b.map((r) => (r as PromiseFulfilledResult<BookletPdfResult['booklets'][number]>).value);
  } finally {
    await browser.close();
    await server.close();
  }
  patchPages(dist, Object.fromEntries(booklets.map((b) => [b.fichier, b])));
  patchPagePdfLinks(dist, manifest.pages, new Map(pages.list.map((p) => [p.href, p])));
  return { booklets, pages: pages.list, timings: { total: Date.now() - started, pages: pages.ms } };
}

export default function bookletPdf(): AstroIntegration {
  const skip = (dist: string, logger: AstroIntegrationLogger, reason: string) => {
    patchPages(dist, null);
    if (existsSync(join(dist, PRINT_MANIFEST))) patchPagePdfLinks(dist, readManifest(dist).pages, new Map());
    logger.warn(`Booklet PDFs skipped: ${reason}. ${HOW_TO_GET}`);
  };
  return {
    name: 'booklet-pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Kept with SKIP_PDF=1, for a later step that prints from the built site (npm run bench -- booklet).
        if (process.env.SKIP_PDF === '1') return skip(dist, logger, 'SKIP_PDF=1 is set');
        try {
          const chromium: string | undefined = await findChromium();
          if (!chromium) return skip(dist, logger, 'no Chromium or Chrome was found');
          logger.info(`printing the booklets with ${chromium} and Paged.js…`);
          const { booklets, pages, timings } = await buildBookletPdfs(dist, chromium);
          for (const b of booklets) {
            logger.info(`${b.a5.href.slice(1)}: ${b.a5.pages} A5 pages (${b.laidOut} laid out), ${formatSize(b.a5.bytes)}; `
              + `${b.a4.href.slice(1)}: ${b.a4.pages} A4 sides, ${formatSize(b.a4.bytes)} `
              + `(layout ${(b.timings.layout / 1000).toFixed(1)} s, print ${(b.timings.print / 1000).toFixed(1)} s)`);
          }
          const fiches = pages.filter((p) => p.kind === 'fiche');
          logger.info(`${pages.length} fiche and letter PDFs in ${(timings.pages / 1000).toFixed(1)} s, `
            + `fiches ${Math.min(...fiches.map((f) => f.pages))}–${Math.max(...fiches.map((f) => f.pages))} A4 pages; all PDFs in ${(timings.total / 1000).toFixed(1)} s`);
        } finally {
          rmSync(join(dist, PRINT_MANIFEST), { force: true });
        }
      },
    },
  };
}
