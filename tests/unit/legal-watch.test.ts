/** The legal watch on tiny trees shaped like @socialgouv/legi-data (tests/fixtures/legi/). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexCode, lookupArticle } from '../../src/lib/legi-index.ts';
import { legiSource, loadCodeIndex, readDataDate } from '../../src/lib/legi-data-fs.ts';
import { checkPage, checkTexte, failures, staleLinks, type WatchData } from '../../src/lib/legal-watch.ts';
import { LegalWatch, readContentPages, readKnownChanges } from '../../src/lib/legal-watch-fs.ts';
import { changementConnuSchema, veilleConnueSchema, type ChangementConnu, type Texte } from '../../src/lib/schema.ts';
import { FIXTURE_CONTENT, ROOT } from '../helpers/build.ts';

const LEGI = join(ROOT, 'tests/fixtures/legi');
const TRAVAIL = 'LEGITEXT000006072050';
const tree = JSON.parse(readFileSync(join(LEGI, 'data', `${TRAVAIL}.json`), 'utf8'));
const index = indexCode(tree);
const tmp = () => mkdtempSync(join(tmpdir(), 'sc-legi-'));

test('the index keeps every article number with its versions, and no text', () => {
  assert.equal(index.legiText, TRAVAIL);
  assert.equal(index.dateModif, '2026-03-27');
  assert.deepEqual(Object.keys(index.articles).sort(), ['D5424-99', 'L1142-11', 'L5312-13-2', 'L5426-8-2', 'L6123-99', 'R*5412-9', 'R5412-3-3', 'R5412-7']);
  assert.doesNotMatch(JSON.stringify(index), /Texte\./);
  // A stillborn version (MODIFIE_MORT_NE) never applied.
  assert.deepEqual(index.articles['L5426-8-2']!.map((v) => v[0]), ['LEGIARTI000033818022', 'LEGIARTI000048600559']);
});

test('a tree that is not a code is refused', () => {
  assert.throws(() => indexCode({ type: 'section', children: [] }), /not a code tree/);
});

test('lookup: an article in force gives the version in force on the day asked and since when', () => {
  assert.deepEqual(lookupArticle(index, 'R5412-7', '2026-11-23'), { status: 'en-vigueur', id: 'LEGIARTI000051679604', since: '2025-06-01' });
  assert.deepEqual(lookupArticle(index, 'R5412-7', '2020-01-01'), {
    status: 'en-vigueur', id: 'LEGIARTI000038032951', since: '2019-01-01', next: { date: '2025-06-01', kind: 'modification' },
  });
  assert.equal(lookupArticle(index, 'L5426-8-2', '2026-11-23').status, 'en-vigueur');
});

test('lookup: a repealed article is absent from the data, and a missing star is suggested', () => {
  assert.deepEqual(lookupArticle(index, 'R5412-8', '2026-11-23'), { status: 'absent' });
  assert.deepEqual(lookupArticle(index, 'R5412-9', '2026-11-23'), { status: 'absent', suggestion: 'R*5412-9' });
});

test('lookup: a scheduled change is read from the dates, not from LEGI\'s etat', () => {
  // LEGI marks the version in force ABROGE_DIFF because its successor is scheduled.
  assert.deepEqual(lookupArticle(index, 'L1142-11', '2026-11-23'), {
    status: 'en-vigueur', id: 'LEGIARTI000045951643', since: '2026-03-01', next: { date: '2029-03-01', kind: 'modification' },
  });
  assert.deepEqual(lookupArticle(index, 'L1142-11', '2029-03-01'), { status: 'en-vigueur', id: 'LEGIARTI000044613235', since: '2029-03-01' });
  assert.deepEqual(lookupArticle(index, 'L6123-99', '2026-11-23'), {
    status: 'en-vigueur', id: 'LEGIARTI000099999911', since: '2020-01-01', next: { date: '2027-01-01', kind: 'abrogation' },
  });
  assert.deepEqual(lookupArticle(index, 'L6123-99', '2027-01-01'), { status: 'abroge', id: 'LEGIARTI000099999911', until: '2027-01-01' });
  assert.deepEqual(lookupArticle(index, 'D5424-99', '2026-11-23'), { status: 'futur', id: 'LEGIARTI000099999921', from: '2027-07-01' });
});

const watchData = (known: ChangementConnu[] = [], at = '2026-11-23'): WatchData => ({ at, dataDate: '2026-03-27', indexes: { travail: index }, known });
const ref = (article: string, code: Texte['code'] = 'travail'): Texte => ({ code, article });

test('check: in force and unchanged since the page was checked → ok, with its Légifrance page', () => {
  const r = checkTexte(ref('R5412-7'), '2026-01-15', watchData());
  assert.equal(r.verdict, 'ok');
  assert.equal(r.since, '2025-06-01');
  assert.equal(r.url, 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679604');
  assert.equal(r.reason, undefined);
});

test('check: a version in force since after the "vérifié le" date → à revérifier, with a French reason', () => {
  const r = checkTexte(ref('R5412-7'), '2025-05-31', watchData());
  assert.equal(r.verdict, 'recheck');
  assert.match(r.reason!, /^L’article R5412-7 du code du travail a changé le 1er juin 2025, après la dernière vérification/);
  assert.equal(checkTexte(ref('R5412-7'), '2025-06-01', watchData()).verdict, 'ok', 'checked on the day it came into force');
});

test('check: a repealed or unknown article fails, with the message the build prints', () => {
  const page = checkPage({ file: 'content/articles/x.md', verifie: new Date('2026-01-15'), textes: [ref('R5412-7'), ref('R5412-8')] }, watchData());
  assert.deepEqual(page.refs.map((r) => r.verdict), ['ok', 'fail']);
  const error = failures([page]);
  assert.ok(error);
  assert.match(error.message, /^content\/articles\/x\.md: textes: article R5412-8 du code du travail is not in force in the official data of 2026-03-27 \(repealed or wrong number\)$/m);
  assert.match(checkTexte(ref('R5412-9'), '2026-01-15', watchData()).note!, /did you mean R\*5412-9\?/);
  assert.equal(failures([checkPage({ file: 'a.md', verifie: new Date('2026-01-15'), textes: [ref('R5412-7')] }, watchData())]), undefined);
});

test('check: an article repealed on a scheduled day fails after that day', () => {
  const r = checkTexte(ref('L6123-99'), '2026-01-15', watchData([], '2027-02-01'));
  assert.equal(r.verdict, 'fail');
  assert.match(r.note!, /repealed since 2027-01-01/);
});

test('check: an article not yet in force → à revérifier', () => {
  const r = checkTexte(ref('D5424-99'), '2026-01-15', watchData());
  assert.equal(r.verdict, 'recheck');
  assert.match(r.reason!, /n’entre en vigueur que le 1er juillet 2027/);
});

test('check: a code outside the data is "non vérifié automatiquement" and links to the code', () => {
  const r = checkTexte(ref('15', 'rgpd'), '2026-01-15', watchData());
  assert.equal(r.verdict, 'unchecked');
  assert.equal(r.status, 'non-verifie');
  assert.match(r.url, /eur-lex\.europa\.eu/);
});

const known = (over: Partial<ChangementConnu> = {}): ChangementConnu => ({
  code: 'travail', article: 'L5312-13-2', changement: 'modifie', date: new Date('2026-06-30'),
  version: 'LEGIARTI000054334324', source: 'Index LEGI du 2026-06-30 (test)', texteLu: false, ...over,
});

test('check: a known change after the data\'s date puts an older page in à revérifier and links to the new version', () => {
  const r = checkTexte(ref('L5312-13-2'), '2026-01-15', watchData([known()]));
  assert.equal(r.verdict, 'recheck');
  assert.equal(r.url, 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000054334324');
  assert.equal(r.known?.date, '2026-06-30');
  assert.match(r.reason!, /nouvelle version, repérée le 30 juin 2026/);
  const later = checkTexte(ref('L5312-13-2'), '2026-11-23', watchData([known({ texteLu: true })]));
  assert.equal(later.verdict, 'ok', 'a page checked after a change whose wording was read is not flagged');
  assert.ok(later.known, 'but the box still says the data lacks the new version');
});

test('check: while nobody has read the new wording, even a page dated after the change stays à revérifier', () => {
  const r = checkTexte(ref('L5312-13-2'), '2026-11-23', watchData([known()]));
  assert.equal(r.verdict, 'recheck');
  assert.match(r.reason!, /pas encore pu lire/);
});

test('check: a known repeal fails; a known change the data now holds is reported as obsolete', () => {
  assert.equal(checkTexte(ref('L5312-13-2'), '2026-11-23', watchData([known({ changement: 'abroge' })])).verdict, 'fail');
  const caughtUp = checkTexte(ref('L5312-13-2'), '2026-11-23', watchData([known({ version: 'LEGIARTI000048600629' })]));
  assert.equal(caughtUp.knownObsolete, true);
  assert.equal(caughtUp.known, undefined);
  assert.match(caughtUp.note!, /remove its entry/);
});

test('data date: the latest dateModif of the package\'s codes, read from the head of each file', () => {
  const d = readDataDate(legiSource(LEGI));
  assert.deepEqual(d, { date: '2026-03-27', codes: { LEGITEXT000006072050: '2026-03-27', LEGITEXT000031366350: '2026-02-05' } });
});

test('the real package is found from the project root', () => {
  delete process.env.LEGI_DATA_DIR;
  const s = legiSource();
  assert.match(s.version, /^\d+\.\d+\.\d+$/);
  assert.ok(existsSync(join(s.dir, 'data', `${TRAVAIL}.json`)));
});

test('cache: the first load parses and writes the index, the next one reads it; a changed or broken file is rebuilt', () => {
  const cache = tmp();
  const data = tmp();
  cpSync(LEGI, data, { recursive: true });
  try {
    const source = legiSource(data);
    const cold = loadCodeIndex(source, TRAVAIL, cache);
    assert.equal(cold.cached, false);
    assert.deepEqual(readdirSync(cache), [`legi-${TRAVAIL}-0.0.0-fixture.json`]);
    const warm = loadCodeIndex(source, TRAVAIL, cache);
    assert.equal(warm.cached, true);
    assert.deepEqual(warm.index, cold.index);
    // The data file changes under the same version (a hand edit): its size no longer matches.
    writeFileSync(join(data, 'data', `${TRAVAIL}.json`), JSON.stringify(tree));
    assert.equal(loadCodeIndex(source, TRAVAIL, cache).cached, false);
    writeFileSync(join(cache, `legi-${TRAVAIL}-0.0.0-fixture.json`), '{"format": 1, "articl');
    const rebuilt = loadCodeIndex(source, TRAVAIL, cache);
    assert.equal(rebuilt.cached, false);
    assert.deepEqual(rebuilt.index.articles, index.articles);
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
});

test('a code the package does not ship is a clear error', () => {
  const cache = tmp();
  try {
    assert.throws(() => loadCodeIndex(legiSource(LEGI), 'LEGITEXT000006073189', cache), /legi-data 0\.0\.0-fixture has no file data\/LEGITEXT000006073189\.json/);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('known changes: validated, with the file and the field named', () => {
  const dir = tmp();
  try {
    assert.deepEqual(readKnownChanges(dir), [], 'no file: no known change');
    writeFileSync(join(dir, 'veille-connue.yaml'), '- { code: rgpd, article: "15", changement: modifie, date: 2026-06-30, source: "quelque part, assez long" }\n');
    assert.throws(() => readKnownChanges(dir), /content\/veille-connue\.yaml is invalid:\n {2}0\.code: Seuls les codes vérifiés/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ok = { code: 'travail', article: 'L5426-8-2', changement: 'modifie', date: '2026-06-30', source: 'Index LEGI, mise à jour du 2026-06-30' };
  assert.ok(changementConnuSchema.safeParse(ok).success);
  assert.equal(changementConnuSchema.safeParse({ ...ok, version: 'LEGIARTI123' }).success, false);
  assert.equal(changementConnuSchema.safeParse({ ...ok, date: '2999-01-01' }).success, false);
  assert.equal(veilleConnueSchema.safeParse([ok, ok]).success, false, 'one entry per article');
});

test('the repository\'s content/veille-connue.yaml is valid and sourced', () => {
  const list = readKnownChanges(join(ROOT, 'content'));
  for (const c of list) assert.ok(c.source.length >= 20, `${c.article}: source`);
});

test('the watch runs on a content folder: pages read from the front matter, codes loaded once, from the cache the second time', () => {
  const cache = tmp();
  process.env.LEGI_DATA_DIR = LEGI;
  process.env.LEGI_CACHE_DIR = cache;
  try {
    const pages = readContentPages(FIXTURE_CONTENT);
    assert.ok(pages.some((p) => p.file === 'content/articles/premier-article.md' && p.textes.some((t) => t.article === 'R5412-7')));
    const first = new LegalWatch({ contentDir: FIXTURE_CONTENT, today: new Date('2026-11-23') });
    const checked = first.check(pages);
    assert.equal(checked.length, pages.length);
    assert.deepEqual(first.loads.map((l) => [l.code, l.cached]), [['travail', false]]);
    first.check(pages);
    assert.equal(first.loads.length, 1, 'an index is loaded once per process');
    const second = new LegalWatch({ contentDir: FIXTURE_CONTENT, today: new Date('2026-11-23') });
    second.check(pages);
    assert.deepEqual(second.loads.map((l) => [l.code, l.cached]), [['travail', true]]);
  } finally {
    delete process.env.LEGI_DATA_DIR;
    delete process.env.LEGI_CACHE_DIR;
    rmSync(cache, { recursive: true, force: true });
  }
});

test('reading content: a malformed reference names the file and the field', () => {
  const dir = tmp();
  try {
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    const file = join(dir, 'articles/premier-article.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{ code: travail, article: R5412-7 }', '{ code: travail, article: "R 5412-7" }'));
    assert.throws(() => readContentPages(dir), /content\/articles\/premier-article\.md: invalid front matter:\n {2}textes\.0\.article: Numéro d’article mal formé/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stale links: a link to a superseded version names the version in force; current and unknown ids pass', () => {
  const text = [
    '[R. 5412-7](https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038032951)',
    '[R. 5412-7 again](https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038032951)',
    '[in force](https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679604)',
    '[another code](https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006411002)',
  ].join('\n');
  assert.deepEqual(staleLinks(text, watchData()), [
    { id: 'LEGIARTI000038032951', code: 'travail', article: 'R5412-7', current: 'LEGIARTI000051679604' },
  ]);
});

test('stale links: a known change in veille-connue.yaml makes the data\'s version stale too', () => {
  const known = changementConnuSchema.parse({
    code: 'travail', article: 'R5412-7', changement: 'modifie', date: '2026-06-30', version: 'LEGIARTI000054999999',
    source: 'fixture: a newer version seen after the data',
  });
  const text = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051679604';
  assert.deepEqual(staleLinks(text, watchData([known])), [
    { id: 'LEGIARTI000051679604', code: 'travail', article: 'R5412-7', current: 'LEGIARTI000054999999' },
  ]);
  assert.deepEqual(staleLinks('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000054999999', watchData([known])), []);
});
