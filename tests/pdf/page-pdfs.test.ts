/**
 * The PDFs printed one per fiche and per letter, and the writing boxes of every PDF of the build:
 * each fiche on one A4 sheet (2 pages at most) with its body text at 9.5 pt or more, each page linking its PDF with the real page count,
 * and no letter's writing box cut by a page break in any PDF. The build keeps each box's label and
 * height in the PDF (Info key WritingBoxes, src/integrations/booklet/pages.ts); the test finds the
 * label's place in the PDF's text and checks that the box's bottom stays above the page's bottom margin.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { formatSize } from '../../src/lib/booklet.ts';
import { bookletFiles, ESSENTIAL_FILES, FULL_GUIDE_FILES, pagePdf } from '../../src/lib/pages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };

const ids = (folder: string) => readdirSync(join(DIST, folder), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const FICHES = ids('fiches');
const LETTRES = ids('lettres');
const pdfOf = (folder: 'fiches' | 'lettres', id: string) => join(DIST, pagePdf(folder === 'fiches' ? 'fiche' : 'lettre', id));
for (const [folder, list] of [['fiches', FICHES], ['lettres', LETTRES]] as const) {
  for (const id of list) {
    if (!existsSync(pdfOf(folder, id))) throw new Error(`${pdfOf(folder, id)} is missing: build the site first (npm run build), with a Chromium and without SKIP_PDF.`);
  }
}

const squeeze = (s: string) => s.normalize('NFKC').replace(/[\s\u00A0\u202F]+/g, '');

interface Box { label: string; height: number }

async function writingBoxes(path: string): Promise<Box[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const info = (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict().lookup(PDFName.of('WritingBoxes'));
  if (!(info instanceof PDFHexString || info instanceof PDFString)) return [];
  return JSON.parse(info.decodeText()) as Box[];
}

/** For each box, in order, the page of its label and how far its bottom lies above the page's bottom edge. */
async function boxBottoms(path: string, boxes: Box[]): Promise<{ label: string; page: number; bottom: number }[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
  const pages: { text: string; at: { y: number; size: number }[] }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const items = (await (await doc.getPage(n)).getTextContent()).items
      .filter((i): i is typeof i & { str: string; transform: number[]; height: number } => 'str' in i && i.str.trim() !== '');
    let text = '';
    const at: { y: number; size: number }[] = [];
    for (const i of items) {
      const s = squeeze(i.str);
      text += s;
      for (let k = 0; k < s.length; k++) at.push({ y: i.transform[5]!, size: i.height });
    }
    pages.push({ text, at });
  }
  let page = 0;
  let offset = 0;
  return boxes.map((box) => {
    const needle = squeeze(box.label).slice(0, 18);
    for (; page < pages.length; page++, offset = 0) {
      const found = pages[page]!.text.indexOf(needle, offset);
      if (found === -1) continue;
      offset = found + needle.length;
      const { y, size } = pages[page]!.at[found]!;
      // The label is the box's first line: the box starts about one line above its baseline.
      return { label: box.label, page: page + 1, bottom: y + size - box.height };
    }
    throw new Error(`${path}: the label "${box.label}" is not in the PDF's text`);
  });
}

/** How many characters of a PDF's text are set at each size (pt, to 0.1). */
async function textSizes(path: string): Promise<Map<number, number>> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
  const chars = new Map<number, number>();
  for (let n = 1; n <= doc.numPages; n++) {
    for (const i of (await (await doc.getPage(n)).getTextContent()).items) {
      if (!('str' in i) || !i.str.trim()) continue;
      const size = Math.round(Math.hypot(i.transform[0]!, i.transform[1]!) * 10) / 10;
      chars.set(size, (chars.get(size) ?? 0) + i.str.length);
    }
  }
  return chars;
}

test('every fiche has its own PDF of at most 2 A4 pages (one sheet, front and back)', async () => {
  assert.ok(FICHES.length >= 3, `${FICHES.length} fiches`);
  for (const id of FICHES) {
    const doc = await PDFDocument.load(readFileSync(pdfOf('fiches', id)), { updateMetadata: false });
    assert.ok(doc.getPageCount() <= 2, `fiches/${id}: ${doc.getPageCount()} pages, at most 2`);
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      assert.ok(Math.abs(width - A4.width) < 1 && Math.abs(height - A4.height) < 1, `fiches/${id}: ${width} × ${height}`);
    }
  }
});

// The sheet holds by its layout, not by shrinking the text: people with poor eyesight read these. The body
// (the size most characters are set at) stays at 9.5 pt or more; notes, sources and addresses at 8 pt or more.
test('every fiche PDF sets its body text at 9.5 pt or more, and nothing under 8 pt', async () => {
  for (const id of FICHES) {
    const sizes = [...await textSizes(pdfOf('fiches', id))];
    const body = sizes.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const smallest = Math.min(...sizes.map(([size]) => size));
    assert.ok(body >= 9.5, `fiches/${id}: most of the text is set at ${body} pt`);
    assert.ok(smallest >= 8, `fiches/${id}: some text is set at ${smallest} pt`);
  }
});

test('each fiche and letter page links its PDF, saying how many pages it has and how heavy it is', async () => {
  for (const [folder, list, what] of [['fiches', FICHES, 'Imprimer cette fiche'], ['lettres', LETTRES, 'Imprimer cette lettre']] as const) {
    for (const id of list) {
      const path = pdfOf(folder, id);
      const count = (await PDFDocument.load(readFileSync(path), { updateMetadata: false })).getPageCount();
      const html = readFileSync(join(DIST, folder, id, 'index.html'), 'utf8');
      const facts = `(PDF, ${count}\u00A0page${count > 1 ? 's' : ''}, ${formatSize(statSync(path).size)})`;
      const link = new RegExp(`<a href="/${folder}/${id}/${id}\\.pdf" type="application/pdf" download>${what}[^<]*</a> <span class="pdf-facts">${facts.replace(/[()]/g, '\\$&')}</span>`);
      assert.match(html, link, `${folder}/${id}`);
      assert.doesNotMatch(html, /page-pdf/, `${folder}/${id}: the marker is left`);
    }
  }
});

test('no writing box of a letter runs across a page break, in the letters\' PDFs and in the booklets', async () => {
  const booklets = [FULL_GUIDE_FILES, ESSENTIAL_FILES].map((b) => ({ path: join(DIST, bookletFiles(b).a5), margin: 16 * MM }));
  const letters = LETTRES.map((id) => ({ path: pdfOf('lettres', id), margin: 14 * MM }));
  let checked = 0;
  for (const { path, margin } of [...letters, ...booklets]) {
    const boxes = await writingBoxes(path);
    assert.ok(boxes.length > 0, `${path}: no writing box recorded`);
    for (const b of await boxBottoms(path, boxes)) {
      assert.ok(b.bottom >= margin - 2, `${path}, page ${b.page}: the box "${b.label}" ends ${(margin - b.bottom).toFixed(0)} pt below the text area: it is cut by the page break`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `${checked} boxes checked`);
});
