/** Every built page is valid HTML by html-validate's strictest presets (.htmlvalidate.mjs says what is changed, and why). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { ROOT } from '../helpers/build.ts';
import { DIST } from '../helpers/dist.ts';
import { builtPages } from '../helpers/pages.ts';

test('html-validate finds no error on any page', async () => {
  const { default: config } = await import(join(ROOT, '.htmlvalidate.mjs'));
  // The configuration is given explicitly: dist/ may be outside the project (OUT_DIR).
  const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
  const pages = builtPages();
  const errors: string[] = [];
  for (const p of pages) {
    const report = await validator.validateString(p.html, join(DIST, p.path));
    for (const r of report.results) {
      for (const m of r.messages) errors.push(`${p.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.ok(pages.length > 0);
  assert.deepEqual(errors, []);
});
