import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, isStale } from '../../src/lib/dates.ts';
import { groupByTheme, latestVerified, neighbours, published } from '../../src/lib/collections.ts';
import { blanks, checkLetter, letterParagraphs } from '../../src/lib/letters.ts';
import { sortGlossary } from '../../src/lib/glossary.ts';
import { freshness, monthsBetween, staleReport } from '../../src/lib/freshness.ts';
import { azIndex } from '../../src/lib/search-index.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const page = (id: string, theme: string, ordre?: number, verifie = '2026-01-01', brouillon = false) => ({
  id, data: { titre: id.toUpperCase(), theme, verifie: d(verifie), brouillon, livret: ordre ? { partie: theme, ordre } : undefined },
});

test('dates are written the French way', () => {
  assert.equal(formatDate(d('2025-06-01')), '1er juin 2025');
  assert.equal(formatDate(d('2026-11-23')), '23 novembre 2026');
});

test('a date older than 12 months is stale, not one just inside', () => {
  assert.equal(isStale(d('2025-11-22'), d('2026-11-23')), true);
  assert.equal(isStale(d('2025-11-23'), d('2026-11-23')), false);
  assert.deepEqual(freshness(d('2026-01-01'), d('2026-11-23')), { stale: false, reasons: [] });
  assert.equal(freshness(d('2026-01-01'), d('2026-11-23'), ['texte modifié']).stale, true);
});

test('the freshness report lists pages older than 12 months, oldest first, with their age', () => {
  assert.equal(monthsBetween(d('2025-11-23'), d('2026-11-23')), 12);
  assert.equal(monthsBetween(d('2025-11-24'), d('2026-11-23')), 11);
  assert.equal(monthsBetween(d('2024-01-31'), d('2024-03-01')), 1);
  const pages = [
    { file: 'articles/a.md', titre: 'A', verifie: d('2025-06-01') },
    { file: 'articles/b.md', titre: 'B', verifie: d('2026-11-01') },
    { file: 'fiches/c.md', titre: 'C', verifie: d('2024-01-15') },
    { file: 'lettres/d.md', titre: 'D', verifie: d('2025-11-23') },
  ];
  assert.deepEqual(staleReport(pages, d('2026-11-23')).map((p) => [p.file, p.months]), [['fiches/c.md', 34], ['articles/a.md', 17]]);
  assert.deepEqual(staleReport([], d('2026-11-23')), []);
});

test('drafts are left out; themes keep their fixed order; order within a theme follows the booklet', () => {
  const list = [page('c', 'recours', 1), page('b', 'controle', 2), page('a', 'controle', 1), page('x', 'controle', 3, '2026-01-01', true)];
  assert.deepEqual(published(list).map((p) => p.id), ['c', 'b', 'a']);
  const groups = groupByTheme(list);
  assert.deepEqual(groups.map((g) => g.theme.id), ['controle', 'recours']);
  assert.deepEqual(groups[0]!.entries.map((e) => e.id), ['a', 'b']);
});

test('previous and next stay within the theme', () => {
  const list = [page('a', 'controle', 1), page('b', 'controle', 2), page('c', 'recours', 1)];
  const n = neighbours(list, list[1]!);
  assert.equal(n.prev?.id, 'a');
  assert.equal(n.next, undefined);
});

test('latest verified first', () => {
  const list = [page('a', 'controle', 1, '2025-01-01'), page('b', 'controle', 2, '2026-05-01')];
  assert.deepEqual(latestVerified(list, 1).map((p) => p.id), ['b']);
});

test('letter blanks must match the declared fields', () => {
  const body = 'Madame, Monsieur,\n\nMon identifiant : {{identifiant}}.\n\n{{nom}}';
  assert.deepEqual(blanks(body), ['identifiant', 'nom']);
  assert.doesNotThrow(() => checkLetter('x', body, [{ nom: 'identifiant', libelle: 'Identifiant' }]));
  assert.throws(() => checkLetter('content/lettres/x', body, []), /content\/lettres\/x.*identifiant/);
  assert.throws(() => checkLetter('x', body, [{ nom: 'identifiant', libelle: 'I' }, { nom: 'montant', libelle: 'M' }]), /montant/);
});

test('a letter splits into paragraphs of text and labelled blanks', () => {
  const paras = letterParagraphs('Bonjour,\n\nJe suis {{identifiant}}.', [{ nom: 'identifiant', libelle: 'Votre identifiant' }]);
  const shown = paras.map((p) => p.map((piece) => ('text' in piece ? piece.text : `[${piece.field}: ${piece.label}]`)));
  assert.deepEqual(shown, [['Bonjour,'], ['Je suis ', '[identifiant: Votre identifiant]', '.']]);
});

test('glossary: French order ignoring accents, A–Z letters, unknown "voir aussi" fails', () => {
  const g = (id: string, terme: string, voirAussi: string[] = []) => ({ id, data: { terme, definition: 'déf', voirAussi } });
  const { letters, terms } = sortGlossary([g('indu', 'Indu'), g('ecart', 'Écart', ['indu']), g('are', 'ARE')]);
  assert.deepEqual(terms.map((t) => t.id), ['are', 'ecart', 'indu']);
  assert.deepEqual(letters, ['A', 'E', 'I']);
  assert.throws(() => sortGlossary([g('a', 'A', ['zzz'])]), /voirAussi.*zzz/);
});

test('the A–Z index lists every published page by its first significant letter', () => {
  const rows = azIndex({ articles: [page('l-etat', 'controle')].map((p) => ({ ...p, data: { ...p.data, titre: "L'état" } })), fiches: [page('f', 'argent')], lettres: [] });
  assert.deepEqual(rows.map((r) => [r.letter, r.href]), [['E', '/articles/l-etat/'], ['F', '/fiches/f/']]);
});
