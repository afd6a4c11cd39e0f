/**
 * Open data in the built site: /donnees/pages.json and lettres.json validate against the schemas
 * built beside them, state their licence, and list exactly the articles, fiches and letters in dist/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_DATA } from '../../src/lib/open-data.ts';
import { SITE } from '../../src/lib/site.ts';
import { DIST } from '../helpers/dist.ts';
import { validator } from '../helpers/json-schema.ts';
import { builtPages } from '../helpers/pages.ts';

const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
const built = builtPages();
const urlsOf = (kinds: string[]) => built.filter((p) => kinds.includes(p.kind)).map((p) => `${SITE.url}${p.url}`).sort();

test('pages.json validates against pages.schema.json and lists every article, fiche and letter built', () => {
  const data = read(OPEN_DATA.pages);
  assert.deepEqual(validator(read(OPEN_DATA.pagesSchema))(data), []);
  assert.equal(data.$schema, `${SITE.url}${OPEN_DATA.pagesSchema}`);
  assert.equal(data.licence.url, SITE.licenceUrl);
  assert.deepEqual(data.pages.map((p: { url: string }) => p.url).sort(), urlsOf(['article', 'fiche', 'lettre']));
  const flagged = data.pages.flatMap((p: { textes: { etat: string; changement?: unknown }[] }) => p.textes.filter((t) => t.etat === 'a-reverifier'));
  assert.ok(flagged.length > 0 && flagged.every((t: { changement?: unknown }) => t.changement), 'the law changes the watch knows are in the data');
  console.log(`pages.json: ${data.pages.length} pages, ${data.pages.reduce((n: number, p: { textes: unknown[] }) => n + p.textes.length, 0)} cited texts`);
});

test('lettres.json validates against lettres.schema.json and lists every letter built', () => {
  const data = read(OPEN_DATA.lettres);
  assert.deepEqual(validator(read(OPEN_DATA.lettresSchema))(data), []);
  assert.equal(data.licence.url, SITE.licenceUrl);
  assert.deepEqual(data.lettres.map((l: { url: string }) => l.url).sort(), urlsOf(['lettre']));
  for (const l of data.lettres) assert.ok(l.delai.enMots && l.delai.source.url, `${l.url}: deadline rule`);
});
