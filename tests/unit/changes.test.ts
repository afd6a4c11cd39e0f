/** « Ce qui a changé »: the list of changes, its grouping by day, and the Atom feed checked against RFC 4287. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomXml, type AtomFeed } from '../../src/lib/atom.ts';
import { changesByDay, editorialChanges, lawChanges, sortChanges, type HistoryPage } from '../../src/lib/changes.ts';
import { changesFeed } from '../../src/lib/changes-feed.ts';
import type { PageCheck, RefCheck } from '../../src/lib/legal-watch.ts';
import { checkAtom } from '../helpers/atom.ts';

const page = (id: string, titre: string, historique: [string, string][], kind: HistoryPage['kind'] = 'article'): HistoryPage => ({
  kind, id, titre, url: `/${kind === 'article' ? 'articles' : kind === 'fiche' ? 'fiches' : 'lettres'}/${id}/`,
  historique: historique.map(([date, texte]) => ({ date: new Date(`${date}T00:00:00Z`), texte })),
});
const A = page('indu', 'Contester un indu', [['2026-11-23', 'Délai de recours corrigé.'], ['2026-01-10', 'Première publication.']]);
const B = page('radiation', 'La radiation', [['2026-01-10', 'Première publication.']], 'fiche');

const ref = (over: Partial<RefCheck>): RefCheck => ({ code: 'securite-sociale', article: 'L114-19', verdict: 'ok', status: 'en-vigueur', url: 'https://www.legifrance.gouv.fr/x', ...over });
const check = (refs: RefCheck[]): PageCheck => ({ file: 'x.md', verifie: '2026-01-10', refs, reasons: [] });
const indexChange = ref({
  verdict: 'recheck', known: { changement: 'modifie', date: '2026-06-30', version: 'LEGIARTI000054335637', source: 'Index des articles (test)', origin: 'index' },
});
const law = lawChanges([
  { page: A, check: check([indexChange, ref({ article: 'L114-9' })]) },
  { page: B, check: check([indexChange, ref({ code: 'travail', article: 'R5412-7', verdict: 'recheck', since: '2026-03-01' })]) },
]);

test('editorial changes: one per history entry, with the page it concerns', () => {
  const e = editorialChanges([A, B]);
  assert.equal(e.length, 3);
  assert.deepEqual(e.map((c) => [c.date, c.text, c.pages[0]!.url]), [
    ['2026-11-23', 'Délai de recours corrigé.', '/articles/indu/'],
    ['2026-01-10', 'Première publication.', '/articles/indu/'],
    ['2026-01-10', 'Première publication.', '/fiches/radiation/'],
  ]);
  assert.equal(new Set(e.map((c) => c.anchor)).size, 3, 'anchors are unique');
});

test('law changes: one per article, with every page citing it; unchanged articles are left out', () => {
  const plain = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
  assert.deepEqual(law.map((c) => [plain(c.title), c.date, c.pages.map((p) => p.url)]), [
    ['Article L114-19 du code de la sécurité sociale : nouvelle version', '2026-06-30', ['/articles/indu/', '/fiches/radiation/']],
    ['Article R5412-7 du code du travail : nouvelle version', '2026-03-01', ['/fiches/radiation/']],
  ]);
  assert.match(law[0]!.text, /repérée le 30 juin 2026\. Nous n’avons pas encore pu lire le nouveau texte/);
  assert.equal(law[0]!.source?.url, 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000054335637');
  assert.match(law[1]!.text, /a changé le 1er mars 2026/);
});

test('sorting: newest first, law before pages on the same day; days group identical sentences', () => {
  const all = sortChanges([...editorialChanges([A, B]), ...law]);
  assert.deepEqual(all.map((c) => c.date), ['2026-11-23', '2026-06-30', '2026-03-01', '2026-01-10', '2026-01-10']);
  const days = changesByDay(all);
  assert.deepEqual(days.map((d) => d.date), ['2026-11-23', '2026-06-30', '2026-03-01', '2026-01-10']);
  assert.deepEqual(days[3]!.edits.map((e) => [e.text, e.pages.length]), [['Première publication.', 2]]);
});

const SITE = { url: 'https://exemple.fr', nom: 'Sous contrôle', licence: 'CC BY-SA 4.0' };

test('the feed is valid Atom: ids, titles, dates, links, author; law entries name the pages they touch', () => {
  const feed = checkAtom(changesFeed(sortChanges([...editorialChanges([A, B]), ...law]), SITE));
  assert.equal(feed.id, 'https://exemple.fr/changements/');
  assert.equal(feed.updated, '2026-11-23T00:00:00Z', 'the newest change');
  assert.equal(feed.entries.length, 5);
  assert.deepEqual(feed.entries.map((e) => e.updated), ['2026-11-23T00:00:00Z', '2026-06-30T00:00:00Z', '2026-03-01T00:00:00Z', '2026-01-10T00:00:00Z', '2026-01-10T00:00:00Z']);
  assert.equal(feed.entries[0]!.alternate, 'https://exemple.fr/articles/indu/');
  assert.match(feed.entries[1]!.alternate, /^https:\/\/exemple\.fr\/changements\/#loi-2026-06-30-securite-sociale-l114-19$/);
  assert.deepEqual(feed.entries[1]!.related, ['https://exemple.fr/articles/indu/', 'https://exemple.fr/fiches/radiation/']);
});

const minimal: AtomFeed = {
  id: 'https://exemple.fr/', title: 'T', updated: '2026-01-01T00:00:00Z', self: 'https://exemple.fr/f.xml', alternate: 'https://exemple.fr/',
  author: { name: 'A' }, entries: [{ id: 'https://exemple.fr/#1', title: 'Un & <deux>', updated: '2026-01-01T00:00:00Z', links: [{ href: 'https://exemple.fr/?a=1&b=2' }] }],
};

test('the writer escapes text and refuses what would make the feed invalid', () => {
  const parsed = checkAtom(atomXml(minimal));
  assert.equal(parsed.entries[0]!.title, 'Un & <deux>');
  assert.equal(parsed.entries[0]!.alternate, 'https://exemple.fr/?a=1&b=2');
  assert.throws(() => atomXml({ ...minimal, updated: '2026-01-01' }), /not an RFC 3339 date-time/);
  assert.throws(() => atomXml({ ...minimal, entries: [minimal.entries[0]!, minimal.entries[0]!] }), /used twice/);
  assert.throws(() => atomXml({ ...minimal, entries: [{ ...minimal.entries[0]!, links: [{ href: 'https://x.fr/', rel: 'related' }] }] }), /no alternate link/);
});

test('the checker catches broken feeds (so the feed tests can fail)', () => {
  const xml = atomXml(minimal);
  assert.throws(() => checkAtom(xml.replace('</feed>', '')), /./, 'not well-formed');
  assert.throws(() => checkAtom(xml.replace('xmlns="http://www.w3.org/2005/Atom"', '')), /not an Atom feed/);
  assert.throws(() => checkAtom(xml.replace('<author><name>A</name></author>', '')), /no author/);
  assert.throws(() => checkAtom(xml.replace(/(<entry>.*?)<updated>[^<]*<\/updated>/, '$1<updated>hier</updated>')), /entry 1: updated "hier"/);
  assert.throws(() => checkAtom(xml.replace(/<id>https:\/\/exemple\.fr\/#1<\/id>/, '<id>pas une adresse</id>')), /not an absolute IRI/);
  assert.throws(() => checkAtom(xml.replace(' rel="self"', '')), /no link rel="self"/);
});

test('two sentences of the same day that start alike get distinct anchors', () => {
  const same = 'Précisé : un recommandé non retiré fait partir le délai du jour';
  const C = page('c', 'C', [['2026-11-29', `${same} de l'avis de passage.`]]);
  const D = page('d', 'D', [['2026-11-29', `${same} de l'avis de passage, et la règle d'envoi.`]], 'fiche');
  const anchors = changesByDay(sortChanges(editorialChanges([C, D])))[0]!.edits.map((e) => e.anchor);
  assert.equal(anchors.length, 2);
  assert.notEqual(anchors[0], anchors[1]);
});
