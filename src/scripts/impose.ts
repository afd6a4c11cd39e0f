/**
 * The composer's « livret prêt à plier » (format 'a5-plie'): the A5 pages Paged.js laid out, put two
 * by two on A4 landscape sides in saddle-stitch order (the order of the built booklets' A4 PDF,
 * saddleStitchSides in src/lib/imposition.ts), so that any double-sided printer gives a booklet to fold.
 * The pages stay direct children of .pagedjs_pages (Paged.js's own rules select them that way);
 * only their order changes, blank pages fill the booklet to a multiple of 4, and
 * src/styles/composer-impose.css sets them side by side on the sheet.
 */
import { saddleStitchSides } from '../lib/imposition.ts';
import composerImposeHref from '../styles/composer-impose.css?url&no-inline';

export interface Imposition {
  /** A4 sides (two per sheet). */
  sides: number;
  /** Puts the pages back in reading order and takes the stylesheet away. */
  undo(): void;
}

/** Paged.js's pages in `output`, imposed. Call once the layout is done and the page numbers written. */
export async function impose(output: HTMLElement): Promise<Imposition> {
  const area = output.querySelector<HTMLElement>('.pagedjs_pages');
  if (!area) throw new Error('nothing laid out to impose');
  // Fetched, not linked: as a constructed sheet it comes after Paged.js's own (adopted) rules, @page size included.
  const response = await fetch(composerImposeHref);
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await response.text());

  const pages = [...area.querySelectorAll<HTMLElement>(':scope > .pagedjs_page')];
  // Page numbers are a CSS counter counted in document order: pin each page's own number first.
  // (CSSOM styles, which the site's CSP allows, unlike style attributes.)
  for (const p of pages) p.style.setProperty('counter-set', `page ${p.dataset.pageNumber}`);
  const blank = () => {
    const b = document.createElement('div');
    b.className = 'pagedjs_page imposed-blank';
    b.setAttribute('aria-hidden', 'true');
    return b;
  };
  const sides = saddleStitchSides(pages.length);
  const order = sides.flat().map((i) => (i === null ? blank() : pages[i]!));
  order.forEach((p, i) => p.classList.add(i % 2 === 0 ? 'imposed-left' : 'imposed-right'));
  area.replaceChildren(...order);
  output.classList.add('imposed');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  return {
    sides: sides.length,
    undo() {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      output.classList.remove('imposed');
      for (const p of pages) { p.classList.remove('imposed-left', 'imposed-right'); p.style.removeProperty('counter-set'); }
      area.replaceChildren(...pages);
    },
  };
}
