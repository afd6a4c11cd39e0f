/**
 * A Paged.js handler that keeps a page's list of sources (<Sources variant="booklet" />) with text
 * of its article. Without it, a list that overflows by a few lines ends on a page of its own, which
 * reads as a page torn from somewhere else (the full guide had several). When a page would break
 * inside a sources list, or just before it, the break moves up to before the last block of the
 * article's text (with the heading above that block): the next page opens on text, then the sources.
 * `break-inside: avoid` cannot do this: it moves the whole list, which again stands alone.
 */

/** The booklet's lists of sources (Sources.astro, variant "booklet"). */
export const SOURCES_LIST = '.booklet-sources';

export interface PagedApi {
  Handler: new (...args: unknown[]) => object;
  registerHandlers: (...handlers: unknown[]) => void;
}

/**
 * Registers the handler, once per Paged.js (registering twice would run it twice). Runs in the page:
 * in the PDF build through page.evaluate, after Paged.js's polyfill is loaded (`window.Paged`) and
 * before PagedPolyfill.preview(); in the composer with the imported module, before its Previewer.
 * Self-contained, it reads nothing from this module at run time.
 */
export function keepSourcesWithText(selector: string, paged?: PagedApi): void {
  const api = paged ?? (window as unknown as { Paged: PagedApi }).Paged;
  // Remembered on window: a module namespace cannot carry a mark, and this function takes nothing from outside.
  const w = window as unknown as { __keepSourcesFor?: WeakSet<object> };
  if (w.__keepSourcesFor?.has(api)) return;
  (w.__keepSourcesFor ??= new WeakSet()).add(api);
  const { Handler, registerHandlers } = api;
  const isHeading = (el: Element | null) => !!el && (/^H[1-6]$/.test(el.tagName) || el.classList.contains('heading-wrapper'));
  /** The first node the overflow would carry to the next page. */
  const firstMoved = (range: Range): Node | null => {
    const c = range.startContainer;
    return c.nodeType === Node.ELEMENT_NODE ? (c.childNodes[range.startOffset] ?? c) : c;
  };
  /** The last block of text before a sources list: a paragraph, a list item, a box… */
  const lastBlock = (sources: Element): Element | null => {
    let block = sources.previousElementSibling;
    // Into the article's text (div.prose) and its lists, down to one paragraph or one item.
    while (block && block.lastElementChild && /^(DIV|UL|OL|SECTION)$/.test(block.tagName) && !isHeading(block)) block = block.lastElementChild;
    // A heading never stays alone at the foot of the page: it goes with its text.
    while (block?.previousElementSibling && isHeading(block.previousElementSibling)) block = block.previousElementSibling;
    return block;
  };
  class KeepSources extends Handler {
    onOverflow(overflow: Range | undefined, rendered: Element, bounds: DOMRect): Range | undefined {
      if (!overflow) return undefined;
      const node = firstMoved(overflow);
      const el = node && (node.nodeType === Node.ELEMENT_NODE ? node as Element : node.parentElement);
      const sources = el?.closest(selector);
      if (!sources || !rendered.contains(sources)) return undefined;
      const block = lastBlock(sources);
      // The article's text began on an earlier page, or the block opens this page: moving it would
      // move the whole page (Paged.js would loop); the list keeps its tail, as before.
      if (!block || !rendered.contains(block) || block.getBoundingClientRect().top - bounds.top < 24) return undefined;
      const range = document.createRange();
      range.selectNode(block);
      range.setEndAfter(rendered.lastChild!);
      return range;
    }
  }
  registerHandlers(KeepSources);
}
