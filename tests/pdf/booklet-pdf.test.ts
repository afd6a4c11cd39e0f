/**
 * The booklet PDFs the build wrote in dist/livret/ (`npm run build` with a Chromium, without
 * SKIP_PDF), read back with pdfjs-dist and pdf-lib: page size and count, metadata, embedded fonts,
 * page numbers of the table of contents, margins, and the A4 copy's imposition. `npm run test:pdf`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFName, PDFArray, PDFBool } from 'pdf-lib';
import { formatSize, saddleStitchSides } from '../../src/lib/booklet.ts';
import { bookletFiles, ESSENTIAL_FILES, FULL_GUIDE_FILES, STATIC_PAGES } from '../../src/lib/pages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
/** Each booklet: its files (pages.ts), its page, and the page count it must stay within. */
const BOOKLETS = [
  { name: 'the full guide', files: bookletFiles(FULL_GUIDE_FILES), minPages: 32, maxPages: Infinity },
  { name: "L'essentiel", files: bookletFiles(ESSENTIAL_FILES), minPages: 16, maxPages: 32 },
];

const MM = 72 / 25.4;
const A5 = { width: 419.53, height: 595.28 };
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
/** The margins of src/styles/booklet-print.css, in points. Odd pages are right-hand pages. */
const MARGIN = { top: 15 * MM, bottom: 16 * MM, inner: 16 * MM, outer: 12 * MM, covers: 14 * MM };
const TOLERANCE = 1;

interface Item { str: string; x: number; y: number; width: number; height: number }

async function load(path: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
}

/** Visible text items of every page (1-based index → items), with their position in points. */
async function textItems(doc: PDFDocumentProxy): Promise<{ size: { width: number; height: number }; items: Item[] }[]> {
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items
      .filter((i): i is typeof i & { str: string; transform: number[]; width: number; height: number } => 'str' in i && i.str.trim() !== '')
      .map((i) => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, width: i.width, height: i.height }));
    pages.push({ size: { width: x1 - x0, height: y1 - y0 }, items });
  }
  return pages;
}

/** Text for comparison: compatibility forms (ligatures), no whitespace at all (titles wrap). */
const squeeze = (s: string) => s.normalize('NFKC').replace(/[\s\u00A0\u202F]+/g, '');

/** Items grouped in lines (same baseline), top to bottom, left to right. */
function lines(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Item[][] = [];
  for (const item of sorted) {
    const line = out.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) < 2) line.push(item);
    else out.push([item]);
  }
  return out.map((l) => l.sort((a, b) => a.x - b.x));
}

const decode = (s: string) => s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
  .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function checkBooklet(spec: (typeof BOOKLETS)[number]): Promise<void> {
  const A5_PATH = join(DIST, spec.files.a5);
  const A4_PATH = join(DIST, spec.files.a4);
  if (!existsSync(A5_PATH) || !existsSync(A4_PATH)) {
    throw new Error(`${A5_PATH} or ${A4_PATH} is missing: build the site first (npm run build), with a Chromium and without SKIP_PDF.`);
  }
  const html = readFileSync(join(DIST, spec.files.page, 'index.html'), 'utf8');
  const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>', html.indexOf('<nav class="toc"')));
  const tocTitles = [...toc.matchAll(/<span class="toc-title"[^>]*>([^<]*)<\/span>/g)].map((m) => decode(m[1]!));
  const a5 = await load(A5_PATH);
  const a4 = await load(A4_PATH);
  const a5Pages = await textItems(a5);
  const a4Pages = await textItems(a4);
  const last = a5.numPages;

  /** Is this item in the page's head or foot band, outside the text block? */
  const inHead = (item: Item, n: number) => item.y > a5Pages[n - 1]!.size.height - (n === 1 || n === last ? MARGIN.covers : MARGIN.top);
  const inFoot = (item: Item, n: number) => item.y < (n === 1 || n === last ? MARGIN.covers : MARGIN.bottom);
  const bodyItems = (n: number) => a5Pages[n - 1]!.items.filter((i) => !inHead(i, n) && !inFoot(i, n));

  test(`${spec.name}: both PDFs are dated with the edition the booklet page prints`, async () => {
    const printed = html.match(/class="edition"[^>]*>[^<]*<time datetime="(\d{4}-\d{2}-\d{2})"/)?.[1];
    assert.ok(printed, 'the cover prints no edition date');
    for (const path of [A5_PATH, A4_PATH]) {
      const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
      assert.equal(doc.getCreationDate()?.toISOString().slice(0, 10), printed, path);
    }
  });

  test(`${spec.name}: ${spec.minPages} to ${spec.maxPages} A5 pages, a multiple of 4 (notes pages at the end), title, author, language, bookmarks, tags, at most 2 MB`, async () => {
    assert.ok(a5.numPages >= spec.minPages && a5.numPages <= spec.maxPages, `${a5.numPages} pages`);
    assert.equal(a5.numPages % 4, 0, `${a5.numPages} pages: the imposed copy would need blank pages`);
    // Pages the imposition needs are notes pages, just before the back cover (none when the notes page
    // was dropped because the booklet was one page over); never a blank page.
    const texts = a5Pages.map((p) => squeeze(p.items.map((i) => i.str).join('')));
    const notes = texts.flatMap((t, i) => (t === 'Notes' ? [i] : []));
    assert.deepEqual(notes, Array.from({ length: notes.length }, (_, k) => last - 1 - notes.length + k), `notes pages at ${notes.map((i) => i + 1).join(', ')}`);
    assert.deepEqual(texts.flatMap((t, i) => (t === '' ? [i + 1] : [])), [], 'blank pages');
    a5Pages.forEach(({ size }, i) => {
      assert.ok(Math.abs(size.width - A5.width) <= 1 && Math.abs(size.height - A5.height) <= 1, `page ${i + 1}: ${size.width} × ${size.height} pt`);
    });
    const { info } = (await a5.getMetadata()) as { info: Record<string, string> };
    assert.match(info.Title ?? '', /Sous contrôle/);
    assert.equal(info.Author, 'Sous contrôle');
    assert.equal(info.Language, 'fr-FR');
    const outline = (await a5.getOutline()) ?? [];
    const bookmarks = JSON.stringify(outline.map(function flat(o): unknown { return [o.title, o.items.map(flat)]; }));
    for (const part of [...html.matchAll(/<h2 id="partie-[^"]+" class="part-title"[^>]*>([^<]*)<\/h2>/g)].map((m) => decode(m[1]!))) {
      assert.ok(bookmarks.includes(JSON.stringify(part)), `no bookmark for the part "${part}"`);
    }
    // Each bookmark reads as its heading, spaces included (not "contrôlede la" where a line wrapped).
    const headingTexts = new Set([...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, '')).replace(/[ \t\n\r]+/g, ' ').trim()));
    const titles: string[] = [];
    const collect = (items: typeof outline) => items.forEach((o) => { titles.push(o.title); collect(o.items); });
    collect(outline);
    assert.ok(titles.length > 20, `${titles.length} bookmarks`);
    assert.deepEqual(titles.filter((t) => !headingTexts.has(t)), []);
    const doc = await PDFDocument.load(readFileSync(A5_PATH), { updateMetadata: false });
    const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
    assert.equal(markInfo?.get(PDFName.of('Marked')), PDFBool.True, 'tagged PDF');
    assert.ok(statSync(A5_PATH).size <= 2_000_000, `${statSync(A5_PATH).size} bytes`);
  });

  test(`${spec.name}: every font of both PDFs is embedded`, async () => {
    for (const path of [A5_PATH, A4_PATH]) {
      const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
      const fonts = doc.context.enumerateIndirectObjects()
        .map(([, object]) => object)
        .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Font'));
      assert.ok(fonts.length > 0, `${path}: no font at all`);
      for (const font of fonts) {
        const subtype = font.get(PDFName.of('Subtype'));
        if (subtype === PDFName.of('Type3')) continue; // glyphs drawn in the file itself
        const name = String(font.get(PDFName.of('BaseFont')));
        const holder = subtype === PDFName.of('Type0')
          ? doc.context.lookup(font.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict)
          : font;
        const descriptor = holder.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
        assert.ok(descriptor, `${path}: font ${name} has no descriptor`);
        assert.ok(['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k))), `${path}: font ${name} is not embedded`);
      }
    }
  });

  test(`${spec.name}: each table-of-contents entry gives the page where its title stands as a heading`, () => {
    assert.ok(tocTitles.length >= 10, `${tocTitles.length} entries in the HTML contents`);
    // Read the printed contents: after the "Sommaire" heading, a title over one or more lines, its page number at the right.
    const start = a5Pages.findIndex((p, i) => i > 0 && p.items.some((it) => it.str.trim() === 'Sommaire'));
    assert.ok(start > 0, 'no "Sommaire" page');
    const tocLines: { text: string; number?: number }[] = [];
    const tocPages = new Set<number>();
    for (let n = start + 1; n <= last && tocLines.length < tocTitles.length * 4; n++) {
      tocPages.add(n);
      for (const line of lines(bodyItems(n))) {
        const tail = line.at(-1)!;
        const numbered = /^\d+$/.test(tail.str.trim()) && tail.x > a5Pages[n - 1]!.size.width * 0.6;
        tocLines.push({ text: squeeze((numbered ? line.slice(0, -1) : line).map((i) => i.str).join('')), number: numbered ? Number(tail.str) : undefined });
      }
      if (tocLines.filter((l) => l.number !== undefined).length >= tocTitles.length) break;
    }
    let cursor = tocLines.findIndex((l) => l.text === 'Sommaire') + 1;
    const entries = tocTitles.map((title) => {
      let text = '';
      let number: number | undefined;
      while (cursor < tocLines.length && number === undefined) {
        text += tocLines[cursor]!.text;
        number = tocLines[cursor]!.number;
        cursor++;
      }
      assert.equal(text, squeeze(title), 'the printed contents follow the HTML contents');
      assert.ok(number !== undefined, `no page number for "${title}"`);
      return { title, number: number! };
    });

    // Headings are set at 11 pt and more, body text at 10 pt: a title "stands" on the first page,
    // outside the contents, whose heading-sized text contains it.
    const headingText = (n: number) => squeeze(bodyItems(n).filter((i) => i.height >= 11).map((i) => i.str).join(''));
    for (const { title, number } of entries) {
      assert.ok(number >= 1 && number <= last, `"${title}": page ${number} of ${last}`);
      const first = Array.from({ length: last }, (_, i) => i + 1).find((n) => !tocPages.has(n) && headingText(n).includes(squeeze(title)));
      assert.equal(first, number, `"${title}" is printed as page ${number} in the contents`);
    }
  });

  test(`${spec.name}: no text runs outside the margins; only the running head and the page number stand in them`, () => {
    const heads = new Set(['Sous contrôle', ...[...html.matchAll(/class="part-title"[^>]*>([^<]*)</g)].map((m) => decode(m[1]!))].map(squeeze));
    a5Pages.forEach(({ size, items }, i) => {
      const n = i + 1;
      const covers = n === 1 || n === last;
      const left = covers ? MARGIN.covers : n % 2 === 1 ? MARGIN.inner : MARGIN.outer;
      const right = size.width - (covers ? MARGIN.covers : n % 2 === 1 ? MARGIN.outer : MARGIN.inner);
      for (const item of items) {
        const where = `page ${n}: "${item.str}" at x ${item.x.toFixed(1)}–${(item.x + item.width).toFixed(1)}, y ${item.y.toFixed(1)}`;
        assert.ok(item.x >= left - TOLERANCE && item.x + item.width <= right + TOLERANCE, `${where}, outside ${left.toFixed(1)}–${right.toFixed(1)}`);
        assert.ok(item.y >= 5 * MM && item.y + item.height <= size.height - 5 * MM, `${where}: off the printable area`);
        // Glyphs rise about three quarters of the font size above the baseline (capitals, most ascenders).
        if (!inHead(item, n) && !inFoot(item, n)) {
          assert.ok(item.y + 0.75 * item.height <= size.height - (covers ? MARGIN.covers : MARGIN.top) + TOLERANCE, `${where}: in the top margin`);
        }
      }
      const head = squeeze(items.filter((it) => inHead(it, n)).map((it) => it.str).join(''));
      assert.ok(head === '' || heads.has(head), `page ${n}: "${head}" in the top margin is not a running head`);
      const foot = items.filter((it) => inFoot(it, n)).map((it) => it.str.trim()).join('');
      assert.ok(foot === '' || foot === String(n), `page ${n}: "${foot}" in the bottom margin is not its page number`);
    });
  });

  test(`${spec.name}: no page ends with a heading (text of 11 pt and more) left alone at its foot`, () => {
    for (let n = 2; n < last; n++) {
      const body = lines(bodyItems(n));
      const foot = body.at(-1);
      if (!foot) continue;
      // A notes page is its heading over ruled lines.
      if (body.length === 1 && squeeze(foot.map((i) => i.str).join('')) === 'Notes') continue;
      assert.ok(Math.max(...foot.map((i) => i.height)) < 11, `page ${n} ends with "${foot.map((i) => i.str).join('')}"`);
    }
  });

  test(`${spec.name}: no page holds only a list of sources, or the tail of one`, () => {
    // Each printed list of sources (Sources.astro, variant "booklet"), heading and entries, as one string.
    const lists = [...html.matchAll(/<section class="booklet-sources"[^>]*>([\s\S]*?)<\/section>/g)]
      .map((m) => squeeze(decode(m[1]!.replace(/<[^>]+>/g, ''))));
    assert.ok(spec.name === "L'essentiel" || lists.length > 10, `${lists.length} lists of sources in the HTML`);
    const alone: string[] = [];
    for (let n = 2; n < last; n++) {
      // An entry's number is a list marker, not in the HTML's text: dropped when it stands as its own item.
      const text = lines(bodyItems(n)).map((line) => squeeze(line.filter((it, k) => !(k === 0 && /^\d+\.$/.test(it.str.trim()))).map((i) => i.str).join(''))).join('');
      if (text !== '' && lists.some((l) => l.includes(text))) alone.push(`page ${n}: "${text.slice(0, 60)}…"`);
    }
    assert.deepEqual(alone, [], 'pages whose whole text is inside one list of sources (src/lib/keep-sources.ts)');
  });

  test(`${spec.name}: the A4 copy: landscape sides, ceil(n/4)*2 of them, each half holding the page the saddle-stitch order asks for`, () => {
    const sides = saddleStitchSides(a5.numPages);
    assert.equal(a4.numPages, Math.ceil(a5.numPages / 4) * 2);
    assert.equal(sides.length, a4.numPages);
    const pageText = (n: number) => squeeze(a5Pages[n]!.items.map((i) => i.str).join(''));
    a4Pages.forEach(({ size, items }, s) => {
      assert.ok(Math.abs(size.width - A4_LANDSCAPE.width) <= 1 && Math.abs(size.height - A4_LANDSCAPE.height) <= 1, `side ${s + 1}: ${size.width} × ${size.height} pt`);
      const half = (onLeft: boolean) => squeeze(items.filter((i) => (i.x < size.width / 2) === onLeft).map((i) => i.str).join(''));
      const [left, right] = sides[s]!;
      assert.equal(half(true), left === null ? '' : pageText(left), `side ${s + 1}, left half`);
      assert.equal(half(false), right === null ? '' : pageText(right), `side ${s + 1}, right half`);
    });
    // The first side holds the back cover (last page) on the left and the cover on the right.
    assert.deepEqual(sides[0], [a5.numPages - 1, 0]);
    assert.ok(pageText(0).includes(squeeze('Sous contrôle')));
  });
}

for (const spec of BOOKLETS) await checkBooklet(spec);

test('each booklet page, and the home page for the full guide, states the real page count and size of its PDFs', async () => {
  for (const spec of BOOKLETS) {
    const home = join(STATIC_PAGES.accueil, 'index.html');
    const own = join(spec.files.page, 'index.html');
    const pages = spec.files.page === STATIC_PAGES.livret ? [own, home] : [own];
    for (const page of pages) {
      const text = decode(readFileSync(join(DIST, page), 'utf8'));
      for (const href of [spec.files.a5, spec.files.a4]) {
        const path = join(DIST, href);
        const count = (await PDFDocument.load(readFileSync(path), { updateMetadata: false })).getPageCount();
        const facts = `(PDF, ${count}\u00A0pages, ${formatSize(statSync(path).size)})`;
        assert.match(text, new RegExp(`href="${href}"[^>]*>[^<]+</a> <span class="pdf-facts">${facts.replace(/[()]/g, '\\$&')}</span>`), `${page}: ${href}`);
      }
    }
  }
});

test("L'essentiel fits 8 A4 sheets folded: at most 16 imposed sides", async () => {
  const doc = await PDFDocument.load(readFileSync(join(DIST, bookletFiles(ESSENTIAL_FILES).a4)), { updateMetadata: false });
  assert.ok(doc.getPageCount() <= 16, `${doc.getPageCount()} sides`);
});
