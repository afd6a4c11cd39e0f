/**
 * Privacy and content security on every built page, read from the HTML: the site's policy in a
 * <meta http-equiv> ahead of anything it governs, no referrer, nothing inline that the policy would
 * have to allow with 'unsafe-inline', nothing fetched from another origin (HTML or CSS).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { CSP } from '../../src/lib/csp.ts';
import { DIST } from '../helpers/dist.ts';
import { attr, builtPages, elements } from '../helpers/pages.ts';

const pages = builtPages();

/** `"script-src 'self'; …"` → Map { 'script-src' => ["'self'"] }. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!.toLowerCase(), values];
  }));
}

/** A URL that the browser would fetch from somewhere else than the page's own origin. */
const offOrigin = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());

test('the site policy forbids inline code, other origins and plugins, and allows WebAssembly for search', () => {
  const d = directives(CSP);
  assert.deepEqual(d.get('default-src'), ["'self'"]);
  for (const name of ['script-src', 'style-src']) {
    const values = d.get(name) ?? [];
    assert.ok(values.length > 0, `${name} is missing`);
    for (const v of values) assert.ok(["'self'", "'wasm-unsafe-eval'"].includes(v), `${name} allows ${v}`);
  }
  assert.ok(d.get('script-src')!.includes("'wasm-unsafe-eval'"), "Pagefind needs 'wasm-unsafe-eval' in script-src");
  assert.deepEqual(d.get('object-src'), ["'none'"]);
  assert.ok(d.has('base-uri') && d.has('form-action'), 'base-uri and form-action are not covered by default-src');
  for (const [name, values] of d) {
    for (const v of values) assert.ok(!/^(https?:|\*|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes')/.test(v), `${name} allows ${v}`);
  }
});

test('every page carries the site policy in a meta element before any script, style or link', () => {
  const bad: string[] = [];
  for (const p of pages) {
    const metas = elements(p.tree, 'meta').filter((m) => attr(m, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
    if (metas.length !== 1) { bad.push(`${p.url}: ${metas.length} CSP meta elements`); continue; }
    const meta = metas[0]!;
    if (attr(meta, 'content') !== CSP) bad.push(`${p.url}: policy differs from src/lib/csp.ts: ${attr(meta, 'content')}`);
    // A policy in a meta only governs what comes after it.
    const first = elements(p.tree, 'meta', 'script', 'style', 'link').find((e) => e.tagName !== 'meta' || e === meta);
    if (first !== meta) bad.push(`${p.url}: a <${first?.tagName}> comes before the policy`);
  }
  assert.deepEqual(bad, []);
});

test('every page asks for no referrer', () => {
  const bad = pages.filter((p) => {
    const metas = elements(p.tree, 'meta').filter((m) => attr(m, 'name') === 'referrer');
    return metas.length !== 1 || attr(metas[0]!, 'content') !== 'no-referrer';
  });
  assert.deepEqual(bad.map((p) => p.url), []);
});

test('no page has inline script, event handler, javascript: URL, <style> element or style attribute', () => {
  const bad: string[] = [];
  // Structured data (JSON-LD) is a data block, never executed: the policy does not apply to it. It is
  // the only inline <script> allowed, and it must be JSON (tests/dist/share.test.ts checks its properties).
  const dataTypes = ['application/ld+json'];
  for (const p of pages) {
    for (const el of elements(p.tree)) {
      const where = `${p.url}: <${el.tagName}${attr(el, 'id') ? `#${attr(el, 'id')}` : ''}>`;
      if (el.tagName === 'script') {
        const type = attr(el, 'type')?.toLowerCase();
        const body = el.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
        if (body && !(type && dataTypes.includes(type))) bad.push(`${where} has an inline body: ${body.slice(0, 60)}`);
        if (body && type && dataTypes.includes(type)) {
          try { JSON.parse(body); } catch { bad.push(`${where} is a ${type} block that is not JSON: ${body.slice(0, 60)}`); }
          if (attr(el, 'src')) bad.push(`${where} is a data block with a src`);
        }
        if (!body && !attr(el, 'src')) bad.push(`${where} is empty and has no src`);
      }
      if (el.tagName === 'style') bad.push(`${where} is a <style> element`);
      if (el.properties.style !== undefined) bad.push(`${where} has a style attribute`);
      for (const key of Object.keys(el.properties)) {
        if (/^on[A-Z]/.test(key)) bad.push(`${where} has an inline ${key.toLowerCase()} handler`);
      }
      for (const key of ['href', 'src', 'action', 'formAction']) {
        if (/^\s*javascript:/i.test(attr(el, key) ?? '')) bad.push(`${where} has a javascript: ${key}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

/** Link relations that name an address without fetching it. */
const NON_FETCHING_RELS = new Set(['canonical', 'alternate', 'license', 'author', 'me', 'sitemap']);

function fetchedUrls(el: Element): string[] {
  const urls: string[] = [];
  const add = (name: string) => { const v = attr(el, name); if (v) urls.push(v); };
  switch (el.tagName) {
    case 'link': {
      const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (!rels.every((r) => NON_FETCHING_RELS.has(r))) add('href');
      break;
    }
    case 'script': case 'iframe': case 'embed': case 'audio': case 'video': case 'source': case 'track': case 'input':
      add('src'); add('poster'); break;
    case 'img': add('src'); break;
    case 'object': add('data'); break;
    case 'form': add('action'); break;
    case 'button': add('formAction'); break;
  }
  // Responsive images: every candidate of srcset may be fetched.
  for (const candidate of (attr(el, 'srcSet') ?? '').split(',')) if (candidate.trim()) urls.push(candidate.trim().split(/\s+/)[0]!);
  return urls;
}

test('no page loads anything from, or submits a form to, another origin', () => {
  const bad: string[] = [];
  for (const p of pages) {
    for (const el of elements(p.tree)) {
      for (const url of fetchedUrls(el)) if (offOrigin(url)) bad.push(`${p.url}: <${el.tagName}> ${url}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('no stylesheet imports or points to a file on another origin (fonts, images)', () => {
  const bad: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.css')) {
        const css = readFileSync(p, 'utf8');
        for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
          const url = m[2] ?? m[4]!;
          if (offOrigin(url)) bad.push(`${p.slice(DIST.length + 1)}: ${url}`);
        }
      }
    }
  };
  walk(DIST);
  assert.deepEqual(bad, []);
});
