/**
 * Each fiche and each letter printed alone on A4, as the browser prints its page (print.css,
 * letter-print.css), with the same Chromium as the booklets. The letters' writing boxes are
 * measured before printing and their sizes kept in the PDF (Info key WritingBoxes), so that a test
 * can check from the PDF alone that no box runs across a page break.
 */
// pdf-lib keeps getInfoDict private although it is the only way to set a custom Info key.
import { PDFDict, PDFDocument, PDFHexString, PDFName, ParseSpeeds } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Added to a fiche's page when printing its PDF (see the file's header). */
export const FICHE_PDF_CSS = fileURLToPath(new URL('../../styles/fiche-print.css', import.meta.url));

/** The writing boxes of a letter page, in print: an empty free-text blank. */
export const WRITING_BOXES = '.letter .blank.long:not(.filled), .letter .blank-long';
export const WRITING_BOXES_KEY = 'WritingBoxes';

export interface WritingBox { label: string; height: number }

/** Labels and heights (in points) of the writing boxes, as laid out for print. */
export async function measureBoxes(page: import('playwright-core').Page): Promise<WritingBox[]> {
  return page.evaluate((selector) => [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({ label: (el.textContent ?? '').trim(), height: el.getBoundingClientRect().height * 0.75 })), WRITING_BOXES);
}

export async function withBoxes(pdf: Uint8Array, boxes: WritingBox[], title: string): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage('fr-FR');
  if (boxes.length) (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict().set(PDFName.of(WRITING_BOXES_KEY), PDFHexString.fromText(JSON.stringify(boxes)));
  return { bytes: await doc.save({ objectsPerTick: Infinity }), pages: doc.getPageCount() };
}

/** A browser tab that prints pages of the site as on paper; one serves many pages, one after the other. */
export interface Printer { print(url: string, title: string, stylesheet?: string): Promise<{ bytes: Uint8Array; pages: number; boxes: WritingBox[] }>; close(): Promise<void> }

/**
 * Opens a printer: one context and one tab, reused for every page it prints (each page is a new document, so
 * nothing of the previous one stays; a new context per page would start a new renderer process each time).
 */
export async function openPrinter(browser: Browser): Promise<Printer> {
  // As wide as the text of an A4 page (210 mm less 2 × 18 mm of margins), so that boxes measure as they print.
  // bypassCSP: the extra stylesheet is added as a <style> element, which the site's CSP forbids.
  const context = await browser.newContext({ colorScheme: 'light', locale: 'fr-FR', viewport: { width: 658, height: 900 }, bypassCSP: true,
    // Without scripts, as on paper: the letter form would fill the date with the day of the build.
    javaScriptEnabled: false });
  const page = await context.newPage();
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  return {
    async print(url, title, stylesheet) {
      errors = [];
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
      // Not addStyleTag, which waits for a load event that never comes with scripts off.
      if (stylesheet) {
        await page.evaluate((css) => {
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
        }, readFileSync(stylesheet, 'utf8'));
      }
      const boxes = await measureBoxes(page);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true });
      if (errors.length) throw new Error(`errors while printing ${url}:\n${errors.join('\n')}`);
      return { ...(await withBoxes(pdf, boxes, title)), boxes };
    },
    close: () => context.close(),
  };
}

/**
 * Runs `task` over `items`, `limit` at a time, keeping the order of the results. `lane` (0 to limit − 1) says
 * which of the parallel runs calls the task: a task may keep one resource per lane (a printer).
 */
export async function inPool<T, R>(items: T[], limit: number, task: (item: T, lane: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (_: unknown, lane: number) => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, lane);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
