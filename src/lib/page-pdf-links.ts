/**
 * The « Imprimer cette fiche (PDF, 2 pages) » link of a fiche or letter page. The PDF is printed
 * after the pages are built, so the page carries a marked place (PrintPdf.astro); the build fills
 * it with the link and the real page count, or empties it when no PDF was made.
 */
import { BOOKLET_UI } from './ui.ts';
import { formatSize } from './booklet.ts';

export const pagePdfStart = (href: string): string => `<!--page-pdf:${href}-->`;
export const PAGE_PDF_END = '<!--/page-pdf-->';
const MARKED = /<!--page-pdf:([^\s>]+)-->[\s\S]*?<!--\/page-pdf-->/g;

export interface PagePdf { kind: 'fiche' | 'lettre' | 'carte'; href: string; pages: number; bytes: number }

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "Imprimer cette fiche (PDF, 2 pages, 95 ko)" as a download link. */
export function pagePdfHtml(pdf: PagePdf): string {
  const what = { fiche: BOOKLET_UI.printThisFiche, lettre: BOOKLET_UI.printThisLetter, carte: BOOKLET_UI.printThisCard }[pdf.kind];
  const facts = `(${BOOKLET_UI.pdfFormat}, ${pdf.pages}\u00A0${pdf.pages > 1 ? BOOKLET_UI.pdfPages : BOOKLET_UI.pdfPage}, ${formatSize(pdf.bytes)})`;
  return `<p class="print-pdf"><a href="${escapeHtml(pdf.href)}" type="application/pdf" download>${escapeHtml(what)}</a> <span class="pdf-facts">${escapeHtml(facts)}</span></p>`;
}

/** Fills the marked place of a page with its PDF's link, or empties it when that PDF is not in `pdfs`. */
export function fillPagePdf(html: string, pdfs: ReadonlyMap<string, PagePdf>): string {
  return html.replace(MARKED, (_m, href: string) => {
    const pdf = pdfs.get(href);
    return pdf ? pagePdfHtml(pdf) : '';
  });
}
