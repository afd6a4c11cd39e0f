/** The newer article index (content/legi-index.json) and the legal watch that reads it, on tiny fixtures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexCode } from '../../src/lib/legi-index.ts';
import { buildNewerIndex, diffIndexes, newerChange, parseNewerIndex, type IndexRow, type NewerIndex } from '../../src/lib/legi-newer.ts';
import { checkTexte, staleLinks, type WatchData } from '../../src/lib/legal-watch.ts';
import { readNewerIndex } from '../../src/lib/legal-watch-fs.ts';
import type { ChangementConnu, Texte } from '../../src/lib/schema.ts';
import { FIXTURE_CONTENT, ROOT } from '../helpers/build.ts';

const LEGI = join(ROOT, 'tests/fixtures/legi');
const TRAVAIL = 'LEGITEXT000006072050';
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const base: IndexRow[] = read(join(LEGI, 'data/articles/index.json'));
const newerRows: IndexRow[] = read(join(ROOT, 'tests/fixtures/legi-index/index-newer.json'));
const index = indexCode(read(join(LEGI, 'data', `${TRAVAIL}.json`)));

const copy = (firstSeen: Record<string, string> = { LEGIARTI000054334613: '2026-06-30' }): NewerIndex =>
  buildNewerIndex({
    newerRows, baseRows: base, codeIds: [TRAVAIL], date: '2026-08-20',
    source: { repository: 'SocialGouv/legi-data', commit: 'c'.repeat(40), file: 'data/articles/index.json', url: 'https://github.com/SocialGouv/legi-data' },
    base: { package: '@socialgouv/legi-data', version: '0.0.0-fixture', date: '2026-03-27' },
    previous: { firstSeen } as NewerIndex,
  });

test('the index keeps each article\'s permanent id (cid), which names it in the article index', () => {
  assert.equal(index.cids['L5426-8-2'], 'LEGIARTI000025052365');
  assert.equal(index.cids['R5412-7'], 'LEGIARTI000018496196');
});

test('diff: only the checked codes\' rows whose version changed, and the ones gone (null)', () => {
  assert.deepEqual(diffIndexes(newerRows, base, [TRAVAIL]), {
    [TRAVAIL]: {
      LEGIARTI000025052365: 'LEGIARTI000054334613',
      LEGIARTI000042868034: 'LEGIARTI000054334324',
      LEGIARTI000044566600: 'LEGIARTI000044613235',
      LEGIARTI000051678310: null,
    },
  });
});

test('build: first-seen days are kept for versions still listed, dropped for others; bad rows refused', () => {
  const c = copy({ LEGIARTI000054334613: '2026-06-30', LEGIARTI000099999999: '2026-01-01' });
  assert.deepEqual(c.firstSeen, { LEGIARTI000054334613: '2026-06-30' });
  assert.throws(() => buildNewerIndex({ ...c, newerRows: [{ id: 1 }] as never, baseRows: base, codeIds: [TRAVAIL] }), /not a list of \{ articleCid, articleId, codeId \}/);
});

test('parse: a broken copy names the file and the field', () => {
  assert.deepEqual(parseNewerIndex(JSON.parse(JSON.stringify(copy())), 'x.json'), copy());
  assert.throws(() => parseNewerIndex({ ...copy(), date: '20 août' }, 'content/legi-index.json'), /^Error: content\/legi-index\.json: date: expected an ISO day/);
  assert.throws(() => parseNewerIndex({ ...copy(), changed: { [TRAVAIL]: { x: 'y' } } }, 'f'), /changed\.LEGITEXT000006072050\.x: expected LEGIARTI ids/);
  assert.throws(() => parseNewerIndex({ ...copy(), firstSeen: { LEGIARTI000054334613: 'juin' } }, 'f'), /firstSeen\.LEGIARTI000054334613/);
});

test('newerChange: a new version, a version gone, nothing new, or a version the package already schedules', () => {
  const c = copy();
  assert.deepEqual(newerChange(index, 'L5426-8-2', c), { version: 'LEGIARTI000054334613', firstSeen: '2026-06-30' });
  assert.deepEqual(newerChange(index, 'L5312-13-2', c), { version: 'LEGIARTI000054334324' });
  assert.deepEqual(newerChange(index, 'R5412-3-3', c), { version: null });
  assert.equal(newerChange(index, 'R5412-7', c), undefined);
  assert.equal(newerChange(index, 'L1142-11', c), undefined, 'the package lists that version (scheduled for 2029)');
});

const watch = (known: ChangementConnu[] = [], newer: NewerIndex | null = copy()): WatchData =>
  ({ at: '2026-11-23', dataDate: '2026-03-27', indexes: { travail: index }, known, newer: newer ?? undefined });
const ref = (article: string): Texte => ({ code: 'travail', article });
const hand = (over: Partial<ChangementConnu> = {}): ChangementConnu => ({
  code: 'travail', article: 'L5426-8-2', changement: 'modifie', date: new Date('2026-06-30'),
  version: 'LEGIARTI000054334613', source: 'Saisie à la main pour le test', texteLu: false, ...over,
});

test('watch: a change in the index alone puts the page à revérifier with its first-seen day, no hand entry needed', () => {
  const r = checkTexte(ref('L5426-8-2'), '2026-01-15', watch());
  assert.equal(r.verdict, 'recheck');
  assert.equal(r.known?.origin, 'index');
  assert.equal(r.known?.date, '2026-06-30');
  assert.equal(r.url, 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000054334613');
  assert.match(r.reason!, /nouvelle version, repérée le 30 juin 2026, après la dernière vérification/);
  assert.match(r.known!.source, /commit c{40}, mise à jour LEGI du 2026-08-20/);
  assert.equal(checkTexte(ref('L5426-8-2'), '2026-01-15', watch([], null)).verdict, 'ok', 'without the index, nothing is known');
});

test('watch: without a first-seen day, the change is dated between the data and the index', () => {
  const r = checkTexte(ref('L5312-13-2'), '2026-11-23', watch());
  assert.equal(r.verdict, 'recheck', 'the index has no text: the new wording is unread whatever the page\'s date');
  assert.deepEqual([r.known?.after, r.known?.date], ['2026-03-27', '2026-08-20']);
  assert.match(r.reason!, /repérée entre le 27 mars 2026 et le 20 août 2026, que nous n’avons pas encore pu lire/);
});

test('watch: an article gone from the index fails the build, like a known repeal', () => {
  const r = checkTexte(ref('R5412-3-3'), '2026-01-15', watch());
  assert.equal(r.verdict, 'fail');
  assert.match(r.note!, /was repealed between 2026-03-27 and 2026-08-20/);
});

test('watch: an article flagged by hand and by the index is one change; the hand entry wins and is reported redundant', () => {
  const r = checkTexte(ref('L5426-8-2'), '2026-01-15', watch([hand()]));
  assert.equal(r.verdict, 'recheck');
  assert.equal(r.known?.origin, 'veille-connue');
  assert.equal(r.known?.source, 'Saisie à la main pour le test');
  assert.equal(r.knownRedundant, true);
  assert.match(r.note!, /legi-index\.json shows the same change: its veille-connue\.yaml entry can go/);
  // Once someone has read the new wording, the entry says something the index cannot: it stays.
  const read = checkTexte(ref('L5426-8-2'), '2026-11-23', watch([hand({ texteLu: true })]));
  assert.equal(read.verdict, 'ok');
  assert.equal(read.knownRedundant, undefined);
  const other = checkTexte(ref('L5426-8-2'), '2026-01-15', watch([hand({ version: 'LEGIARTI000011111111' })]));
  assert.equal(other.knownRedundant, undefined);
  assert.match(other.note!, /shows version LEGIARTI000054334613, not LEGIARTI000011111111/);
});

test('stale links: a version the index shows superseded is stale without a hand entry; the new one is not', () => {
  const w: WatchData = { at: '2026-11-23', dataDate: '2026-03-27', indexes: { travail: index }, known: [], newer: copy() };
  const old = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048600629';
  assert.deepEqual(staleLinks(old, w), [{ id: 'LEGIARTI000048600629', code: 'travail', article: 'L5312-13-2', current: 'LEGIARTI000054334324' }]);
  assert.deepEqual(staleLinks(old, { ...w, newer: undefined }), [], 'the package alone still has it in force');
  assert.deepEqual(staleLinks('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000054334324', w), []);
});

test('npm run veille:index writes the filtered copy from a downloaded index and keeps first-seen days', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-index-'));
  try {
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    writeFileSync(join(dir, 'legi-index.json'), JSON.stringify(copy({ LEGIARTI000054334324: '2026-06-30' })));
    const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/veille-index.mjs', join(ROOT, 'tests/fixtures/legi-index/index-newer.json'), '--date', '2026-09-01', '--commit', 'a'.repeat(40)], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir, LEGI_DATA_DIR: LEGI },
    });
    assert.equal(run.status, 0, run.stderr);
    const written = readNewerIndex(dir)!;
    assert.equal(written.date, '2026-09-01');
    assert.equal(written.source.commit, 'a'.repeat(40));
    assert.deepEqual(written.base, { package: '@socialgouv/legi-data', version: '0.0.0-fixture', date: '2026-03-27' });
    assert.equal(written.changed[TRAVAIL]!.LEGIARTI000051678310, null);
    assert.deepEqual(Object.keys(written.changed).sort(), ['LEGITEXT000006072050', 'LEGITEXT000006073189', 'LEGITEXT000022197698', 'LEGITEXT000031366350']);
    assert.deepEqual(written.firstSeen, { LEGIARTI000054334324: '2026-06-30' });
    const usage = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/veille-index.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /Usage: npm run veille:index -- PATH_OR_URL/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the project\'s copy is small, dated, sourced, and compared with the installed package', () => {
  const c = readNewerIndex(join(ROOT, 'content'))!;
  assert.ok(readFileSync(join(ROOT, 'content/legi-index.json')).length < 60_000);
  assert.equal(c.source.commit, '91a2a1309c987da51631a2b16eb473f3469136d2');
  assert.equal(c.date, '2026-08-20');
  const pkg = read(join(ROOT, 'node_modules/@socialgouv/legi-data/package.json'));
  assert.equal(c.base.version, pkg.version, 'refresh with npm run veille:index after updating @socialgouv/legi-data');
});
