/** The booklet's order, edition date and A4 imposition (src/lib/booklet.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bookletItems, bookletParts, bookletTargets, editionDate, formatSize, paddedPages, saddleStitchSides, shortUrl,
  type BookletEntry, type Side,
} from '../../src/lib/booklet.ts';
import { BOOKLET_PARTS } from '../../src/lib/themes.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const entry = (id: string, partie?: string, ordre?: number, verifie = '2026-01-01', brouillon = false): BookletEntry => ({
  id, data: { titre: id, verifie: d(verifie), brouillon, livret: partie ? { partie, ordre: ordre! } : undefined },
});

test('parts follow BOOKLET_PARTS and pages follow livret.ordre, whatever the input order', () => {
  const parts = bookletParts({
    article: [entry('b', 'controle', 2), entry('z', 'aide', 1), entry('a', 'controle', 1)],
    fiche: [entry('f', 'fiches', 1)],
    lettre: [entry('l2', 'lettres', 7), entry('l1', 'lettres', 3)],
  });
  assert.deepEqual(parts.map((p) => p.id), ['controle', 'aide', 'fiches', 'lettres']);
  assert.deepEqual(bookletItems(parts).map((i) => i.entry.id), ['a', 'b', 'z', 'f', 'l1', 'l2']);
  const order = BOOKLET_PARTS.map((p) => p.id as string);
  const positions = parts.map((p) => order.indexOf(p.id));
  assert.deepEqual(positions, [...positions].sort((x, y) => x - y));
});

test('each item knows its kind, its anchor and the page it comes from', () => {
  const [part] = bookletParts({ fiche: [entry('contrainte', 'argent', 1)] });
  assert.equal(part!.anchor, 'partie-argent');
  assert.deepEqual(
    { kind: part!.items[0]!.kind, anchor: part!.items[0]!.anchor, path: part!.items[0]!.path },
    { kind: 'fiche', anchor: 'fiche-contrainte', path: '/fiches/contrainte/' },
  );
});

test('pages without livret, and drafts, stay out; empty parts are dropped', () => {
  const parts = bookletParts({ article: [entry('in', 'recours', 1), entry('out'), entry('draft', 'controle', 1, '2026-01-01', true)] });
  assert.deepEqual(parts.map((p) => p.id), ['recours']);
  assert.deepEqual(bookletItems(parts).map((i) => i.entry.id), ['in']);
});

test('two pages in the same place fail, naming both files', () => {
  assert.throws(
    () => bookletParts({ article: [entry('un', 'controle', 2)], fiche: [entry('deux', 'controle', 2)] }),
    /content\/fiches\/deux and content\/articles\/un both take livret \{ partie: controle, ordre: 2 \}/,
  );
});

test('an unknown part or a bad order fails, naming the file and the field', () => {
  assert.throws(() => bookletParts({ lettre: [entry('x', 'annexes', 1)] }), /content\/lettres\/x: field "livret.partie" is "annexes"/);
  assert.throws(() => bookletParts({ article: [entry('y', 'aide', 0)] }), /content\/articles\/y: field "livret.ordre"/);
});

test('the edition date is the latest "vérifié le" of the pages in the booklet, and an empty booklet is an error', () => {
  const parts = bookletParts({
    article: [entry('a', 'controle', 1, '2026-03-01'), entry('b', 'aide', 1, '2026-11-23'), entry('hors-livret', undefined, undefined, '2026-12-01')],
  });
  assert.equal(editionDate(parts).toISOString().slice(0, 10), '2026-11-23');
  assert.throws(() => editionDate([]), /The booklet is empty/);
});

test('links between pages of the booklet resolve to their anchors', () => {
  const targets = bookletTargets(bookletParts({ article: [entry('a', 'controle', 1)], lettre: [entry('l', 'lettres', 1)] }));
  assert.equal(targets.get('/articles/a/'), 'article-a');
  assert.equal(targets.get('/lettres/l/'), 'lettre-l');
  assert.equal(targets.get('/articles/absent/'), undefined);
});

test('blank pages pad the booklet to a multiple of 4, just before the back cover', () => {
  assert.deepEqual(paddedPages(4), [0, 1, 2, 3]);
  assert.deepEqual(paddedPages(6), [0, 1, 2, 3, 4, null, null, 5]);
  assert.deepEqual(paddedPages(1), [0, null, null, null]);
  assert.throws(() => paddedPages(0), /at least one page/);
  assert.throws(() => paddedPages(2.5), /at least one page/);
});

test('the outer sheet carries the last and first pages, then the second and the one before last', () => {
  assert.deepEqual(saddleStitchSides(8), [[7, 0], [1, 6], [5, 2], [3, 4]]);
  assert.deepEqual(saddleStitchSides(5).slice(0, 2), [[4, 0], [1, null]]);
});

/**
 * An independent model of the paper: stack the sheets (sheet 1 outside), fold them in the middle,
 * and turn the pages. A folded sheet shows, in reading order: front right, back left … then, in the
 * second half of the booklet, back right, front left. Printing double-sided with a flip on the short
 * edge puts each back side the right way up behind its front.
 */
function readFolded(sides: Side[]): (number | null)[] {
  const sheets: { front: Side; back: Side }[] = [];
  for (let i = 0; i < sides.length; i += 2) sheets.push({ front: sides[i]!, back: sides[i + 1]! });
  const firstHalf = sheets.flatMap((s) => [s.front[1], s.back[0]]);
  const secondHalf = [...sheets].reverse().flatMap((s) => [s.back[1], s.front[0]]);
  return [...firstHalf, ...secondHalf];
}

test('printed, stacked and folded, every booklet from 1 to 60 pages reads in order', () => {
  for (let n = 1; n <= 60; n++) {
    const sides = saddleStitchSides(n);
    assert.equal(sides.length, Math.ceil(n / 4) * 2, `${n} pages`);
    const read = readFolded(sides);
    assert.deepEqual(read, paddedPages(n), `${n} pages`);
    assert.deepEqual(read.filter((p) => p !== null), Array.from({ length: n }, (_, i) => i), `${n} pages: each page once`);
    assert.deepEqual(sides[0], n === 1 ? [null, 0] : [n - 1, 0], `${n} pages: first side`);
  }
});

test('addresses are printed short, sizes the French way', () => {
  assert.equal(shortUrl('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679604'), 'legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679604');
  assert.equal(shortUrl('https://sous-controle.fr/'), 'sous-controle.fr');
  assert.equal(shortUrl('http://example.org/a/?q=1'), 'example.org/a/?q=1');
  assert.equal(formatSize(850_400), '850\u00A0ko');
  assert.equal(formatSize(1_449_999), '1,4\u00A0Mo');
  assert.equal(formatSize(120), '1\u00A0ko');
  assert.throws(() => formatSize(-1), /Not a file size/);
});
