/**
 * « Composer votre livret » in the browser (/livret/composer/). The ticked sections are copied from
 * the full guide's page (same origin, fetched on preview), put between a cover and a back cover
 * that carry the organisation's details, and laid out by Paged.js, loaded only at that moment.
 * Nothing leaves the page. The details are written with textContent only: whatever a volunteer
 * types, HTML included, prints as typed. localStorage only after « Se souvenir… ».
 */
import {
  checkDetails, checkField, checkSelection, cleanDetails, estimatePages, parseQuery, toQuery, charCount,
  COMPOSER_FORMATS, ORG_FIELDS, MAX_LENGTH, type ComposerFormat, type OrgDetails, type OrgField,
} from '../lib/composer.ts';
import { COMPOSER_UI as T } from '../lib/composer-ui.ts';
import composerBookletHref from '../styles/composer-booklet.css?url&no-inline';
import composerA4Href from '../styles/composer-a4.css?url&no-inline';
import { impose } from './impose.ts';
import { keepSourcesWithText, SOURCES_LIST, type PagedApi } from '../lib/keep-sources.ts';

const STORAGE_KEY = 'sous-controle:composer:coordonnees';
/** Links that show the page number of their target (as src/integrations/booklet/render.ts). */
const PAGE_REFS = '.toc a[href^="#"], a.booklet-ref[href^="#"]';

function storage(): Storage | null {
  try { return window.localStorage; } catch { return null; }
}

function init(form: HTMLFormElement): void {
  form.querySelector<HTMLButtonElement>('.composer-go')!.disabled = false;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="sections[]"]')];
  const known = boxes.map((b) => b.value);
  const control = (f: OrgField) => form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#org-${f}`)!;
  const remember = form.querySelector<HTMLInputElement>('#org-remember')!;
  const total = form.querySelector<HTMLElement>('#composer-total')!;
  const sectionsError = form.querySelector<HTMLElement>('#sections-erreur')!;
  const shareLink = form.querySelector<HTMLAnchorElement>('#composer-share-link')!;
  const count = form.querySelector<HTMLElement>('#org-texte-compte');

  const selected = () => boxes.filter((b) => b.checked).map((b) => b.value);
  const format = (): ComposerFormat => {
    const checked = form.querySelector<HTMLInputElement>('input[name="format"]:checked')?.value;
    return COMPOSER_FORMATS.find((f) => f === checked) ?? 'a5';
  };
  const details = (): OrgDetails => Object.fromEntries(ORG_FIELDS.map((f) => [f, control(f).value])) as unknown as OrgDetails;

  // The address's selection first, then the details this device was asked to remember.
  const asked = parseQuery(location.search, known);
  for (const b of boxes) b.checked = asked.sections.includes(b.value);
  form.querySelector<HTMLInputElement>(`input[name="format"][value="${asked.format}"]`)!.checked = true;
  const saved = storage()?.getItem(STORAGE_KEY);
  if (saved) {
    try {
      const data = JSON.parse(saved) as Partial<OrgDetails>;
      for (const f of ORG_FIELDS) if (typeof data[f] === 'string') control(f).value = data[f]!;
      remember.checked = true;
    } catch { storage()?.removeItem(STORAGE_KEY); }
  }

  const showError = (el: HTMLElement, target: HTMLElement, message: string | null) => {
    el.textContent = message ?? '';
    el.hidden = !message;
    if (message) target.setAttribute('aria-invalid', 'true');
    else target.removeAttribute('aria-invalid');
  };
  const checkOne = (f: OrgField) => {
    const message = checkField(f, control(f).value);
    showError(form.querySelector<HTMLElement>(`#org-${f}-erreur`)!, control(f), message);
    return message;
  };
  const updateCount = () => {
    if (count) count.textContent = `${charCount(control('texte').value.trim())} / ${MAX_LENGTH.texte} ${T.charCount}`;
  };
  const updateSelection = () => {
    const chosen = selected();
    const words = boxes.filter((b) => b.checked).map((b) => Number(b.dataset.words ?? 0));
    total.textContent = chosen.length === 0
      ? T.totalNone
      : `${chosen.length} ${T.sectionsCount} : ${T.totalPrefix.toLowerCase()} ${estimatePages(words, format())} ${T.totalSuffix}.`;
    const query = toQuery(chosen, format());
    history.replaceState(null, '', `${location.pathname}${query}`);
    shareLink.href = `${location.pathname}${query}`;
    shareLink.textContent = `${location.origin}${location.pathname}${query}`;
    shareLink.closest<HTMLElement>('p')!.hidden = chosen.length === 0;
    if (!sectionsError.hidden) showError(sectionsError, form.querySelector('.composer-sections')!, checkSelection(chosen));
  };
  const save = () => {
    if (remember.checked) storage()?.setItem(STORAGE_KEY, JSON.stringify(details()));
  };

  for (const f of ORG_FIELDS) {
    const el = control(f);
    // Checked as one types only once a message is shown; otherwise on leaving the field.
    el.addEventListener('input', () => {
      if (el.hasAttribute('aria-invalid')) checkOne(f);
      if (f === 'texte') updateCount();
      save();
    });
    el.addEventListener('change', () => checkOne(f));
  }
  form.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.name === 'sections[]' || t.name === 'format') updateSelection();
  });
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-select]')) {
    button.addEventListener('click', () => {
      for (const b of boxes) b.checked = button.dataset.select === 'all';
      updateSelection();
    });
  }
  remember.addEventListener('change', () => {
    if (remember.checked) save();
    else storage()?.removeItem(STORAGE_KEY);
  });
  form.querySelector('#org-erase')!.addEventListener('click', () => {
    storage()?.removeItem(STORAGE_KEY);
    for (const f of ORG_FIELDS) { control(f).value = ''; checkOne(f); }
    remember.checked = false;
    updateCount();
    const status = form.querySelector<HTMLElement>('#org-erase-status')!;
    status.textContent = T.erased;
  });

  const preview = new PreviewArea(form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = selected();
    const selectionMessage = checkSelection(chosen);
    showError(sectionsError, form.querySelector('.composer-sections')!, selectionMessage);
    const problems = checkDetails(details());
    for (const f of ORG_FIELDS) checkOne(f);
    const summary = form.querySelector<HTMLElement>('#composer-errors')!;
    const firstBad = selectionMessage ? boxes[0] : ORG_FIELDS.filter((f) => problems[f]).map(control)[0];
    summary.hidden = !firstBad;
    if (firstBad) { firstBad.focus(); return; }
    void preview.show(chosen, cleanDetails(details()), format());
  });

  updateCount();
  updateSelection();
}

type PagedModule = typeof import('pagedjs');
/** Marks a Polisher prototype already patched. */
const PATCHED = Symbol('csp-safe');

/**
 * Paged.js writes its styles into <style> elements, which the site's CSP (style-src 'self') blocks.
 * Constructed stylesheets are not inline styles: the same rules go to document.adoptedStyleSheets.
 */
function cspSafe(paged: PagedModule): void {
  const proto = paged.Polisher.prototype as PagedModule['Polisher']['prototype'] & { [PATCHED]?: boolean };
  if (proto[PATCHED]) return;
  const adopt = (sheet: CSSStyleSheet) => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return { remove: () => { document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet); } };
  };
  proto.insert = function insert(text) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const handle = adopt(sheet);
    this.inserted.push(handle);
    return handle;
  };
  const setup = proto.setup;
  proto.setup = function patchedSetup() {
    // The original adds an empty <style> to <head> for its rules: keep it out of the document.
    const head = document.head;
    head.appendChild = <T extends Node>(node: T): T => node;
    try { setup.call(this); } finally { delete (head as Partial<HTMLHeadElement>).appendChild; }
    const sheet = new CSSStyleSheet();
    this.styleEl = adopt(sheet);
    this.styleSheet = sheet;
    return sheet;
  };
  proto[PATCHED] = true;
}

class PreviewArea {
  private readonly area = document.querySelector<HTMLElement>('#composer-preview')!;
  private readonly output = document.querySelector<HTMLElement>('#composer-output')!;
  private readonly status = document.querySelector<HTMLElement>('#composer-status')!;
  private readonly printButton = document.querySelector<HTMLButtonElement>('#composer-print')!;
  private readonly foldHowTo = document.querySelector<HTMLElement>('#composer-fold')!;
  private guide: Promise<Document> | null = null;
  private destroy: (() => void) | null = null;

  constructor(private readonly form: HTMLFormElement) {
    this.printButton.addEventListener('click', () => window.print());
    document.querySelector('#composer-back')!.addEventListener('click', () => this.hide());
  }

  private loadGuide(): Promise<Document> {
    this.guide ??= fetch(this.form.dataset.guide!).then(async (r) => {
      if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
      // A parsed document is inert: nothing in it runs or loads.
      return new DOMParser().parseFromString(await r.text(), 'text/html');
    });
    return this.guide;
  }

  async show(sections: string[], details: OrgDetails, format: ComposerFormat): Promise<void> {
    const started = performance.now();
    this.form.hidden = true;
    this.area.hidden = false;
    this.area.dataset.state = 'laying-out';
    this.printButton.disabled = true;
    this.status.textContent = T.laying;
    try {
      const [guide, paged] = await Promise.all([this.loadGuide(), import('pagedjs')]);
      cspSafe(paged);
      // The same rule as the built booklets: a list of sources never stands alone on a page.
      keepSourcesWithText(SOURCES_LIST, paged as unknown as PagedApi);
      const booklet = composeBooklet(guide, sections, details);
      for (const a of booklet.querySelectorAll<HTMLAnchorElement>(PAGE_REFS)) a.dataset.folio = '000';
      const fragment = document.createDocumentFragment();
      fragment.append(booklet);
      const previewer = new paged.Previewer();
      this.output.replaceChildren();
      const sheets = [this.form.dataset.stylesheet!, composerBookletHref, ...(format === 'a4' ? [composerA4Href] : [])];
      const flow = await previewer.preview(fragment, sheets, this.output);
      const undoLayout = () => previewer.polisher.destroy();
      this.destroy = undoLayout;
      // Page numbers written once the pages exist (faster than Paged.js's target-counter, same result).
      for (const a of this.output.querySelectorAll<HTMLAnchorElement>(`.pagedjs_pages :is(${PAGE_REFS})`)) {
        const target = this.output.querySelector(`[id="${CSS.escape(decodeURIComponent(a.hash.slice(1)))}"]`);
        a.dataset.folio = target?.closest<HTMLElement>('.pagedjs_page')?.dataset.pageNumber ?? '';
      }
      let ready = `${T.ready} : ${flow.total} ${T.readyPages}`;
      if (format === 'a5-plie') {
        const imposition = await impose(this.output);
        this.destroy = () => { imposition.undo(); undoLayout(); };
        this.area.dataset.sides = String(imposition.sides);
        ready += ` ${T.readyFoldedOn} ${imposition.sides / 2} ${T.readyFoldedSheets} (${imposition.sides} ${T.readyFoldedSides})`;
      }
      this.foldHowTo.hidden = format !== 'a5-plie';
      this.area.dataset.state = 'ready';
      this.area.dataset.pages = String(flow.total);
      this.area.dataset.layoutMs = String(Math.round(performance.now() - started));
      this.status.textContent = `${ready}.`;
      this.printButton.disabled = false;
      this.printButton.focus();
    } catch (error) {
      this.area.dataset.state = 'failed';
      this.status.textContent = T.failed;
      console.error(error);
    }
  }

  hide(): void {
    this.destroy?.();
    this.destroy = null;
    this.output.replaceChildren();
    this.area.hidden = true;
    this.foldHowTo.hidden = true;
    delete this.area.dataset.state;
    delete this.area.dataset.sides;
    this.form.hidden = false;
    this.form.querySelector<HTMLButtonElement>('.composer-go')?.focus();
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The organisation's block: only fields that are filled, each as plain text. */
function orgBlock(d: OrgDetails, withText: boolean): HTMLElement | null {
  const lines: HTMLElement[] = [];
  if (d.nom) lines.push(el('p', 'org-name', d.nom));
  if (d.adresse) lines.push(el('p', 'org-address', d.adresse));
  if (d.horaires) lines.push(el('p', 'org-hours', `${T.orgHours} ${d.horaires}`));
  if (d.telephone) lines.push(el('p', 'org-phone', `${T.orgPhone} ${d.telephone}`));
  if (d.courriel) lines.push(el('p', 'org-email', `${T.orgEmail} ${d.courriel}`));
  if (withText && d.texte) lines.push(el('p', 'org-text', d.texte));
  if (lines.length === 0) return null;
  const block = el('div', 'org');
  block.append(el('p', 'org-title', T.orgTitle), ...lines);
  return block;
}

/** The booklet to lay out: the full guide's cover and back cover with the details, a contents, the ticked sections by part. */
export function composeBooklet(guide: Document, sections: readonly string[], details: OrgDetails): HTMLElement {
  const source = guide.querySelector('.booklet');
  if (!source) throw new Error('the full guide has no .booklet');
  const take = <E extends Element>(node: E | null, deep = true): E | null => (node ? (document.importNode(node, deep) as E) : null);
  const wanted = new Set(sections);
  const booklet = el('div', 'booklet composed');

  const cover = take(source.querySelector('.cover'))!;
  cover.querySelector('.kicker')!.textContent = T.coverKicker;
  cover.querySelectorAll('.cover-parts-title, .cover-parts').forEach((n) => n.remove());
  const coverOrg = orgBlock(details, false);
  if (coverOrg) cover.querySelector('.cover-foot')?.before(coverOrg);
  booklet.append(cover);

  const toc = el('nav', 'toc');
  toc.setAttribute('aria-labelledby', 'sommaire');
  const tocTitle = el('h2', undefined, T.tocTitle);
  tocTitle.id = 'sommaire';
  const tocList = el('ul');
  toc.append(tocTitle, tocList);
  booklet.append(toc);

  const included = new Set<string>();
  for (const part of source.querySelectorAll<HTMLElement>('section.part')) {
    const items = [...part.querySelectorAll<HTMLElement>(':scope > .booklet-page')].filter((a) => wanted.has(a.id));
    if (items.length === 0) continue;
    const copy = take(part, false)!;
    copy.append(take(part.querySelector('.part-title'))!);
    const entry = el('li', 'toc-part');
    const partLink = el('a');
    partLink.href = `#${part.id}`;
    partLink.append(el('span', 'toc-title', part.querySelector('.part-title')?.textContent ?? ''));
    const sub = el('ul');
    entry.append(partLink, sub);
    items.forEach((item, i) => {
      const page = take(item)!;
      page.classList.toggle('first-in-part', i === 0);
      copy.append(page);
      included.add(item.id);
      const li = el('li');
      const a = el('a');
      a.href = `#${item.id}`;
      a.append(el('span', 'toc-title', item.querySelector('.page-title, h3')?.textContent?.trim() ?? ''));
      li.append(a);
      sub.append(li);
    });
    included.add(part.id);
    tocList.append(entry);
    booklet.append(copy);
  }

  // A reference to a page left out of this booklet keeps its words, without a page number.
  for (const a of booklet.querySelectorAll<HTMLAnchorElement>('a.booklet-ref[href^="#"]')) {
    if (!included.has(decodeURIComponent(a.hash.slice(1)))) { a.classList.remove('booklet-ref'); a.removeAttribute('href'); }
  }

  const back = take(source.querySelector('.back-cover'));
  if (back) {
    const backOrg = orgBlock(details, true);
    if (backOrg) back.querySelector('h2')?.after(backOrg);
    booklet.append(back);
  }
  return booklet;
}

// Last: the classes and functions above must exist before the form uses them.
const composerForm = document.querySelector<HTMLFormElement>('#composer');
if (composerForm) init(composerForm);
