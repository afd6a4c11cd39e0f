/**
 * The PDF files of the booklet with pdf-lib: the reading copy's metadata, and the A4 copy imposed
 * for saddle stitching (two A5 pages on each side of a landscape A4 sheet).
 */
import {
  PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFObjectCopier, PDFRawStream, PDFString, ParseSpeeds,
  concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState,
  type PDFPage, type PDFRef,
} from 'pdf-lib';
import { saddleStitchSides } from '../../lib/booklet.ts';
import { WRITING_BOXES_KEY, type WritingBox } from './pages.ts';

/** A4 landscape, in points. */
export const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

// pdf-lib yields to the event loop every 100 objects by default: several times slower here.
const FAST_SAVE = { objectsPerTick: Infinity } as const;

export interface Metadata { title: string; author: string; subject: string; keywords: string[]; language: string; date: Date }

function setMetadata(doc: PDFDocument, m: Metadata, producer: string): void {
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  doc.setAuthor(m.author);
  doc.setSubject(m.subject);
  doc.setKeywords(m.keywords);
  doc.setLanguage(m.language);
  doc.setCreator(m.author);
  doc.setProducer(producer);
  doc.setCreationDate(m.date);
  doc.setModificationDate(m.date);
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Chromium names each bookmark after its heading's lines put end to end, without the space where
 * the line wrapped ("Comment se passe un contrôlede la recherche"). Gives each bookmark its
 * heading's text back; returns how many were fixed.
 */
export function fixBookmarkTitles(doc: PDFDocument, headings: string[]): number {
  // Collapse ASCII white space only: the no-break spaces of French typography stay.
  const byShape = new Map(headings.map((h) => h.replace(/[ \t\n\r]+/g, ' ').trim()).map((h) => [squeeze(h), h]));
  let fixed = 0;
  const walk = (first: unknown) => {
    // `lookup` is typed as a union that TypeScript reduces to never after instanceof: keep it a PDFDict.
    const dictAt = (ref: unknown): PDFDict | undefined => {
      const obj = doc.context.lookup(ref as Parameters<typeof doc.context.lookup>[0]) as unknown;
      return obj instanceof PDFDict ? obj : undefined;
    };
    for (let item = dictAt(first); item; item = dictAt(item.get(PDFName.of('Next')))) {
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const text = title.decodeText();
        const heading = byShape.get(squeeze(text));
        if (heading && heading !== text) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
          fixed++;
        }
      }
      walk(item.get(PDFName.of('First')));
    }
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (outlines) walk(outlines.get(PDFName.of('First')));
  return fixed;
}

/**
 * Each page of `src` as a form XObject of `out`. The page's content stream is reused as it is,
 * still compressed (pdf-lib's embedPages would inflate and deflate every page again); resources
 * go through one copier, so fonts shared by all pages are copied once.
 */
function pagesAsForms(src: PDFDocument, out: PDFDocument): { ref: PDFRef; width: number; height: number }[] {
  const copier = PDFObjectCopier.for(src.context, out.context);
  return src.getPages().map((page: PDFPage, i) => {
    // Not normalizedEntries(): it would wrap the content in two more streams (q … Q).
    const resources = page.node.Resources();
    const contents = src.context.lookup(page.node.get(PDFName.of('Contents')));
    const only = contents instanceof PDFArray && contents.size() === 1 ? src.context.lookup(contents.get(0)) : contents;
    if (!(only instanceof PDFRawStream)) throw new Error(`A5 page ${i + 1}: expected one content stream, as Chromium writes.`);
    const { width, height } = page.getSize();
    const dict = out.context.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height] });
    if (resources) dict.set(PDFName.of('Resources'), copier.copy(resources));
    for (const key of ['Filter', 'DecodeParms']) {
      const value = only.dict.get(PDFName.of(key));
      if (value) dict.set(PDFName.of(key), copier.copy(value));
    }
    return { ref: out.context.register(PDFRawStream.of(dict, only.contents)), width, height };
  });
}

/**
 * Brings the booklet to a multiple of 4 pages with its notes page (1-based `notesPage`): copies it
 * once or twice, or drops it when the booklet is one page over. Notes pages and the back cover carry
 * no page number, so no number moves. Returns how many pages were added (negative: removed).
 */
export async function fillWithNotes(doc: PDFDocument, notesPage: number | null): Promise<number> {
  const missing = (4 - (doc.getPageCount() % 4)) % 4;
  if (notesPage === null || missing === 0) return 0;
  const index = notesPage - 1;
  if (missing === 3) {
    doc.removePage(index);
    // pdf-lib 1.17 keeps its list of pages from before removePage: getPages() would still hand the
    // removed page to the A4 imposition (two sides too many).
    (doc as unknown as { pageCache: { invalidate(): void } }).pageCache.invalidate();
    if (doc.getPages().length !== doc.getPageCount()) throw new Error('pdf-lib: the page list did not follow removePage.');
    return -1;
  }
  for (let k = 0; k < missing; k++) {
    const [copy] = await doc.copyPages(doc, [index]);
    // The copy would claim the original's place in the tag tree.
    copy!.node.delete(PDFName.of('StructParents'));
    doc.insertPage(index + 1, copy!);
  }
  return missing;
}

/**
 * The reading copy (A5, with metadata, bookmarks opened, notes pages up to a multiple of 4) and the A4 copy: sides in print order
 * (see saddleStitchSides), each A5 page at full size, the pair centred on the sheet, blank pages
 * left empty.
 */
export async function finishBooklet(raw: Uint8Array, m: Metadata, headings: string[], notesPage: number | null = null, boxes: WritingBox[] = []):
  Promise<{ a5: Uint8Array; laidOut: number; pages: number; a4: Uint8Array; sides: number }> {
  const doc = await PDFDocument.load(raw, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  const laidOut = doc.getPageCount();
  await fillWithNotes(doc, notesPage);
  if (boxes.length) (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict().set(PDFName.of(WRITING_BOXES_KEY), PDFHexString.fromText(JSON.stringify(boxes)));
  setMetadata(doc, m, 'Chromium, Paged.js, pdf-lib');
  fixBookmarkTitles(doc, headings);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  const a5 = await doc.save(FAST_SAVE);

  const out = await PDFDocument.create({ updateMetadata: false });
  const forms = pagesAsForms(doc, out);
  const [width, height] = A4_LANDSCAPE;
  for (const [left, right] of saddleStitchSides(forms.length)) {
    const side = out.addPage([width, height]);
    for (const [index, onLeft] of [[left, true], [right, false]] as const) {
      if (index === null) continue;
      const form = forms[index]!;
      const x = onLeft ? width / 2 - form.width : width / 2;
      const name = side.node.newXObject('Page', form.ref);
      side.pushOperators(
        pushGraphicsState(),
        concatTransformationMatrix(1, 0, 0, 1, x, (height - form.height) / 2),
        drawObject(name),
        popGraphicsState(),
      );
    }
  }
  setMetadata(out, { ...m, title: `${m.title} (A4 à plier)` }, 'pdf-lib');
  return { a5, laidOut, pages: doc.getPageCount(), a4: await out.save(FAST_SAVE), sides: out.getPageCount() };
}
