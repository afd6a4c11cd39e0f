import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import postcss from 'postcss';
const css = process.argv[2];
// all pages in dist that load this css
import { execSync } from 'node:child_process';
const files = execSync(`grep -rl "${css.split('/').pop()}" dist --include=*.html`).toString().trim().split('\n');
const docs = files.map((f) => parseDocument(readFileSync(f, 'utf8')));
const artDocs = files.filter((f) => f.startsWith('dist/articles/')).map((f) => parseDocument(readFileSync(f, 'utf8')));
console.log('pages', files.length, 'articles', artDocs.length);
const root = postcss.parse(readFileSync('dist' + css, 'utf8'));
const strip = (s) => s.replace(/::?[a-z-]+(\((?:[^()]|\([^()]*\))*\))?/g, (m) => (/^:(not|is|where|has)\(/.test(m) ? m : '')).replace(/:(not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '') || '*';
root.walkRules((r) => {
  if (r.parent?.type === 'atrule' && /keyframes/.test(r.parent.name)) return;
  const sels = r.selectors.map((s) => {
    const q = strip(s).trim() || '*';
    let inAll = false, inArt = false;
    try { inAll = docs.some((d) => selectOne(q, d)); inArt = artDocs.some((d) => selectOne(q, d)); } catch { return `?${s}`; }
    return inAll ? (inArt ? null : `[nonart]${s}`) : `[unused]${s}`;
  }).filter(Boolean);
  if (sels.length) console.log(r.toString().length, sels.join(' , '));
});
