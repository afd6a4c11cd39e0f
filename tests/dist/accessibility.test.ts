/**
 * Structure a reader of every built page relies on, read from the HTML: a title and a description,
 * one h1, the landmarks, a skip link to the main content, and link texts that say where they go.
 * Colour contrast and the WCAG rules that need a browser are checked by axe (tests/e2e/quality.spec.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element } from 'hast';
import { accessibleName, ancestors, attr, builtPages, elements, shownText } from '../helpers/pages.ts';

const pages = builtPages();

/** Link texts that do not say where the link goes (normalised: lower case, no punctuation around). */
const VAGUE_LINK_TEXTS = new Set([
  'ici', 'là', 'cliquez ici', 'cliquer ici', 'clique ici', 'cliquez', 'en cliquant ici', 'ce lien', 'lien', 'le lien',
  'en savoir plus', 'savoir plus', 'pour en savoir plus', 'lire la suite', 'la suite', 'suite', 'lire plus', 'plus',
  'voir', 'voir plus', 'voir ici', 'page', 'cette page', 'site', 'ce site', 'here', 'click here', 'read more', 'more', 'link',
]);

function normaliseLinkText(text: string): string {
  return text.toLowerCase().replace(/[\u00A0\u202F]/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').replace(/\s+/g, ' ');
}

test('the vague-link list catches the usual suspects and lets real texts through', () => {
  for (const t of ['Ici', ' cliquez ici !', 'En savoir plus…', '« Lire la suite »', 'lien']) assert.ok(VAGUE_LINK_TEXTS.has(normaliseLinkText(t)), t);
  for (const t of ['Demander vos données à la CAF', 'Le glossaire', 'ARE']) assert.ok(!VAGUE_LINK_TEXTS.has(normaliseLinkText(t)), t);
});

test('every page has a title and a description', () => {
  const bad: string[] = [];
  for (const p of pages) {
    const titles = elements(p.tree, 'title');
    if (titles.length !== 1 || !shownText(titles[0]!)) bad.push(`${p.url}: ${titles.length} title elements, or an empty one`);
    const desc = elements(p.tree, 'meta').filter((m) => attr(m, 'name') === 'description');
    if (desc.length !== 1 || (attr(desc[0]!, 'content') ?? '').trim().length < 20) bad.push(`${p.url}: no meta description of at least 20 characters`);
  }
  assert.deepEqual(bad, []);
});

test('every page has exactly one h1, and it says something', () => {
  const bad = pages.map((p) => ({ p, h1: elements(p.tree, 'h1') }))
    .filter(({ h1 }) => h1.length !== 1 || !shownText(h1[0]!))
    .map(({ p, h1 }) => `${p.url}: ${h1.length} h1`);
  assert.deepEqual(bad, []);
});

/** Sectioning elements inside which <header> and <footer> are no longer the page's banner and contentinfo. */
const SECTIONING = ['article', 'aside', 'main', 'nav', 'section'];
const isTopLevel = (p: (typeof pages)[number], el: Element) => !ancestors(p.tree, el).some((a) => SECTIONING.includes(a.tagName));

test('every page has the landmarks: banner, navigation, one main, contentinfo', () => {
  const bad: string[] = [];
  for (const p of pages) {
    const banner = elements(p.tree, 'header').filter((e) => isTopLevel(p, e)).length + elements(p.tree).filter((e) => attr(e, 'role') === 'banner').length;
    const footer = elements(p.tree, 'footer').filter((e) => isTopLevel(p, e)).length + elements(p.tree).filter((e) => attr(e, 'role') === 'contentinfo').length;
    const main = elements(p.tree, 'main').length + elements(p.tree).filter((e) => attr(e, 'role') === 'main').length;
    const nav = elements(p.tree, 'nav').length + elements(p.tree).filter((e) => attr(e, 'role') === 'navigation').length;
    if (banner !== 1) bad.push(`${p.url}: ${banner} banner landmarks`);
    if (nav < 1) bad.push(`${p.url}: no navigation landmark`);
    if (main !== 1) bad.push(`${p.url}: ${main} main landmarks`);
    if (footer !== 1) bad.push(`${p.url}: ${footer} contentinfo landmarks`);
  }
  assert.deepEqual(bad, []);
});

test('on every page the first link is a skip link to the main content', () => {
  const bad: string[] = [];
  for (const p of pages) {
    const body = elements(p.tree, 'body')[0];
    const first = body && elements(body, 'a', 'button', 'input', 'select', 'textarea').find((e) => !e.properties.hidden);
    const href = first && first.tagName === 'a' ? attr(first, 'href') ?? '' : '';
    const target = href.startsWith('#') ? elements(p.tree).find((e) => attr(e, 'id') === decodeURIComponent(href.slice(1))) : undefined;
    if (!target) bad.push(`${p.url}: the first focusable element is not a link to an anchor on the page (${first?.tagName} ${href})`);
    else if (target.tagName !== 'main' && attr(target, 'role') !== 'main') bad.push(`${p.url}: the skip link goes to <${target.tagName}>, not to <main>`);
    else if (!shownText(first!)) bad.push(`${p.url}: the skip link has no text`);
  }
  assert.deepEqual(bad, []);
});

test('every link has a text that says where it goes (no "ici", "en savoir plus"…)', () => {
  const bad: string[] = [];
  for (const p of pages) {
    for (const a of elements(p.tree, 'a')) {
      if (attr(a, 'href') === undefined) continue;
      const name = accessibleName(a, p.tree);
      if (!name) bad.push(`${p.url}: link to ${attr(a, 'href')} has no text`);
      else if (VAGUE_LINK_TEXTS.has(normaliseLinkText(name))) bad.push(`${p.url}: link to ${attr(a, 'href')} says only « ${name} »`);
    }
  }
  assert.deepEqual(bad, []);
});
