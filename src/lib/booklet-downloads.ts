/**
 * Links to the booklet's PDF files. The PDFs are made after the pages are built, so the pages carry
 * a marked place (an HTML comment pair) holding what to show without a PDF; once the PDFs exist,
 * the build replaces it with links giving each file's size and page count. Without PDFs the
 * markers go and the fallback stays: a page never links to a file that was not made.
 */
import { BOOKLET_UI } from './ui.ts';
import { formatSize } from './booklet.ts';
import { escapeHtml } from './html.ts';

export type DownloadsVariant = 'full' | 'short';

export const downloadsStart = (variant: DownloadsVariant, booklet = 'livret'): string => `<!--livret-pdf:${variant}:${booklet}-->`;
export const DOWNLOADS_END = '<!--/livret-pdf-->';

const MARKED = /<!--livret-pdf:(full|short):([a-z0-9-]+)-->([\s\S]*?)<!--\/livret-pdf-->/g;

export interface PdfFile {
  /** Path on the site, e.g. /livret/livret-a5.pdf. */
  href: string;
  bytes: number;
  pages: number;
}

export interface BookletPdfs { a5: PdfFile; a4: PdfFile }

/** "(PDF, 96 pages, 1,4 Mo)" */
export function pdfFacts(f: PdfFile): string {
  return `(${BOOKLET_UI.pdfFormat}, ${f.pages}\u00A0${BOOKLET_UI.pdfPages}, ${formatSize(f.bytes)})`;
}

/** The links that replace a marked place, for one variant. */
export function downloadsHtml(pdfs: BookletPdfs, variant: DownloadsVariant): string {
  const link = (f: PdfFile, label: string) =>
    `<li><a href="${escapeHtml(f.href)}" type="application/pdf" download>${escapeHtml(label)}</a> <span class="pdf-facts">${escapeHtml(pdfFacts(f))}</span></li>`;
  const list = `<ul class="pdf-links">${link(pdfs.a5, BOOKLET_UI.pdfA5)}${link(pdfs.a4, BOOKLET_UI.pdfA4)}</ul>`;
  return variant === 'full' ? `${list}<p class="pdf-howto">${escapeHtml(BOOKLET_UI.pdfA4Howto)}</p>` : list;
}

/**
 * Fills every marked place of a page: with the links of its booklet when `pdfs` has them (by the
 * booklet's `fichier`: "livret" for the full guide), otherwise with the fallback the page
 * already holds. Returns the page and how many places were filled.
 */
export function fillDownloads(html: string, byBooklet: Readonly<Record<string, BookletPdfs>> | null): { html: string; filled: number } {
  let filled = 0;
  const out = html.replace(MARKED, (_m, variant: DownloadsVariant, booklet: string, fallback: string) => {
    const found = byBooklet?.[booklet];
    filled++;
    return found ? downloadsHtml(found, variant) : fallback;
  });
  return { html: out, filled };
}
