import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iconBody } from '../../src/lib/icons-fs.ts';
import { SITUATION_ICONS, THEME_ICONS, TYPE_ICONS, UI_ICONS, themeIcon } from '../../src/lib/icons.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { RESULT_TYPES } from '../../src/lib/search.ts';

test('every icon the site names exists in the Tabler set, and is drawn without its repeated stroke attributes', () => {
  for (const name of [...Object.values(THEME_ICONS), ...Object.values(TYPE_ICONS), ...Object.values(SITUATION_ICONS), ...Object.values(UI_ICONS)]) {
    const body = iconBody(name);
    assert.match(body, /^<(path|circle|rect|line|polyline)\b/, name);
    assert.doesNotMatch(body, /stroke-width/, `${name} keeps its stroke attributes`);
  }
});

test('an unknown icon name fails the build, naming it', () => {
  assert.throws(() => iconBody('no-such-icon'), /Unknown Tabler icon "no-such-icon"/);
});

test('every theme and every search result type has its icon', () => {
  for (const id of THEME_IDS) assert.ok(THEME_ICONS[id], id);
  for (const t of RESULT_TYPES) assert.ok(TYPE_ICONS[t.id], t.id);
  assert.equal(themeIcon('inconnu'), TYPE_ICONS.article);
});
