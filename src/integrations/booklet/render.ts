/**
 * Prints the booklet page to PDF with Chromium and Paged.js. Paged.js lays the page out in pages
 * first, which gives the table of contents its page numbers and the running heads their part
 * titles; Chromium then prints those pages as they are, with bookmarks and tags.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../lib/chromium-fs.ts';
import { WRITING_BOXES, type WritingBox } from './pages.ts';
import { keepSourcesWithText, SOURCES_LIST } from '../../lib/keep-sources.ts';

// pagedjs's "exports" map does not list the polyfill file: find the package, then the file.
const POLYFILL = join(dirname(createRequire(import.meta.url).resolve('pagedjs')), '../dist/paged.polyfill.js');

/** Links that show the page number of their target: the contents, and references between pages. */
export const PAGE_REFS = '.toc a[href^="#"], a.booklet-ref[href^="#"]';

export interface RenderResult {
  pdf: Uint8Array;
  /** Pages Paged.js laid out (the PDF must have as many). */
  pages: number;
  /** Text of every heading, in order (the PDF's bookmarks are made from them). */
  headings: string[];
  /** 1-based number of the notes page (copied or dropped to reach a multiple of 4), if there is one. */
  notesPage: number | null;
  /** The letters' writing boxes as laid out in the pages (label, height in points). */
  boxes: WritingBox[];
  /** Milliseconds spent in the layout and in printing. */
  timings: { layout: number; print: number };
}

declare global {
  interface Window {
    PagedConfig?: { auto: boolean };
    PagedPolyfill?: { preview: () => Promise<{ total: number }> };
  }
}

/** One headless Chromium for every PDF of the build. */
export const launchChromium = (executablePath: string): Promise<Browser> =>
  chromium.launch({
    executablePath, headless: true,
    // Several pages print side by side: none of them may be slowed down as a background tab.
    args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });

/** Prints a booklet page (laid out by Paged.js) with a browser of launchChromium. */
export async function renderPdf(url: string, browser: Browser): Promise<RenderResult> {
  // Paged.js adds <style> elements, which the site's CSP (style-src 'self') would block.
  const context = await browser.newContext({ bypassCSP: true, colorScheme: 'light', locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const started = Date.now();
    // Paged.js moves the body into a <template> before it reads the stylesheets: the print
    // stylesheets, placed at the end of <body> to come last in the cascade, go to the end of <head>.
    await page.evaluate(() => document.head.append(...document.body.querySelectorAll('link[rel="stylesheet"]')));
    await page.addScriptTag({ content: 'window.PagedConfig = { auto: false };' });
    await page.addScriptTag({ path: POLYFILL });
    await page.evaluate(keepSourcesWithText, SOURCES_LIST);
    // Paged.js's own target-counter() forces a relayout for every link after every page (it
    // doubled the layout time here); the numbers are written once the pages are laid out instead.
    // Links hold a 3-digit placeholder meanwhile, at least as wide as the final number (digits
    // share one width), so writing the number can only shorten a line, never push text to a page.
    await page.evaluate((selector) => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>(selector)) a.dataset.folio = '000';
    }, PAGE_REFS);
    const pages = await page.evaluate(async () => (await window.PagedPolyfill!.preview()).total);
    const unresolved = await page.evaluate((selector) => {
      const missing: string[] = [];
      for (const a of document.querySelectorAll<HTMLAnchorElement>(`.pagedjs_pages ${selector}`)) {
        let target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
        // A page of a booklet whose pages run on (« L'essentiel »'s fiches) may begin at the foot of a page
        // with nothing but its top margin: its number is that of the first piece that holds text.
        const ref = target?.dataset.ref;
        if (target && ref && !target.textContent?.trim()) {
          target = [...document.querySelectorAll<HTMLElement>(`.pagedjs_pages [data-ref="${ref}"]`)].find((el) => el.textContent?.trim()) ?? target;
        }
        const number = target?.closest<HTMLElement>('.pagedjs_page')?.dataset.pageNumber;
        if (number) a.dataset.folio = number;
        else missing.push(a.getAttribute('href') ?? '');
      }
      return missing;
    }, PAGE_REFS);
    if (unresolved.length) throw new Error(`${url}: links to ${unresolved.join(', ')} point to nothing in the booklet.`);
    const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent ?? ''));
    const notesPage = await page.evaluate(() => {
      const n = document.querySelector('.pagedjs_pages .notes-page')?.closest<HTMLElement>('.pagedjs_page')?.dataset.pageNumber;
      return n ? Number(n) : null;
    });
    // A writing box cut by a page break cannot be written in: Paged.js marks the cut (data-split-from).
    const split = await page.evaluate((selector) => [...document.querySelectorAll(`.pagedjs_pages :is(${selector})[data-split-from]`)]
      .map((el) => `${el.closest<HTMLElement>('.pagedjs_page')?.dataset.pageNumber}: ${el.textContent?.trim()}`), WRITING_BOXES);
    if (split.length) throw new Error(`${url}: writing boxes cut by a page break, continued on page ${split.join(', ')}.`);
    const boxes = await page.evaluate((selector) => [...document.querySelectorAll<HTMLElement>(`.pagedjs_pages :is(${selector})`)]
      .map((el) => ({ label: (el.textContent ?? '').trim(), height: el.getBoundingClientRect().height * 0.75 })), WRITING_BOXES);
    const laidOut = Date.now();
    if (errors.length) throw new Error(`errors while laying out ${url}:\n${errors.join('\n')}`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    return { pdf, pages, headings, notesPage, boxes, timings: { layout: laidOut - started, print: Date.now() - laidOut } };
  } finally {
    await context.close();
  }
}
