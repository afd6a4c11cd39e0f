import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasWhatToDo, pageToc, wordCount } from '../../src/lib/toc.ts';

const h = (text: string, depth = 2) => ({ depth, text, slug: text.toLowerCase().replace(/\W+/g, '-') });
const headings = [h('Un'), h('Deux'), h('Détail', 3), h('Que faire'), h('Qui peut vous aider')];

test('wordCount counts words, not link targets or Markdown marks', () => {
  assert.equal(wordCount('## Titre\n\nUn **mot** et [un lien](https://example.org/a-b-c).'), 6);
});

test('a long page lists its second-level headings; a short one gets none', () => {
  const long = 'mot '.repeat(801);
  assert.deepEqual(pageToc(long, headings)?.map((x) => x.text), ['Un', 'Deux', 'Que faire', 'Qui peut vous aider']);
  assert.equal(pageToc('mot '.repeat(799), headings), undefined);
  assert.equal(pageToc(long, headings.slice(0, 2)), undefined, 'two sections need no table');
});

test('« Que faire ? » is found by its id', () => {
  assert.equal(hasWhatToDo([{ depth: 2, slug: 'que-faire', text: 'Que faire ?' }]), true);
  assert.equal(hasWhatToDo(headings), true);
  assert.equal(hasWhatToDo(headings.slice(0, 2)), false);
});
