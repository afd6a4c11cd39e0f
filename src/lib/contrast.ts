/**
 * WCAG contrast of colour tokens: relative luminance and contrast ratio of `#rrggbb` colours, and a
 * reader for the custom properties of props.css (light `:root` and the dark-scheme block), so a test
 * can hold every text/background pair to WCAG AAA (7:1).
 */

/** Relative luminance of a `#rgb` or `#rrggbb` colour (WCAG 2.2 definition). */
export function luminance(hex: string): number {
  let h = hex.trim().replace(/^#/, '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The `--c-*` colour tokens of one block of CSS declarations. */
function colourTokens(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--(c-[\w-]+)\s*:\s*(#[0-9a-f]{3,6})\s*;/gi)) out[m[1]!] = m[2]!;
  return out;
}

/**
 * The light and dark colour tokens of props.css: light from the first `:root { … }`, dark from the
 * `:root` inside `@media (prefers-color-scheme: dark)`, falling back to light for tokens it keeps.
 */
export function schemesFromCss(css: string): { light: Record<string, string>; dark: Record<string, string> } {
  const rootBlock = /^:root\s*\{([\s\S]*?)\n\}/m.exec(css);
  const darkBlock = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([\s\S]*?)\}\s*\}/.exec(css);
  if (!rootBlock || !darkBlock) throw new Error('props.css: expected a :root block and a dark-scheme :root block');
  const light = colourTokens(rootBlock[1]!);
  return { light, dark: { ...light, ...colourTokens(darkBlock[1]!) } };
}
