/**
 * Body text must reach WCAG AAA (7:1) on every background, in light and dark: the pairs are read
 * from src/styles/props.css itself, so changing a token there is what this test checks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contrast, schemesFromCss } from '../../src/lib/contrast.ts';

const css = readFileSync(new URL('../../src/styles/props.css', import.meta.url), 'utf8');
const schemes = schemesFromCss(css);

const TEXTS = ['c-text', 'c-text-soft', 'c-link', 'c-link-visited', 'c-accent'];
const BACKGROUNDS = ['c-bg', 'c-bg-soft', 'c-card', 'c-box', 'c-warn', 'c-note'];
const AAA = 7;

test('contrast() gives the known WCAG figures', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrast('#777', '#fff').toFixed(2), '4.48');
  assert.equal(contrast('#ffffff', '#ffffff'), 1);
});

test('schemesFromCss reads light tokens and dark overrides, and a weak pair fails', () => {
  const s = schemesFromCss(':root {\n  --c-text: #777777;\n  --c-bg: #ffffff;\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --c-bg: #000000;\n  }\n}');
  assert.deepEqual(s.light, { 'c-text': '#777777', 'c-bg': '#ffffff' });
  assert.deepEqual(s.dark, { 'c-text': '#777777', 'c-bg': '#000000' });
  assert.ok(contrast(s.light['c-text']!, s.light['c-bg']!) < AAA);
});

for (const [name, tokens] of Object.entries(schemes)) {
  test(`${name}: every text colour is at least 7:1 on every background (WCAG AAA)`, () => {
    const report: string[] = [];
    for (const fg of TEXTS) for (const bg of BACKGROUNDS) {
      assert.ok(tokens[fg] && tokens[bg], `props.css lacks --${fg} or --${bg} in ${name}`);
      const ratio = contrast(tokens[fg]!, tokens[bg]!);
      report.push(`${fg}/${bg} ${ratio.toFixed(2)}`);
      assert.ok(ratio >= AAA, `${name}: --${fg} ${tokens[fg]} on --${bg} ${tokens[bg]} is ${ratio.toFixed(2)}:1, under 7:1`);
    }
    console.log(`${name}: ${report.join(', ')}`);
  });
  test(`${name}: text on the brand colour (buttons) is at least 7:1`, () => {
    const ratio = contrast(tokens['c-brand-ink']!, tokens['c-brand']!);
    assert.ok(ratio >= AAA, `${name}: --c-brand-ink on --c-brand is ${ratio.toFixed(2)}:1`);
  });
}
